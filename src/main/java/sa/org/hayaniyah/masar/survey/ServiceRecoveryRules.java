package sa.org.hayaniyah.masar.survey;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * The service-recovery form: a case does not close until the supervisor says what was done with the beneficiary
 * (5 to 4,000 characters); whether they called back is a tick.
 */
final class ServiceRecoveryRules {

	private ServiceRecoveryRules() {
	}

	/** The form's values as submitted. */
	record Form(Object recoveryAction, Object calledBack) {
	}

	record Recovery(String action, boolean calledBack) {
	}

	/** The reason in words for the supervisor's form: a low score or a complaint in the comment. */
	static String reasonText(String reason) {
		return reason == null ? null : "LOW_SCORE".equals(reason) ? "تقييم منخفض" : "شكوى في الملاحظات";
	}

	static Recovery check(Form form) {
		String action = FormValues.text(form.recoveryAction());
		if (action == null || action.length() < 5 || action.length() > 4000) {
			throw InvalidInputException.of("recoveryAction",
					"اكتب ما تم مع المستفيد لمعالجة ملاحظته", "recoveryAction is required (5 to 4000 characters)");
		}
		return new Recovery(action, FormValues.flag(form.calledBack()));
	}

}
