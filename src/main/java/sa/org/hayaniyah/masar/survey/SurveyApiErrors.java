package sa.org.hayaniyah.masar.survey;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.Problems;

/**
 * Errors of the survey APIs, for beneficiaries and for staff, as problem details with the Arabic beside.
 */
@RestControllerAdvice(assignableTypes = { SurveyController.class, SatisfactionController.class })
class SurveyApiErrors {

	@ExceptionHandler(SurveyResponses.SurveyClosedException.class)
	ResponseEntity<ProblemDetail> closedMeanwhile() {
		return SurveyController.closed();
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return Problems.invalid("The answer has invalid fields", e);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		return Problems.of(HttpStatus.BAD_REQUEST, "The body is not valid JSON", "تعذرت قراءة التقييم");
	}

}
