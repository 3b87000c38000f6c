package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FormValuesTest {

	enum Answer {

		YES, NO

	}

	@Test
	void readsTextStrippedOfSurroundingWhitespace() {
		assertThat(FormValues.text("  الحيانية ")).isEqualTo("الحيانية");
		assertThat(FormValues.text("FOOD_BASKET")).isEqualTo("FOOD_BASKET");
	}

	@Test
	void readsNonStringValuesAsTheirText() {
		assertThat(FormValues.text(6L)).isEqualTo("6");
		assertThat(FormValues.text(true)).isEqualTo("true");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n" })
	void readsMissingOrBlankTextAsNull(String value) {
		assertThat(FormValues.text(value)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-25", "2026-11-25T00:00:00Z", "2026-11-25T10:15:30+03:00", " 2026-11-25 " })
	void readsIsoDatesIgnoringAnyTimePart(String value) {
		assertThat(FormValues.date(value)).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void readsALocalDateValue() {
		assertThat(FormValues.date(LocalDate.of(1980, 4, 12))).isEqualTo(LocalDate.of(1980, 4, 12));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "25/11/2026", "2026/11/25", "2026-13-01", "2026-02-30", "2026-11", "tomorrow",
			"١٤٤٨-٠٦-١٥" })
	void readsAnythingButAnIsoDateAsNull(String value) {
		assertThat(FormValues.date(value)).isNull();
	}

	@Test
	void readsDecimalsFromTextAndNumbers() {
		assertThat(FormValues.decimal("2500.50")).isEqualByComparingTo("2500.50");
		assertThat(FormValues.decimal(2500.0)).isEqualByComparingTo("2500");
		assertThat(FormValues.decimal(6L)).isEqualByComparingTo(BigDecimal.valueOf(6));
		assertThat(FormValues.decimal(" -1 ")).isEqualByComparingTo("-1");
	}

	@Test
	void readsDecimalsWrittenWithArabicIndicDigits() {
		assertThat(FormValues.decimal("٢٥٠٠")).isEqualByComparingTo("2500");
		assertThat(FormValues.decimal("٢٥٠٠.٥")).isEqualByComparingTo("2500.5");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "abc", "1,000", "2500 SAR", "٢٥٠٠ ريال", "  " })
	void readsUnreadableDecimalsAsNull(String value) {
		assertThat(FormValues.decimal(value)).isNull();
	}

	@Test
	void readsEnumConstantsByExactName() {
		assertThat(FormValues.enumValue(Answer.class, "YES")).isEqualTo(Answer.YES);
		assertThat(FormValues.enumValue(Answer.class, " NO ")).isEqualTo(Answer.NO);
		assertThat(FormValues.enumValue(Answer.class, Answer.NO)).isEqualTo(Answer.NO);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "yes", "MAYBE", "Y" })
	void readsUnknownEnumConstantsAsNull(String value) {
		assertThat(FormValues.enumValue(Answer.class, value)).isNull();
	}

}
