package sa.org.hayaniyah.masar.registerimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import sa.org.hayaniyah.masar.common.ArabicDigits;
import sa.org.hayaniyah.masar.common.ArabicText;
import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.common.SaudiMobile;
import sa.org.hayaniyah.masar.common.SaudiNationalId;
import sa.org.hayaniyah.masar.intake.SupportType;
import sa.org.hayaniyah.masar.registration.ImportedFiles;
import sa.org.hayaniyah.masar.verification.ArabicNames;
import sa.org.hayaniyah.masar.verification.IdExpiryDate;

/**
 * One row of the register checked with the intake rules (R2) where they apply to a family already served: the name in
 * parts, the national ID or Iqama (check digit), its expiry in either calendar, the Saudi mobile, dates of birth, the
 * programme, the last delivery and its amount. Every problem is an Arabic reason; nothing is guessed or
 * reinterpreted. Plain Java, no database: the matching against the register is {@link RegisterImports}'.
 */
final class RegisterRules {

	static final String HEAD = "HEAD";

	private static final Map<String, String> RELATIONS = new LinkedHashMap<>();

	private static final Map<String, SupportType> PROGRAMMES = new LinkedHashMap<>();

	private static final Map<String, String> NATIONALITIES = new LinkedHashMap<>();

	static {
		relation(HEAD, "رب الأسرة", "ربة الأسرة", "رب الاسرة", "head");
		relation("SPOUSE", "زوج أو زوجة", "زوج", "زوجة", "spouse");
		relation("SON", "ابن", "son");
		relation("DAUGHTER", "ابنة", "بنت", "daughter");
		relation("FATHER", "أب", "father");
		relation("MOTHER", "أم", "mother");
		relation("BROTHER", "أخ", "brother");
		relation("SISTER", "أخت", "sister");
		relation("OTHER", "أخرى", "آخر", "other");
		programme(SupportType.FOOD_BASKET, "سلة غذائية");
		programme(SupportType.CASH_ASSISTANCE, "مساعدة نقدية");
		programme(SupportType.RENT_ASSISTANCE, "مساعدة في الإيجار");
		programme(SupportType.MEDICAL_ASSISTANCE, "مساعدة علاجية");
		programme(SupportType.HOUSEHOLD_FURNITURE, "أثاث وأجهزة منزلية");
		programme(SupportType.SEASONAL_PROGRAM, "برنامج موسمي");
		NATIONALITIES.put(key("سعودي"), "SAUDI");
		NATIONALITIES.put(key("سعودية"), "SAUDI");
		NATIONALITIES.put(key("SAUDI"), "SAUDI");
		NATIONALITIES.put(key("مقيم"), "RESIDENT");
		NATIONALITIES.put(key("مقيمة"), "RESIDENT");
		NATIONALITIES.put(key("RESIDENT"), "RESIDENT");
	}

	private static void relation(String code, String... labels) {
		for (String label : labels) {
			RELATIONS.put(key(label), code);
		}
		RELATIONS.put(key(code), code);
	}

	private static void programme(SupportType type, String label) {
		PROGRAMMES.put(key(label), type);
		PROGRAMMES.put(key(type.name()), type);
	}

	private static String key(String text) {
		return ArabicNames.normalise(text).toLowerCase(Locale.ROOT);
	}

	/** The Arabic label of a programme, for the template's examples and the delivery's description. */
	static final Map<SupportType, String> PROGRAMME_LABELS = Map.of(SupportType.FOOD_BASKET, "سلة غذائية",
			SupportType.CASH_ASSISTANCE, "مساعدة نقدية", SupportType.RENT_ASSISTANCE, "مساعدة في الإيجار",
			SupportType.MEDICAL_ASSISTANCE, "مساعدة علاجية", SupportType.HOUSEHOLD_FURNITURE, "أثاث وأجهزة منزلية",
			SupportType.SEASONAL_PROGRAM, "برنامج موسمي");

	/** A row as read and checked; {@code reasons} empty means accepted on its own. */
	record Person(int row, String fileNumber, String relation, String firstName, String fatherName,
			String grandfatherName, String familyName, String nationalId, LocalDate idExpiry, LocalDate dateOfBirth,
			String nationality, String mobile, String city, String district, String address, SupportType programme,
			LocalDate lastDelivery, BigDecimal amount, List<String> reasons, List<String> notes) {

		boolean head() {
			return HEAD.equals(relation);
		}

		String fullName() {
			StringBuilder name = new StringBuilder();
			for (String part : new String[] { firstName, fatherName, grandfatherName, familyName }) {
				if (part != null && !part.isEmpty()) {
					name.append(name.isEmpty() ? "" : " ").append(part);
				}
			}
			return name.toString();
		}

		String normalizedName() {
			return ArabicNames.normalise(fullName());
		}

		int age(LocalDate today) {
			return dateOfBirth == null ? 0 : Math.max(0, Period.between(dateOfBirth, today).getYears());
		}

	}

	private final LocalDate today;

	RegisterRules(LocalDate today) {
		this.today = today;
	}

	Person check(int row, Map<RegisterColumn, String> cells) {
		List<String> reasons = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Map<RegisterColumn, String> v = new java.util.EnumMap<>(RegisterColumn.class);
		for (Map.Entry<RegisterColumn, String> cell : cells.entrySet()) {
			clean(cell.getKey(), cell.getValue(), reasons).ifPresent(value -> v.put(cell.getKey(), value));
		}
		String fileNumber = null;
		String typedFile = v.get(RegisterColumn.FILE_NUMBER);
		if (typedFile == null) {
			reasons.add("رقم الملف مطلوب");
		}
		else {
			String digits = ArabicDigits.toAscii(typedFile).toUpperCase(Locale.ROOT).replace(" ", "");
			fileNumber = ImportedFiles.canonical(digits.matches("\\d{1,12}") ? "HY-F-" + digits : digits);
			if (fileNumber == null) {
				reasons.add("رقم الملف غير صحيح: يُكتب HY-F-000123 أو أرقامًا فقط");
			}
		}
		String relation = null;
		String typedRelation = v.get(RegisterColumn.RELATION);
		if (typedRelation == null) {
			reasons.add("صلة القرابة مطلوبة (رب الأسرة لصاحب الملف)");
		}
		else {
			relation = RELATIONS.get(key(typedRelation));
			if (relation == null) {
				reasons.add("صلة القرابة غير معروفة: رب الأسرة، زوج أو زوجة، ابن، ابنة، أب، أم، أخ، أخت، أخرى");
			}
		}
		boolean head = HEAD.equals(relation);
		String first = v.get(RegisterColumn.FIRST_NAME);
		String father = v.get(RegisterColumn.FATHER_NAME);
		String grandfather = v.get(RegisterColumn.GRANDFATHER_NAME);
		String family = v.get(RegisterColumn.FAMILY_NAME);
		if (first == null) {
			reasons.add("الاسم الأول مطلوب");
		}
		if (family == null) {
			reasons.add("اسم العائلة مطلوب");
		}
		if (head && (father == null || grandfather == null)) {
			reasons.add("اسم رب الأسرة رباعي: اسم الأب واسم الجد مطلوبان");
		}
		String nationalId = null;
		String typedId = v.get(RegisterColumn.NATIONAL_ID);
		if (typedId == null) {
			if (head) {
				reasons.add("رقم الهوية أو الإقامة مطلوب لرب الأسرة");
			}
		}
		else {
			nationalId = SaudiNationalId.normalise(typedId).orElse(null);
			if (nationalId == null) {
				reasons.add("رقم الهوية أو الإقامة غير صحيح: عشرة أرقام تبدأ بـ1 أو 2 ورقم تحقق صحيح");
			}
		}
		LocalDate idExpiry = date(v.get(RegisterColumn.ID_EXPIRY), "تاريخ انتهاء الهوية", reasons);
		if (head && idExpiry == null && v.get(RegisterColumn.ID_EXPIRY) == null) {
			reasons.add("تاريخ انتهاء الهوية مطلوب لرب الأسرة");
		}
		if (idExpiry != null && idExpiry.isBefore(today)) {
			notes.add("الهوية منتهية منذ " + DualCalendar.both(idExpiry) + ": ستنبّه المتابعة الأسرة لتجديدها");
		}
		LocalDate dateOfBirth = date(v.get(RegisterColumn.DATE_OF_BIRTH), "تاريخ الميلاد", reasons);
		if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(120)))) {
			reasons.add("تاريخ الميلاد غير معقول");
			dateOfBirth = null;
		}
		if (!head && relation != null && v.get(RegisterColumn.DATE_OF_BIRTH) == null) {
			reasons.add("تاريخ ميلاد الفرد مطلوب (يُحسب منه العمر)");
		}
		String nationality = null;
		String typedNationality = v.get(RegisterColumn.NATIONALITY);
		if (typedNationality != null) {
			nationality = NATIONALITIES.get(key(typedNationality));
			if (nationality == null) {
				reasons.add("الجنسية: سعودي أو مقيم");
			}
		}
		String mobile = null;
		String typedMobile = v.get(RegisterColumn.MOBILE);
		if (typedMobile == null) {
			if (head) {
				reasons.add("رقم الجوال مطلوب لرب الأسرة");
			}
		}
		else {
			mobile = SaudiMobile.normalise(typedMobile).orElse(null);
			if (mobile == null) {
				reasons.add("رقم الجوال غير صحيح: جوال سعودي يبدأ بـ05");
			}
		}
		SupportType programme = null;
		String typedProgramme = v.get(RegisterColumn.PROGRAMME);
		if (typedProgramme != null) {
			programme = PROGRAMMES.get(key(typedProgramme));
			if (programme == null) {
				reasons.add("البرنامج غير معروف: " + String.join("، ", PROGRAMME_LABELS.values().stream().sorted().toList()));
			}
		}
		LocalDate lastDelivery = date(v.get(RegisterColumn.LAST_DELIVERY), "تاريخ آخر صرف", reasons);
		if (lastDelivery != null && lastDelivery.isAfter(today)) {
			reasons.add("تاريخ آخر صرف في المستقبل");
			lastDelivery = null;
		}
		BigDecimal amount = null;
		String typedAmount = v.get(RegisterColumn.AMOUNT);
		if (typedAmount != null) {
			try {
				amount = new BigDecimal(ArabicDigits.toAscii(typedAmount).replace(",", "").replace("٫", ".").strip());
				if (amount.signum() < 0 || amount.compareTo(new BigDecimal("1000000")) > 0 || amount.scale() > 2) {
					reasons.add("المبلغ بين 0 و1,000,000 ريال بمنزلتين عشريتين على الأكثر");
					amount = null;
				}
			}
			catch (NumberFormatException notANumber) {
				reasons.add("المبلغ ليس رقمًا");
			}
		}
		if (head && (programme == null) != (lastDelivery == null) && !reasons.stream().anyMatch(r -> r.startsWith("البرنامج")
				|| r.startsWith("تاريخ آخر صرف"))) {
			reasons.add("البرنامج وتاريخ آخر صرف يُكتبان معًا");
		}
		if (!head && relation != null && (programme != null || lastDelivery != null || amount != null)) {
			reasons.add("البرنامج وآخر صرف والمبلغ تُكتب في صف رب الأسرة فقط");
		}
		return new Person(row, fileNumber, relation, first, father, grandfather, family, nationalId, idExpiry, dateOfBirth,
				nationality, mobile, v.get(RegisterColumn.CITY), v.get(RegisterColumn.DISTRICT), v.get(RegisterColumn.ADDRESS),
				programme, lastDelivery, amount, reasons, notes);
	}

	/**
	 * A cell as stored: invisible characters dropped, spaces folded; refused when it holds a control character, a
	 * formula (=, +, -, @ first: spreadsheet injection) or more than its column allows. Empty is absent.
	 */
	static Optional<String> clean(RegisterColumn column, String raw, List<String> reasons) {
		if (raw == null) {
			return Optional.empty();
		}
		if (RegisterFileReader.FORMULA.equals(raw)) {
			reasons.add(column.header + ": الخلية معادلة، والمقبول قيم مكتوبة فقط");
			return Optional.empty();
		}
		if (ArabicText.hasControlCharacters(raw)) {
			reasons.add(column.header + ": فيها رموز تحكم غير مقبولة");
			return Optional.empty();
		}
		String value = ArabicText.withoutInvisible(raw).strip().replaceAll("\\s+", " ");
		if (value.isEmpty()) {
			return Optional.empty();
		}
		char first = value.charAt(0);
		boolean formulaLike = first == '=' || first == '@' || first == '+' || first == '-' || first == '\t' || first == '\r';
		boolean allowedSign = column == RegisterColumn.MOBILE && value.matches("\\+[0-9٠-٩ ]+");
		if (formulaLike && !allowedSign) {
			reasons.add(column.header + ": قيمة تبدأ بعلامة معادلة (= + - @) مرفوضة");
			return Optional.empty();
		}
		if (value.length() > column.maxLength) {
			reasons.add(column.header + ": أطول من " + column.maxLength + " حرفًا");
			return Optional.empty();
		}
		return Optional.of(value);
	}

	private static LocalDate date(String typed, String label, List<String> reasons) {
		if (typed == null) {
			return null;
		}
		Optional<LocalDate> date = IdExpiryDate.parse(typed);
		if (date.isEmpty()) {
			reasons.add(label + " غير مقروء: يُكتب 1447-03-15 (هجري) أو 2025-09-07 (ميلادي)");
			return null;
		}
		return date.get();
	}

}
