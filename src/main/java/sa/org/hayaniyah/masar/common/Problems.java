package sa.org.hayaniyah.masar.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * API errors as RFC 9457 problem details: English in {@code detail} for the client's logs, Arabic beside it for
 * the person in front of the screen.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail invalid(String detail, InvalidInputException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("violations", e.violations());
		return problem;
	}

	public static ProblemDetail of(HttpStatus status, String detail, String arabic) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("arabic", arabic);
		return problem;
	}

}
