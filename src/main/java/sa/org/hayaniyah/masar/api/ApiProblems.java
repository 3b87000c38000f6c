package sa.org.hayaniyah.masar.api;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.Problems;

/**
 * The one error advice of Masar's {@code /api}: every user error is a 4xx RFC 9457 problem with {@code violations}
 * [{field, arabic, english}]; Spring MVC's own errors (wrong method, missing part, unreadable body, ...) get their
 * Arabic too. Modules keep advices only for their own exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return Problems.invalid("The request has invalid fields", e);
	}

	@ExceptionHandler(RateLimits.LimitExceeded.class)
	ResponseEntity<ProblemDetail> tooMany(RateLimits.LimitExceeded e) {
		return RateLimits.tooMany(e.retryAfterSeconds());
	}

	/** The database out of reach: 503 with Retry-After and the Arabic "try again shortly", never a bare 500. */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessResourceFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached");
		problem.setProperty("arabic", DatabaseUnavailable.ARABIC);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (BodyLimit.exceeded(e)) {
			ProblemDetail problem = Problems.invalid("The body is larger than this endpoint accepts",
					InvalidInputException.of("body", "حجم الطلب أكبر من المسموح", "the body is too large"));
			problem.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
		}
		InvalidInputException invalid = InvalidInputException.in(e);
		if (invalid == null) {
			invalid = new InvalidInputException(List.of(new Violation(field(e), "تعذرت قراءة الطلب: تحقق من الحقول وأنواعها",
					"the body is not valid JSON for this endpoint (" + reason(e) + ")")));
		}
		return ResponseEntity.badRequest().body(Problems.invalid("The body is not valid JSON for this endpoint", invalid));
	}

	/** Spring MVC's other client errors (405, 415, a missing parameter or part, a wrong type): Arabic beside. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem && status.is4xxClientError()) {
			String arabic = arabic(status.value());
			problem.setProperty("arabic", arabic);
			problem.setProperty("violations", List.of(new Violation("request", arabic, String.valueOf(problem.getDetail()))));
		}
		return response;
	}

	/** What a client error of this status says in Arabic, when nothing more precise is known. */
	static String arabic(int status) {
		return status == 404 ? "العنوان غير موجود" : status == 405 ? "هذه العملية غير متاحة هنا"
				: status == 413 ? "حجم الطلب أكبر من المسموح" : "الطلب غير صحيح: تحقق من الحقول وأنواعها";
	}

	private static String field(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return mapping.getPath()
				.stream()
				.map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
		}
		return "body";
	}

	private static String reason(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause() == null ? e : e.getCause();
		String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage()
				: cause.getClass().getSimpleName();
		// never echo a huge or hostile value back
		return message == null ? "unreadable" : message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

}
