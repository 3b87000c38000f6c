package sa.org.hayaniyah.masar.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

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

	/** PDPL: no request without the applicant's consent to use their data for its purpose. */
	public void requireConsent(Object consent) {
		if (!Boolean.TRUE.equals(consent) && !"true".equals(FormValues.text(consent))) {
			throw new InvalidInputException(List.of(new Violation("consentGiven",
					"لا يُقبل الطلب دون موافقة المتقدم على استخدام بياناته لغرض دراسة طلبه وتقديم الخدمة",
					"consentGiven must be true: the applicant's consent to use their data for this purpose")));
		}
	}

	public NewSupportRequest newRequest(Object channel, Object nationalId, Object applicantName, Object mobile,
			Object supportType, String receivedBy) {
		List<Violation> violations = new ArrayList<>();
		Channel ch = FormValues.enumValue(Channel.class, channel);
		if (ch == null) {
			violations.add(new Violation("channel", "قناة التواصل غير محددة أو غير معروفة", "channel must be one of C1..C8"));
		}
		Optional<String> id = SaudiNationalId.normalise(FormValues.text(nationalId));
		if (id.isEmpty()) {
			violations.add(new Violation("nationalId", "رقم الهوية غير صحيح: عشرة أرقام تبدأ بـ 1 أو 2 مع رقم تحقق صحيح",
					"national ID must be 10 digits starting with 1 or 2 with a valid check digit"));
		}
		String name = FormValues.text(applicantName);
		if (name == null || name.length() < 3 || name.length() > 200) {
			violations.add(new Violation("applicantName", "اسم المتقدم مطلوب", "applicant name is required (3 to 200 characters)"));
		}
		Optional<String> phone = SaudiMobile.normalise(FormValues.text(mobile));
		if (phone.isEmpty()) {
			violations.add(new Violation("mobile", "رقم الجوال غير صحيح، مثال: 0512345678",
					"mobile must be a Saudi mobile number such as 0512345678"));
		}
		SupportType type = FormValues.enumValue(SupportType.class, supportType);
		if (type == null) {
			violations.add(new Violation("supportType", "نوع الدعم المطلوب غير محدد", "supportType is missing or unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new NewSupportRequest(ch, id.get(), name, phone.get(), type, receivedBy);
	}

}
