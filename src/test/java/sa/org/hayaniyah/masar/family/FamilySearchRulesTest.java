package sa.org.hayaniyah.masar.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import sa.org.hayaniyah.masar.common.InvalidInputException;

/** The family search's plain rules: names folded alike, what a query is, how close a name is, the stage, the clock. */
class FamilySearchRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "عبد الله", "عبدالله", "عَبْدُ اللّٰه", "عبد  الله", "عبـــدالله", "عبد\u200Cالله", " عبدالله ",
			"\u200Fعبد الله" })
	void abdullahInEverySpellingIsOneName(String typed) {
		assertThat(FamilyNames.searchName(typed)).isEqualTo("عبدالله");
	}

	@ParameterizedTest
	@CsvSource({ "أحمد, احمد", "إبراهيم, ابراهيم", "آمنة, امنه", "ٱسماء, اسماء", "مصطفى, مصطفي", "فاطمة, فاطمه",
			"مُحَمَّد, محمد", "سعيـــد, سعيد", "Mohammed ALI, mohammed ali" })
	void foldsAlefHamzaYaaTaaMarbutaDiacriticsTatweelAndCase(String typed, String folded) {
		assertThat(FamilyNames.searchName(typed)).isEqualTo(folded);
	}

	@Test
	void nullStaysNullForTheDatabaseFunction() {
		assertThat(FamilyNames.searchName(null)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "HY-1447-000123, REQUEST, HY-1447-000123", "hy-1447-000123, REQUEST, HY-1447-000123",
			"HY-Q-1447-000045, INQUIRY, HY-Q-1447-000045", "HY-F-000123, FILE, HY-F-000123", "hy-f-6175554, FILE, HY-F-6175554",
			"1012345678, NATIONAL_ID, 1012345678", "2012345678, NATIONAL_ID, 2012345678",
			"١٠١٢٣٤٥٦٧٨, NATIONAL_ID, 1012345678", "0551234567, MOBILE, +966551234567", "551234567, MOBILE, +966551234567",
			"+966551234567, MOBILE, +966551234567", "00966551234567, MOBILE, +966551234567",
			"055 123 4567, MOBILE, +966551234567", "055-123-4567, MOBILE, +966551234567",
			"٠٥٥١٢٣٤٥٦٧, MOBILE, +966551234567", "أحمد عبد الله, NAME, احمد عبدالله" })
	void readsWhatWasTyped(String typed, FamilyQuery.Kind kind, String value) {
		FamilyQuery query = FamilyQuery.parse(typed);
		assertThat(query.kind()).isEqualTo(kind);
		assertThat(query.value()).isEqualTo(value);
	}

	@Test
	void aNameIsSearchedWordByWord() {
		assertThat(FamilyQuery.parse("  فاطمة   الزهراء ").tokens()).containsExactly("فاطمه", "الزهراء");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u200B", "ا", "12345", "05512", "HY-", "HY-14", "a\u0000b", "سعد\u001B" })
	void refusesWhatCannotBeSearchedInArabic(String typed) {
		assertThatThrownBy(() -> FamilyQuery.parse(typed)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).arabicMessage()).isNotBlank());
	}

	@Test
	void refusesHugeAndWordyQueries() {
		assertThatThrownBy(() -> FamilyQuery.parse("ا".repeat(101))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> FamilyQuery.parse("ا ب ج د ه و ز ح ط")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> FamilyQuery.parse(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void ranksTheWholeNameFirstThenTheCloserNames() {
		List<String> typed = FamilyQuery.parse("محمد عبد الله الحياني").tokens();
		List<String> names = List.of("محمد عبدالله سعيد الحياني", "محمد عبدالله الحياني", "عبدالله محمد الحياني",
				"محمد سعيد القحطاني", "محمد عبدالله الحيانى", "خالد ناصر الدوسري", "محمد عبدالله الحياتي");
		List<String> ranked = names.stream()
			.map(FamilyNames::searchName)
			.sorted(Comparator.comparingDouble((String n) -> NameCloseness.score(typed, n)).reversed())
			.toList();
		assertThat(NameCloseness.score(typed, FamilyNames.searchName("محمد عبدالله الحيانى"))).isEqualTo(1.0);
		assertThat(ranked.subList(0, 2)).containsOnly("محمد عبدالله الحياني");
		assertThat(ranked.get(2)).isEqualTo("محمد عبدالله سعيد الحياني");
		// the words in another order, then a letter mistyped, rank below the name as typed
		assertThat(NameCloseness.score(typed, "عبدالله محمد الحياني")).isLessThan(NameCloseness.score(typed,
				"محمد عبدالله سعيد الحياني"));
		assertThat(NameCloseness.score(typed, "محمد عبدالله الحياتي")).isGreaterThan(NameCloseness.score(typed,
				"محمد سعيد القحطاني"));
		assertThat(ranked.get(ranked.size() - 1)).isEqualTo("خالد ناصر الدوسري");
		assertThat(NameCloseness.score(typed, "خالد ناصر الدوسري")).isLessThan(0.2);
	}

	@Test
	void theStartOfAWordIsCloserThanAWordInside() {
		List<String> typed = List.of("عبد");
		assertThat(NameCloseness.score(typed, "عبدالرحمن سعيد")).isGreaterThan(NameCloseness.score(typed, "سعيد العبدلي"));
	}

	@Test
	void theStageIsWhatReceptionTellsTheFamily() {
		assertThat(Stage.of("OPEN", Set.of("Task_ReceiveBeneficiary"), false, false)).isEqualTo(Stage.RECEIVED);
		assertThat(Stage.of("OPEN", Set.of(), false, false)).isEqualTo(Stage.UNDER_VERIFICATION);
		assertThat(Stage.of("OPEN", Set.of("Task_RecordApplicantDeclaration"), false, false))
			.isEqualTo(Stage.UNDER_VERIFICATION);
		assertThat(Stage.of("OPEN", Set.of("Task_ProvideMissingInformation"), false, false))
			.isEqualTo(Stage.MISSING_INFORMATION);
		assertThat(Stage.of("OPEN", Set.of("Task_ConductSocialResearch"), false, false)).isEqualTo(Stage.SOCIAL_RESEARCH);
		assertThat(Stage.of("OPEN", Set.of("Task_DecideOnSupportRequest", "Task_FollowUpOverdueRequest"), false, false))
			.isEqualTo(Stage.COMMITTEE);
		assertThat(Stage.of("OPEN", Set.of(), true, false)).isEqualTo(Stage.DECIDED);
		assertThat(Stage.of("OPEN", Set.of("Task_DeliverService"), true, true)).isEqualTo(Stage.REGISTERED);
		assertThat(Stage.of("SERVED", Set.of(), true, true)).isEqualTo(Stage.SERVED);
		assertThat(Stage.of("REJECTED", Set.of(), true, false)).isEqualTo(Stage.REJECTED);
		assertThat(Stage.of("CLOSED_INCOMPLETE", Set.of(), false, false)).isEqualTo(Stage.CLOSED_INCOMPLETE);
		assertThat(Stage.values()).allSatisfy(s -> assertThat(s.label()).matches(".*[\\u0600-\\u06FF].*"));
	}

	@Test
	void theTwoWeekClockCountsDaysLeftThenStopsAtTheDecision() {
		ZoneId riyadh = ZoneId.of("Asia/Riyadh");
		Instant submitted = Instant.parse("2026-11-22T07:00:00Z");
		Instant deadline = submitted.plusSeconds(14 * 86_400);
		FamilyFile.CommitteeClock waiting = CommitteeClocks.of(deadline, null, null, submitted.plusSeconds(4 * 86_400), riyadh);
		assertThat(waiting.daysLeft()).isEqualTo(10);
		assertThat(waiting.overdue()).isFalse();
		assertThat(waiting.label()).isEqualTo("باقٍ على موعد رد اللجنة 10 أيام");
		assertThat(waiting.deadlineHijri()).endsWith("هـ");
		FamilyFile.CommitteeClock late = CommitteeClocks.of(deadline, null, null, deadline.plusSeconds(2 * 86_400), riyadh);
		assertThat(late.daysLeft()).isEqualTo(-2);
		assertThat(late.overdue()).isTrue();
		assertThat(late.label()).isEqualTo("مضى على موعد رد اللجنة يومان");
		FamilyFile.CommitteeClock decided = CommitteeClocks.of(deadline, submitted.plusSeconds(86_400), null,
				deadline.plusSeconds(30 * 86_400), riyadh);
		assertThat(decided.daysLeft()).isNull();
		assertThat(decided.metDeadline()).isTrue();
		assertThat(CommitteeClocks.days(1)).isEqualTo("يوم واحد");
		assertThat(CommitteeClocks.days(11)).isEqualTo("11 يومًا");
	}

}
