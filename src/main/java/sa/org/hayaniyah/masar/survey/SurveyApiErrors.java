package sa.org.hayaniyah.masar.survey;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;


/**
 * The survey APIs' own error: a survey closed meanwhile. Input errors go through the API's one advice (ApiProblems).
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { SurveyController.class, SatisfactionController.class })
class SurveyApiErrors {

	@ExceptionHandler(SurveyResponses.SurveyClosedException.class)
	ResponseEntity<ProblemDetail> closedMeanwhile() {
		return SurveyController.closed();
	}

}
