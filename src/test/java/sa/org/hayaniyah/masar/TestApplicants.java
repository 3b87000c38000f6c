package sa.org.hayaniyah.masar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, distinct applicants for tests: every test gets national IDs no other test uses.
 */
public final class TestApplicants {

	private TestApplicants() {
	}

	/** A random valid national ID (prefix 1) or Iqama (prefix 2) with its check digit. */
	public static String nationalId(char prefix) {
		StringBuilder id = new StringBuilder().append(prefix);
		for (int i = 0; i < 8; i++) {
			id.append(ThreadLocalRandom.current().nextInt(10));
		}
		for (int check = 0; check < 10; check++) {
			String candidate = id.toString() + check;
			if (sa.org.hayaniyah.masar.common.SaudiNationalId.isValid(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no check digit");
	}

	public static String nationalId() {
		return nationalId('1');
	}

	/** What staff enter in the start form of a request received in person. */
	public static Map<String, Object> startForm(String channel, String nationalId) {
		Map<String, Object> form = new HashMap<>();
		form.put("channel", channel);
		form.put("nationalId", nationalId);
		form.put("applicantName", "محمد عبدالله سعيد الحياني");
		form.put("mobile", mobile(nationalId));
		form.put("supportType", "FOOD_BASKET");
		form.put("consentGiven", true);
		return form;
	}

	/** A mobile number of this applicant's own, so applicants of different tests are not possible duplicates. */
	public static String mobile(String nationalId) {
		return "05" + nationalId.substring(2);
	}

	/** A date of birth of this applicant's own, for the same reason. */
	public static String dateOfBirth(String nationalId) {
		return LocalDate.of(1950, 1, 1).plusDays(Long.parseLong(nationalId.substring(3)) % 18_000).toString();
	}

	/** A complete support request form (T4) for the same applicant. */
	public static Map<String, Object> applicantData(String nationalId) {
		Map<String, Object> form = new HashMap<>();
		form.put("firstName", "محمد");
		form.put("fatherName", "عبدالله");
		form.put("grandfatherName", "سعيد");
		form.put("familyName", "الحياني");
		form.put("nationalId", nationalId);
		form.put("idExpiryDate", "2030-05-04");
		form.put("dateOfBirth", dateOfBirth(nationalId));
		form.put("nationality", "SAUDI");
		form.put("mobile", mobile(nationalId));
		form.put("city", "الحيانية");
		form.put("district", "حي النخيل");
		form.put("address", "شارع الملك فهد، بجوار المسجد الجامع");
		form.put("supportType", "FOOD_BASKET");
		form.put("householdSize", 6L);
		form.put("monthlyIncome", 2500.0);
		form.put("documentsReceived", List.of("ID_COPY", "FAMILY_RECORD", "INCOME_PROOF"));
		form.put("clarificationNeeded", false);
		return form;
	}


	/** An inquiry's start form as reception fills it for a phone call (C2). */
	public static Map<String, Object> inquiryForm(String kind, String question) {
		Map<String, Object> form = new HashMap<>();
		form.put("channel", "C2");
		form.put("inquiryKind", kind);
		form.put("question", question);
		form.put("personName", "سعد محمد القحطاني");
		form.put("mobile", "0551234567");
		return form;
	}

}
