package sa.org.hayaniyah.masar.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * "التحقق من مطابقة الإقرار للبيانات الحالية": before the committee votes, the declaration must still match the data.
 */
@Component
public class CheckDeclarationStillValidDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(CheckDeclarationStillValidDelegate.class);

	private final Declarations declarations;

	CheckDeclarationStillValidDelegate(Declarations declarations) {
		this.declarations = declarations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean valid = declarations.matchesDeclaredData(JourneyVariables.SUPPORT_REQUEST_ID.get(execution));
		JourneyVariables.DECLARATION_STILL_VALID.set(execution, valid);
		if (!valid) {
			log.info("Request {}: the data changed after the applicant's declaration; a new declaration is needed",
					execution.getProcessBusinessKey());
		}
	}

}
