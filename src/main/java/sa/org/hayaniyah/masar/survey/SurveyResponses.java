package sa.org.hayaniyah.masar.survey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a survey answer, from the beneficiary's link or recorded by staff on their behalf, stores it and hands it
 * to the waiting {@code satisfaction-survey} instance, in one transaction: an answer that arrives after the survey
 * closed is refused and nothing is stored.
 */
@Service
public class SurveyResponses {

	static final String ANSWER_MESSAGE = "SurveyAnswered";

	private static final Logger log = LoggerFactory.getLogger(SurveyResponses.class);

	public enum Result {
		ACCEPTED, ALREADY_ANSWERED, CLOSED
	}

	private final Surveys surveys;

	private final SurveyProperties properties;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	SurveyResponses(Surveys surveys, SurveyProperties properties, RuntimeService runtimeService,
			IdentityService identityService) {
		this.surveys = surveys;
		this.properties = properties;
		this.runtimeService = runtimeService;
		this.identityService = identityService;
	}

	@Transactional
	public Result answer(Survey survey, SurveyAnswer answer, String recordedBy, String recordedHow) {
		if ("ANSWERED".equals(survey.status())) {
			return Result.ALREADY_ANSWERED;
		}
		if (!surveys.recordAnswer(survey.id(), answer, recordedBy, recordedHow)) {
			return "ANSWERED".equals(surveys.get(survey.id()).status()) ? Result.ALREADY_ANSWERED : Result.CLOSED;
		}
		Optional<String> recovery = answer.recoveryReason(properties.lowScore(), properties.complaintWords());
		recovery.ifPresent(reason -> surveys.openRecovery(survey.id(), reason));
		// the answer reaches the survey process as the beneficiary's own answer does, without the staff member's
		// engine permissions: the caller has checked who may record it, and recorded_by says who did
		Authentication staff = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			runtimeService.createMessageCorrelation(ANSWER_MESSAGE)
				.processInstanceId(survey.processInstanceId())
				.setVariables(variables(answer, recovery))
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException closedMeanwhile) {
			throw new SurveyClosedException();
		}
		finally {
			if (staff != null) {
				identityService.setAuthentication(staff);
			}
		}
		log.info("Survey {} for {} answered ({}), overall {}", survey.id(), survey.referenceNumber(), recordedHow,
				answer.overall());
		return Result.ACCEPTED;
	}

	private static Map<String, Object> variables(SurveyAnswer answer, Optional<String> recovery) {
		Map<String, Object> variables = new HashMap<>();
		SurveyVariables.SURVEY_OVERALL.put(variables, answer.overall());
		SurveyVariables.NEEDS_RECOVERY.put(variables, recovery.isPresent());
		SurveyVariables.RECOVERY_REASON.put(variables, recovery.orElse(null));
		// shown to the supervisor who handles the recovery; process variables are readable by supervisors only
		SurveyVariables.SURVEY_COMMENT.put(variables, recovery.isPresent() ? answer.comment() : null);
		return variables;
	}

	/** Rolls the stored answer back when the process no longer waits for it. */
	static class SurveyClosedException extends RuntimeException {

		SurveyClosedException() {
			super("The survey closed before the answer arrived");
		}

	}

}
