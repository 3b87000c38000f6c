package sa.org.hayaniyah.masar.intake;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.Problems;

/**
 * API errors as RFC 9457 problem details: English in {@code detail}, Arabic beside it for the applicant.
 */
@RestControllerAdvice(assignableTypes = OnlineRequestController.class)
class ApiErrors {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return Problems.invalid("The request has invalid fields", e);
	}

	@ExceptionHandler(DuplicateOpenRequestException.class)
	ProblemDetail duplicate(DuplicateOpenRequestException e) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "An open request already exists for this national ID",
				e.arabicMessage());
		problem.setProperty("existingReference", e.existingReference());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The body is not valid JSON", "تعذرت قراءة الطلب");
		problem.setProperty("violations", List.of());
		return problem;
	}

}
