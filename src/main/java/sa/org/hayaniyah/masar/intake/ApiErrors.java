package sa.org.hayaniyah.masar.intake;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * API errors as RFC 9457 problem details: English in {@code detail}, Arabic beside it for the applicant.
 */
@RestControllerAdvice(assignableTypes = OnlineRequestController.class)
class ApiErrors {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
		problem.setProperty("violations", e.violations());
		return problem;
	}

	@ExceptionHandler(DuplicateOpenRequestException.class)
	ProblemDetail duplicate(DuplicateOpenRequestException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"An open request already exists for this national ID");
		problem.setProperty("existingReference", e.existingReference());
		problem.setProperty("arabic", e.arabicMessage());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON");
		problem.setProperty("violations", List.of());
		problem.setProperty("arabic", "تعذرت قراءة الطلب");
		return problem;
	}

}
