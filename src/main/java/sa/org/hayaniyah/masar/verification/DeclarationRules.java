package sa.org.hayaniyah.masar.verification;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * The declaration form (R4): whether the applicant signed is a yes or a no, and a signed declaration says how it was
 * signed; a witness counts only for a signed one.
 */
final class DeclarationRules {

	private DeclarationRules() {
	}

	/** The form's values as submitted. */
	record Form(Object declarationSigned, Object signatureMethod, Object declarationWitness, Object declarationNotes) {
	}

	record Declaration(boolean signed, SignatureMethod method, String witness, String notes) {
	}

	static Declaration check(Form form) {
		Object signedAnswer = form.declarationSigned();
		if (!"yes".equals(signedAnswer) && !"no".equals(signedAnswer)) {
			throw InvalidInputException.of("declarationSigned", "يجب بيان ما إذا كان المتقدم قد وقّع الإقرار",
					"declarationSigned must be yes or no");
		}
		boolean signed = "yes".equals(signedAnswer);
		return new Declaration(signed, signed ? method(form.signatureMethod()) : null,
				signed ? FormValues.text(form.declarationWitness()) : null, FormValues.text(form.declarationNotes()));
	}

	private static SignatureMethod method(Object value) {
		try {
			return SignatureMethod.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("signatureMethod", "يجب تحديد طريقة توقيع الإقرار",
					"signatureMethod must be PAPER, OTP or ONLINE when the declaration is signed");
		}
	}

}
