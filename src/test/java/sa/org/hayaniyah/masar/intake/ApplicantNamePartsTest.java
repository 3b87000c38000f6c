package sa.org.hayaniyah.masar.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ApplicantNamePartsTest {

	@Test
	void fourPartNameFillsEveryField() {
		assertThat(ApplicantNameParts.split("محمد عبد الله سعيد الحياني")).containsExactly(Map.entry("firstName", "محمد"),
				Map.entry("fatherName", "عبدالله"), Map.entry("grandfatherName", "سعيد"), Map.entry("familyName", "الحياني"));
	}

	@Test
	void longerNamesKeepTheMiddleAsGrandfatherName() {
		assertThat(ApplicantNameParts.split("فاطمة  علي  حسن محمد الحياني")).containsEntry("grandfatherName", "حسن محمد")
			.containsEntry("familyName", "الحياني");
	}

	@Test
	void shortNamesFillWhatTheyCan() {
		assertThat(ApplicantNameParts.split("سارة الشهري")).containsOnly(Map.entry("firstName", "سارة"),
				Map.entry("familyName", "الشهري"));
		assertThat(ApplicantNameParts.split("نورة")).containsOnly(Map.entry("firstName", "نورة"));
		assertThat(ApplicantNameParts.split("  ")).isEmpty();
		assertThat(ApplicantNameParts.split(null)).isEmpty();
	}

}
