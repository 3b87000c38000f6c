package sa.org.hayaniyah.masar.survey;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.common.Problems;

/**
 * The beneficiary's side of the survey, behind the link they receive ({@code /survey.html?t=…}): no login, the
 * random token is the key, and the answer shows nothing personal.
 */
@RestController
class SurveyController {

	record Answer(Object overall, Object speed, Object courtesy, Object clarity, Object fairness, String comment) {
	}

	record Status(String referenceNumber, String subject, String status) {
	}

	private final Surveys surveys;

	private final SurveyResponses responses;

	SurveyController(Surveys surveys, SurveyResponses responses) {
		this.surveys = surveys;
		this.responses = responses;
	}

	@GetMapping("/api/surveys/{token}")
	ResponseEntity<Status> status(@PathVariable String token) {
		return surveys.findByToken(token)
			.map(s -> ResponseEntity.ok(new Status(s.referenceNumber(), s.subject(), s.status())))
			.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/api/surveys/{token}")
	ResponseEntity<?> answer(@PathVariable String token, @RequestBody Answer body) {
		Survey survey = surveys.findByToken(token).orElse(null);
		if (survey == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.of(HttpStatus.NOT_FOUND, "No survey has this link", "رابط التقييم غير صحيح"));
		}
		SurveyAnswer answer = SurveyAnswer.of(body.overall(), body.speed(), body.courtesy(), body.clarity(), body.fairness(),
				body.comment());
		return outcome(responses.answer(survey, answer, null, "ONLINE"));
	}

	static ResponseEntity<?> outcome(SurveyResponses.Result result) {
		return switch (result) {
			case ACCEPTED -> ResponseEntity
				.ok(Map.of("status", "ANSWERED", "arabic", "شكراً لكم، وصل تقييمكم وسنعمل به لتحسين خدماتنا"));
			case ALREADY_ANSWERED -> ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Problems.of(HttpStatus.CONFLICT, "This survey was already answered", "وصلنا تقييمكم لهذه الخدمة من قبل، شكراً لكم"));
			case CLOSED -> closed();
		};
	}

	static ResponseEntity<ProblemDetail> closed() {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT, "This survey is closed", "انتهت مدة هذا التقييم، ويسعدنا تواصلكم مع الجمعية في أي وقت"));
	}

}
