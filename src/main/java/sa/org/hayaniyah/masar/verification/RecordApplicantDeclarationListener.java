package sa.org.hayaniyah.masar.verification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.Actors;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.verification.DeclarationRules.Declaration;
import sa.org.hayaniyah.masar.verification.DeclarationRules.Form;

/**
 * On completing "تسجيل إقرار المتقدم" (R4): the form is checked ({@link DeclarationRules}) and the declaration stored.
 */
@Component
public class RecordApplicantDeclarationListener implements TaskListener {

	private final Declarations declarations;

	RecordApplicantDeclarationListener(Declarations declarations) {
		this.declarations = declarations;
	}

	@Override
	public void notify(DelegateTask task) {
		Declaration declaration = DeclarationRules.check(new Form(JourneyVariables.DECLARATION_SIGNED.get(task),
				JourneyVariables.SIGNATURE_METHOD.get(task), JourneyVariables.DECLARATION_WITNESS.get(task),
				JourneyVariables.DECLARATION_NOTES.get(task)));
		declarations.record(JourneyVariables.SUPPORT_REQUEST_ID.get(task), declaration.signed(), declaration.method(),
				declaration.witness(), declaration.notes(), Actors.of(task));
	}

}
