package sa.org.hayaniyah.masar.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.intake.SupportType;

/** The register's row rules and the file reader, without Spring or a database. */
class RegisterRulesTest {

	static final RegisterRules RULES = new RegisterRules(LocalDate.of(2026, 12, 7));

	static Map<RegisterColumn, String> head(String... overrides) {
		Map<RegisterColumn, String> cells = new EnumMap<>(RegisterColumn.class);
		cells.put(RegisterColumn.FILE_NUMBER, "HY-F-000123");
		cells.put(RegisterColumn.RELATION, "رب الأسرة");
		cells.put(RegisterColumn.FIRST_NAME, "محمد");
		cells.put(RegisterColumn.FATHER_NAME, "عبد الله");
		cells.put(RegisterColumn.GRANDFATHER_NAME, "سالم");
		cells.put(RegisterColumn.FAMILY_NAME, "القحطاني");
		cells.put(RegisterColumn.NATIONAL_ID, "1000000008");
		cells.put(RegisterColumn.ID_EXPIRY, "1450-06-20");
		cells.put(RegisterColumn.MOBILE, "0501234567");
		for (int i = 0; i < overrides.length; i += 2) {
			cells.put(RegisterColumn.valueOf(overrides[i]), overrides[i + 1]);
		}
		return cells;
	}

	@Test
	void aGoodHeadRowIsReadInEitherCalendarWithAnyDigits() {
		RegisterRules.Person p = RULES.check(2, head("NATIONAL_ID", "١٠٠٠٠٠٠٠٠٨", "FILE_NUMBER", "123", "DATE_OF_BIRTH",
				"15/03/1985", "PROGRAMME", "مساعدة نقدية", "LAST_DELIVERY", "2026-05-10", "AMOUNT", "1,200.50"));
		assertThat(p.reasons()).isEmpty();
		assertThat(p.nationalId()).isEqualTo("1000000008");
		assertThat(p.fileNumber()).isEqualTo("HY-F-000123");
		assertThat(p.mobile()).isEqualTo("+966501234567");
		assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 15));
		assertThat(p.idExpiry()).isAfter(LocalDate.of(2028, 1, 1));
		assertThat(p.programme()).isEqualTo(SupportType.CASH_ASSISTANCE);
		assertThat(p.amount()).isEqualByComparingTo(new BigDecimal("1200.50"));
		assertThat(p.normalizedName()).isEqualTo("محمد عبدالله سالم القحطاني");
	}

	@Test
	void spellingDiacriticAndZeroWidthVariantsOfANameAreTheSameName() {
		String plain = RULES.check(2, head()).normalizedName();
		for (String[] variant : List.of(new String[] { "مُحَمَّد", "عبدالله" }, new String[] { "محمد\u200C", "عبد  الله" },
				new String[] { "محمـــد", "عبد\u200F الله" })) {
			assertThat(RULES.check(2, head("FIRST_NAME", variant[0], "FATHER_NAME", variant[1])).normalizedName())
				.as(String.join(" ", variant))
				.isEqualTo(plain);
		}
	}

	@Test
	void everyBadValueIsAnArabicReasonAndNothingIsGuessed() {
		assertThat(RULES.check(2, head("NATIONAL_ID", "1000000009")).reasons())
			.containsExactly("رقم الهوية أو الإقامة غير صحيح: عشرة أرقام تبدأ بـ1 أو 2 ورقم تحقق صحيح");
		assertThat(RULES.check(2, head("MOBILE", "0401234567")).reasons()).containsExactly("رقم الجوال غير صحيح: جوال سعودي يبدأ بـ05");
		assertThat(RULES.check(2, head("ID_EXPIRY", "1450-13-01")).reasons()).hasSize(1).first().asString()
			.startsWith("تاريخ انتهاء الهوية غير مقروء");
		assertThat(RULES.check(2, head("AMOUNT", "-5", "PROGRAMME", "سلة غذائية", "LAST_DELIVERY", "2026-01-01")).reasons())
			.containsExactly("المبلغ: قيمة تبدأ بعلامة معادلة (= + - @) مرفوضة");
		assertThat(RULES.check(2, head("AMOUNT", "10.555", "PROGRAMME", "سلة غذائية", "LAST_DELIVERY", "2026-01-01")).reasons())
			.containsExactly("المبلغ بين 0 و1,000,000 ريال بمنزلتين عشريتين على الأكثر");
		assertThat(RULES.check(2, head("LAST_DELIVERY", "2027-01-01", "PROGRAMME", "سلة غذائية")).reasons())
			.containsExactly("تاريخ آخر صرف في المستقبل");
		assertThat(RULES.check(2, head("PROGRAMME", "سلة غذائية")).reasons()).containsExactly("البرنامج وتاريخ آخر صرف يُكتبان معًا");
		assertThat(RULES.check(2, head("FATHER_NAME", "")).reasons()).containsExactly("اسم رب الأسرة رباعي: اسم الأب واسم الجد مطلوبان");
		assertThat(RULES.check(2, head("FILE_NUMBER", "F-12")).reasons())
			.containsExactly("رقم الملف غير صحيح: يُكتب HY-F-000123 أو أرقامًا فقط");
		assertThat(RULES.check(2, head("RELATION", "جار")).reasons()).hasSize(1).first().asString().startsWith("صلة القرابة غير معروفة");
	}

	@Test
	void formulasAndControlCharactersAreRefusedNeverPassedOn() {
		for (String attack : List.of("=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-2+3")) {
			assertThat(RULES.check(2, head("CITY", attack)).reasons()).as(attack)
				.containsExactly("المدينة: قيمة تبدأ بعلامة معادلة (= + - @) مرفوضة");
		}
		assertThat(RULES.check(2, head("CITY", RegisterFileReader.FORMULA)).reasons())
			.containsExactly("المدينة: الخلية معادلة، والمقبول قيم مكتوبة فقط");
		assertThat(RULES.check(2, head("CITY", "الرياض\u0000")).reasons()).containsExactly("المدينة: فيها رموز تحكم غير مقبولة");
		assertThat(RULES.check(2, head("MOBILE", "+966501234567")).reasons()).isEmpty();
	}

	@Test
	void aMemberNeedsABirthDateAndNoSupportColumns() {
		Map<RegisterColumn, String> member = new EnumMap<>(RegisterColumn.class);
		member.put(RegisterColumn.FILE_NUMBER, "HY-F-000123");
		member.put(RegisterColumn.RELATION, "ابنة");
		member.put(RegisterColumn.FIRST_NAME, "سارة");
		member.put(RegisterColumn.FAMILY_NAME, "القحطاني");
		assertThat(RULES.check(3, member).reasons()).containsExactly("تاريخ ميلاد الفرد مطلوب (يُحسب منه العمر)");
		member.put(RegisterColumn.DATE_OF_BIRTH, "1440-02-10");
		RegisterRules.Person daughter = RULES.check(3, member);
		assertThat(daughter.reasons()).isEmpty();
		assertThat(daughter.age(LocalDate.of(2026, 12, 7))).isEqualTo(8);
		member.put(RegisterColumn.AMOUNT, "100");
		assertThat(RULES.check(3, member).reasons()).containsExactly("البرنامج وآخر صرف والمبلغ تُكتب في صف رب الأسرة فقط");
	}

	@Test
	void theReaderMapsArabicHeadersInAnyOrderAndBoundsTheFile() {
		String csv = "\uFEFF\"اسم العائلة\",\"رقم الملف\",\"صله القرابه\",\"الاسم الاول\",\"رقم الهوية أو الإقامة\"\r\n"
				+ "القحطاني,HY-F-1,رب الأسرة,محمد,1000000008\r\n\r\n";
		List<Map<RegisterColumn, String>> rows = new ArrayList<>();
		int count = new RegisterFileReader(10).read(csv.getBytes(StandardCharsets.UTF_8), (n, cells) -> rows.add(cells));
		assertThat(count).isEqualTo(1);
		assertThat(rows.get(0)).containsEntry(RegisterColumn.FAMILY_NAME, "القحطاني").containsEntry(RegisterColumn.RELATION, "رب الأسرة");
		String semicolons = "رقم الملف;صلة القرابة;الاسم الأول;اسم العائلة;رقم الهوية أو الإقامة\n1;رب الأسرة;محمد;القحطاني;1000000008\n";
		assertThat(new RegisterFileReader(10).read(semicolons.getBytes(StandardCharsets.UTF_8), (n, cells) -> {
		})).isEqualTo(1);
		StringBuilder many = new StringBuilder(SampleRegister.header()).append("\n");
		for (int i = 0; i < 11; i++) {
			many.append("1,رب الأسرة\n");
		}
		assertThatThrownBy(() -> new RegisterFileReader(10).read(many.toString().getBytes(StandardCharsets.UTF_8), (n, c) -> {
		})).isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 10 rows");
		assertThatThrownBy(() -> new RegisterFileReader(10).read("رقم الملف,رقم الملف\n".getBytes(StandardCharsets.UTF_8), (n, c) -> {
		})).isInstanceOf(InvalidInputException.class).hasMessageContaining("duplicate column");
		// a failure of the import itself passes through as it is, never as "the file is unreadable"
		assertThatThrownBy(() -> new RegisterFileReader(10).read(csv.getBytes(StandardCharsets.UTF_8), (n, c) -> {
			throw new IllegalStateException("database gone");
		})).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
	}

}
