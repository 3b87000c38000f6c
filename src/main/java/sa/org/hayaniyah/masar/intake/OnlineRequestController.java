package sa.org.hayaniyah.masar.intake;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sa.org.hayaniyah.masar.api.RateLimits;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Online channels (C3 social media, C5 assistance-request services, C7 website) start the journey here, through the
 * process's message start event.
 */
@RestController
@RequestMapping("/api/online-requests")
class OnlineRequestController {

	record OnlineRequest(String channel, String nationalId, String applicantName, String mobile, String supportType,
			String requestSummary, Boolean consentGiven, String preferredChannel, String email) {
	}

	record Accepted(String referenceNumber, String channel, String committeeDeadline, String processInstanceId) {
	}

	private final IntakeValidation validation;

	private final OnlineRequests onlineRequests;

	private final RateLimits rateLimits;

	OnlineRequestController(IntakeValidation validation, OnlineRequests onlineRequests, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.validation = validation;
		this.onlineRequests = onlineRequests;
	}

	@PostMapping
	ResponseEntity<Accepted> submit(@RequestBody OnlineRequest body) {
		validation.requireConsent(body.consentGiven());
		NewSupportRequest request = validation.newRequest(body.channel(), body.nationalId(), body.applicantName(),
				body.mobile(), body.supportType(), null);
		validation.onlineExtras(body.requestSummary(), body.preferredChannel(), body.email());
		// the same answer whether or not the national ID has an open request: a second one is flagged for reception
		rateLimits.requireNationalId(request.nationalId());
		if (!request.channel().isOnline()) {
			throw InvalidInputException.of("channel", "هذه الخدمة للقنوات الإلكترونية فقط (C3، C5، C7)",
					"online requests come through C3, C5 or C7; staff record other channels in Tasklist");
		}
		Map<String, Object> variables = new HashMap<>();
		JourneyVariables.CHANNEL.put(variables, request.channel().name());
		JourneyVariables.NATIONAL_ID.put(variables, request.nationalId());
		JourneyVariables.APPLICANT_NAME.put(variables, request.applicantName());
		JourneyVariables.MOBILE.put(variables, request.mobile());
		JourneyVariables.SUPPORT_TYPE.put(variables, request.supportType().name());
		JourneyVariables.REQUEST_SUMMARY.put(variables, FormValues.text(body.requestSummary()));
		JourneyVariables.CONSENT_GIVEN.put(variables, true);
		JourneyVariables.PREFERRED_CHANNEL.put(variables, body.preferredChannel());
		JourneyVariables.EMAIL.put(variables, body.email());
		OnlineRequests.Started started = onlineRequests.start(variables);
		SupportRequest opened = started.request();
		String reference = opened.referenceNumber();
		return ResponseEntity.created(URI.create("/api/requests/" + reference))
			.body(new Accepted(reference, opened.channel().name(), opened.committeeDeadline().toString(),
					started.processInstanceId()));
	}

}
