package sa.org.hayaniyah.masar.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.intake.Channel;
import sa.org.hayaniyah.masar.intake.IntakeValidation;

/**
 * What an inquiry needs, checked the same way for Tasklist's start form and the online API: where it came from,
 * what kind it is, the question, who asks, and a way to send the answer back.
 */
final class InquiryValidation {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern REQUEST_REFERENCE = Pattern.compile("HY-\\d{4}-\\d{6}");

	private InquiryValidation() {
	}

	static NewInquiry check(Object channel, Object kind, Object question, Object personName, Object nationalId,
			Object mobile, Object email, Object preferredChannel, Object requestReference, String receivedBy) {
		List<Violation> violations = new ArrayList<>();
		Channel ch = IntakeValidation.channel(channel, violations);
		InquiryKind k = FormValues.enumValue(InquiryKind.class, kind);
		if (k == null) {
			violations.add(new Violation("inquiryKind", "نوع الاستفسار غير محدد: سؤال عن إجراء، أو حالة طلب، أو شكوى، أو اقتراح",
					"inquiryKind must be PROCEDURE, STATUS, COMPLAINT or SUGGESTION"));
		}
		String text = EdgeChecks.text("question", "نص الاستفسار", question, 4000, violations);
		if ((text == null || text.length() < 5) && violations.stream().noneMatch(v -> v.field().equals("question"))) {
			violations.add(new Violation("question", "نص الاستفسار مطلوب (من 5 إلى 4000 حرف)",
					"question is required (5 to 4000 characters)"));
		}
		String name = EdgeChecks.text("personName", "اسم صاحب الاستفسار", personName, 200, violations);
		if ((name == null || name.length() < 3) && violations.stream().noneMatch(v -> v.field().equals("personName"))) {
			violations.add(new Violation("personName", "اسم صاحب الاستفسار مطلوب", "personName is required (3 to 200 characters)"));
		}
		String id = IntakeValidation.nationalId(nationalId, violations);
		String phone = IntakeValidation.mobile(mobile, violations);
		String mail = EdgeChecks.text("email", "البريد الإلكتروني", email, 200, violations);
		if (mail != null && (mail.length() > 200 || !EMAIL.matcher(mail).matches())) {
			violations.add(new Violation("email", "البريد الإلكتروني غير صحيح، مثال: name@example.com",
					"email must be an address such as name@example.com"));
			mail = null;
		}
		if (phone == null && mail == null && ch != null && ch != Channel.C4 && violations.stream()
			.noneMatch(v -> v.field().equals("mobile") || v.field().equals("email"))) {
			violations.add(new Violation("mobile", "أدخل رقم الجوال أو البريد الإلكتروني ليصل الرد إلى صاحب الاستفسار",
					"a mobile number or an e-mail address is needed to send the answer"));
		}
		String reference = EdgeChecks.text("requestReference", "رقم الطلب", requestReference, 20, violations);
		if (reference != null && !REQUEST_REFERENCE.matcher(reference).matches()) {
			violations.add(new Violation("requestReference", "رقم الطلب غير صحيح، مثال: HY-1448-000123",
					"requestReference must look like HY-1448-000123"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		String preferred = EdgeChecks.text("preferredChannel", "قناة التواصل المفضلة", preferredChannel, 20, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new NewInquiry(ch, k, text, name, id, phone, mail, preferred, reference, receivedBy);
	}

}
