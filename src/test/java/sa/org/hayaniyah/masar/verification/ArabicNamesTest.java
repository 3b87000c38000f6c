package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicNamesTest {

	@ParameterizedTest
	@CsvSource({ "مُحَمَّد, محمد", "فَاطِمَةُ, فاطمه", "عَلِيٌّ, علي", "خَالِدٌ, خالد", "الرَّحْمٰن, الرحمن" })
	void removesTashkeel(String name, String expected) {
		assertThat(ArabicNames.normalise(name)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "سعيـــد, سعيد", "سعـيد, سعيد", "مـحـمـد, محمد" })
	void removesTatweel(String name, String expected) {
		assertThat(ArabicNames.normalise(name)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "أحمد, احمد", "إبراهيم, ابراهيم", "آمنة, امنه", "ٱسماء, اسماء", "أسامة, اسامه" })
	void unifiesAlefForms(String name, String expected) {
		assertThat(ArabicNames.normalise(name)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "فاطمة, فاطمه", "خديجة, خديجه", "حمزة, حمزه" })
	void readsTaaMarbutaAsHaa(String name, String expected) {
		assertThat(ArabicNames.normalise(name)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "ليلى, ليلي", "مصطفى, مصطفي", "الحيانى, الحياني" })
	void readsAlefMaqsuraAsYaa(String name, String expected) {
		assertThat(ArabicNames.normalise(name)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "محمد  علي", " محمد علي ", "محمد\tعلي", "  محمد   \n علي  " })
	void collapsesAndTrimsSpaces(String name) {
		assertThat(ArabicNames.normalise(name)).isEqualTo("محمد علي");
	}

	@ParameterizedTest
	@CsvSource({ "'عبد الله', 'عبدالله'", "'عبدالله', 'عبدالله'", "'عبد  الله', 'عبدالله'",
			"'عبد الرحمن بن عبد العزيز', 'عبدالرحمن بن عبدالعزيز'", "'محمد عبد الله', 'محمد عبدالله'" })
	void joinsAbdCompoundsWithAl(String name, String expected) {
		assertThat(ArabicNames.normalise(name)).isEqualTo(expected);
	}

	@Test
	void leavesAbdFollowedByANameWithoutAlSeparate() {
		// only "عبد ال…" is a compound; "عبد" before another name stays a word of its own
		assertThat(ArabicNames.normalise("عبد ربه")).isEqualTo("عبد ربه");
	}

	@Test
	void twoSpellingsOfTheSameNameNormaliseEqual() {
		String formal = ArabicNames.normalise("أحمد عبد الله الحياني");
		String typed = ArabicNames.normalise("احمد عبدالله  الحيانى");

		assertThat(formal).isEqualTo("احمد عبدالله الحياني");
		assertThat(typed).isEqualTo(formal);
	}

	@Test
	void twoSpellingsWithTashkeelAndTaaMarbutaNormaliseEqual() {
		assertThat(ArabicNames.normalise("فَاطِمَة  إبراهيم")).isEqualTo(ArabicNames.normalise("فاطمه ابراهيم"));
	}

	@Test
	void differentNamesStayDifferent() {
		assertThat(ArabicNames.normalise("أحمد عبد الله")).isNotEqualTo(ArabicNames.normalise("محمد عبد الله"));
	}

	@Test
	void returnsEmptyForNull() {
		assertThat(ArabicNames.normalise(null)).isEmpty();
	}

	/** Issue 18, finding 9: invisible characters (ZWNJ, ZWJ, bidi marks and isolates, BOM) do not make a new person. */
	@ParameterizedTest
	@ValueSource(strings = { "عبد\u200Cالله", "عبدالله\u200B", "\u200Fعبدالله", "عب\u200Dدالله", "\u2067عبدالله\u2069",
			"عبد\u061Cالله", "\uFEFFعبدالله", "عبد\u00ADالله", "عبد\u202Eالله" })
	void invisibleCharactersAreFolded(String name) {
		assertThat(ArabicNames.normalise(name)).isEqualTo(ArabicNames.normalise("عبدالله"));
	}

}
