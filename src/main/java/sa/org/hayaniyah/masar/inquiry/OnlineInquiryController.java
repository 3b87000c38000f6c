package sa.org.hayaniyah.masar.inquiry;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.api.RateLimits;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.intake.Channel;

/**
 * Inquiries and complaints from the online channels (C3, C5, C7) start {@code beneficiary-inquiry} here, through its
 * message start event; staff record the others in Tasklist.
 */
@RestController
@RequestMapping("/api/inquiries")
class OnlineInquiryController {

	static final String START_MESSAGE = "OnlineInquiry";

	record OnlineInquiry(String channel, String inquiryKind, String question, String personName, String nationalId,
			String mobile, String email, String preferredChannel, String requestReference) {
	}

	record Accepted(String referenceNumber, String answerDue) {
	}

	private final RuntimeService runtimeService;

	private final Inquiries inquiries;

	private final RateLimits rateLimits;

	OnlineInquiryController(RuntimeService runtimeService, Inquiries inquiries, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.runtimeService = runtimeService;
		this.inquiries = inquiries;
	}

	@PostMapping
	ResponseEntity<Accepted> submit(@RequestBody OnlineInquiry body) {
		NewInquiry checked = InquiryValidation.check(body.channel(), body.inquiryKind(), body.question(), body.personName(),
				body.nationalId(), body.mobile(), body.email(), body.preferredChannel(), body.requestReference(), null);
		rateLimits.requireNationalId(checked.nationalId());
		if (!checked.channel().isOnline()) {
			throw InvalidInputException.of("channel", "هذه الخدمة للقنوات الإلكترونية فقط (C3، C5، C7)",
					"online inquiries come through C3, C5 or C7; staff record other channels in Tasklist");
		}
		Map<String, Object> variables = new HashMap<>();
		InquiryVariables.CHANNEL.put(variables, checked.channel().name());
		InquiryVariables.INQUIRY_KIND.put(variables, checked.kind().name());
		InquiryVariables.QUESTION.put(variables, checked.question());
		InquiryVariables.PERSON_NAME.put(variables, checked.personName());
		InquiryVariables.NATIONAL_ID.put(variables, checked.nationalId());
		InquiryVariables.MOBILE.put(variables, checked.mobile());
		InquiryVariables.EMAIL.put(variables, checked.email());
		InquiryVariables.PREFERRED_CHANNEL.put(variables, checked.preferredChannel());
		InquiryVariables.REQUEST_REFERENCE.put(variables, checked.requestReference());
		ProcessInstance instance = runtimeService.createMessageCorrelation(START_MESSAGE)
			.setVariables(variables)
			.correlateStartMessage();
		Inquiry inquiry = inquiries.get(InquiryVariables.INQUIRY_ID.get(runtimeService, instance.getId()));
		return ResponseEntity.created(URI.create("/api/inquiries/" + inquiry.referenceNumber()))
			.body(new Accepted(inquiry.referenceNumber(), inquiry.dueAt().toString()));
	}

}
