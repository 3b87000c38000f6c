package sa.org.hayaniyah.masar.verification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * On completing "تسجيل إقرار المتقدم" (R4): a signed declaration must say how it was signed; it is stored.
 */
@Component
public class RecordApplicantDeclarationListener implements TaskListener {

	private final Declarations declarations;

	RecordApplicantDeclarationListener(Declarations declarations) {
		this.declarations = declarations;
	}

	@Override
	public void notify(DelegateTask task) {
		Object signedAnswer = JourneyVariables.DECLARATION_SIGNED.get(task);
		if (!"yes".equals(signedAnswer) && !"no".equals(signedAnswer)) {
			throw InvalidInputException.of("declarationSigned", "يجب بيان ما إذا كان المتقدم قد وقّع الإقرار",
					"declarationSigned must be yes or no");
		}
		boolean signed = "yes".equals(signedAnswer);
		SignatureMethod method = signed ? method(JourneyVariables.SIGNATURE_METHOD.get(task)) : null;
		declarations.record(JourneyVariables.SUPPORT_REQUEST_ID.get(task), signed, method,
				signed ? FormValues.text(JourneyVariables.DECLARATION_WITNESS.get(task)) : null,
				FormValues.text(JourneyVariables.DECLARATION_NOTES.get(task)), Actors.of(task));
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
