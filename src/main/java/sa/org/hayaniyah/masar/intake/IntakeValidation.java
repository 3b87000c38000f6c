package sa.org.hayaniyah.masar.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.SaudiMobile;
import sa.org.hayaniyah.masar.common.SaudiNationalId;

/**
 * What any channel must supply to open a request, checked the same way for Tasklist and the API.
 */
@Component
public class IntakeValidation {

	private static final Violation NATIONAL_ID_INVALID = new Violation("nationalId",
			"رقم الهوية غير صحيح: عشرة أرقام تبدأ بـ 1 أو 2 مع رقم تحقق صحيح",
			"national ID must be 10 digits starting with 1 or 2 with a valid check digit");

	private static final Violation NATIONAL_ID_REQUIRED = new Violation("nationalId", "رقم الهوية مطلوب",
			"national ID is required");

	private static final Violation MOBILE_INVALID = new Violation("mobile", "رقم الجوال غير صحيح، مثال: 0512345678",
			"mobile must be a Saudi mobile number such as 0512345678");

	private static final Violation MOBILE_REQUIRED = new Violation("mobile", "رقم الجوال مطلوب، مثال: 0512345678",
			"mobile is required, a Saudi mobile number such as 0512345678");

	/** PDPL: no request without the applicant's consent to use their data for its purpose. */
	public void requireConsent(Object consent) {
		// only the boolean true: 1, "true" or "yes" typed somewhere is not the applicant's consent
		if (!Boolean.TRUE.equals(consent)) {
			throw InvalidInputException.of("consentGiven",
					"لا يُقبل الطلب دون موافقة المتقدم على استخدام بياناته لغرض دراسة طلبه وتقديم الخدمة",
					"consentGiven must be true: the applicant's consent to use their data for this purpose");
		}
	}

	public NewSupportRequest newRequest(Object channel, Object nationalId, Object applicantName, Object mobile,
			Object supportType, String receivedBy) {
		List<Violation> violations = new ArrayList<>();
		Channel ch = channel(channel, violations);
		String id = nationalId(nationalId, violations);
		if (FormValues.text(nationalId) == null) {
			violations.add(NATIONAL_ID_REQUIRED);
		}
		String name = EdgeChecks.text("applicantName", "اسم المتقدم", applicantName, 200, violations);
		if ((name == null || name.length() < 3) && violations.stream().noneMatch(v -> v.field().equals("applicantName"))) {
			violations.add(new Violation("applicantName", "اسم المتقدم مطلوب", "applicant name is required (3 to 200 characters)"));
		}
		String phone = mobile(mobile, violations);
		if (FormValues.text(mobile) == null) {
			violations.add(MOBILE_REQUIRED);
		}
		SupportType type = FormValues.enumValue(SupportType.class, supportType);
		if (type == null) {
			violations.add(new Violation("supportType", "نوع الدعم المطلوب غير محدد", "supportType is missing or unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new NewSupportRequest(ch, id, name, phone, type, receivedBy);
	}

	/** What an online request may add: a summary, the preferred channel and an e-mail address, each within its bounds. */
	public void onlineExtras(Object requestSummary, Object preferredChannel, Object email) {
		List<Violation> violations = new ArrayList<>();
		EdgeChecks.text("requestSummary", "ملخص الطلب", requestSummary, 2000, violations);
		EdgeChecks.text("preferredChannel", "قناة التواصل المفضلة", preferredChannel, 20, violations);
		String mail = EdgeChecks.text("email", "البريد الإلكتروني", email, 200, violations);
		if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			violations.add(new Violation("email", "البريد الإلكتروني غير صحيح، مثال: name@example.com",
					"email must be an address such as name@example.com"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** The channel C1..C8, or null with a violation. */
	public static Channel channel(Object value, List<Violation> violations) {
		Channel channel = FormValues.enumValue(Channel.class, value);
		if (channel == null) {
			violations.add(new Violation("channel", "قناة التواصل غير محددة أو غير معروفة", "channel must be one of C1..C8"));
		}
		return channel;
	}

	/** A normalised national ID or Iqama number; null when blank, null with a violation when invalid. */
	public static String nationalId(Object value, List<Violation> violations) {
		String text = FormValues.text(value);
		if (text == null) {
			return null;
		}
		Optional<String> id = SaudiNationalId.normalise(text);
		if (id.isEmpty()) {
			violations.add(NATIONAL_ID_INVALID);
		}
		return id.orElse(null);
	}

	/** A mobile number in E.164; null when blank, null with a violation when invalid. */
	public static String mobile(Object value, List<Violation> violations) {
		String text = FormValues.text(value);
		if (text == null) {
			return null;
		}
		Optional<String> phone = SaudiMobile.normalise(text);
		if (phone.isEmpty()) {
			violations.add(MOBILE_INVALID);
		}
		return phone.orElse(null);
	}

}
