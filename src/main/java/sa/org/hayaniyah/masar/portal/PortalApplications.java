package sa.org.hayaniyah.masar.portal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.intake.IntakeValidation;
import sa.org.hayaniyah.masar.intake.OnlineRequests;
import sa.org.hayaniyah.masar.intake.SupportRequest;
import sa.org.hayaniyah.masar.verification.SubmittedDocuments;

/**
 * A confirmed application becomes a request: the journey starts through the online channels' message start (C7), with
 * the household, the declaration confirmed by the code (R4, signature method OTP, for reception to record) and the
 * documents, all in one transaction with using up the code.
 */
@Service
class PortalApplications {

	static final DateTimeFormatter CODE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final OnlineRequests onlineRequests;

	private final IntakeValidation intake;

	private final SubmittedDocuments documents;

	private final PortalCodes codes;

	private final PortalUploads uploads;

	private final ObjectMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	PortalApplications(OnlineRequests onlineRequests, IntakeValidation intake, SubmittedDocuments documents,
			PortalCodes codes, PortalUploads uploads, ObjectMapper json, AuditTrail audit, Clock clock) {
		this.onlineRequests = onlineRequests;
		this.intake = intake;
		this.documents = documents;
		this.codes = codes;
		this.uploads = uploads;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	String payload(Application application) {
		try {
			return json.writeValueAsString(application);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Starts the journey for the application confirmed by code row {@code codeId}. */
	@Transactional
	SupportRequest open(PortalCodes.Confirmed confirmed) {
		Application a;
		try {
			a = json.readValue(confirmed.payload(), Application.class);
		}
		catch (JsonProcessingException | IllegalArgumentException e) {
			throw InvalidInputException.of("code", PortalCodes.EXPIRED, "the application is no longer held");
		}
		if (!codes.use(confirmed.id())) {
			throw new PortalCodes.Refused(PortalCodes.EXPIRED, "code already used", false);
		}
		var checked = intake.newRequest("C7", a.nationalId(), a.applicantName(), a.mobile(), a.supportType(), null);
		Map<String, Object> v = new HashMap<>();
		JourneyVariables.CHANNEL.put(v, "C7");
		JourneyVariables.NATIONAL_ID.put(v, checked.nationalId());
		JourneyVariables.APPLICANT_NAME.put(v, checked.applicantName());
		JourneyVariables.MOBILE.put(v, checked.mobile());
		JourneyVariables.SUPPORT_TYPE.put(v, checked.supportType().name());
		JourneyVariables.REQUEST_SUMMARY.put(v, FormValues.text(a.requestSummary()));
		JourneyVariables.CONSENT_GIVEN.put(v, true);
		JourneyVariables.PREFERRED_CHANNEL.put(v, "SMS");
		JourneyVariables.CITY.put(v, a.city());
		JourneyVariables.DISTRICT.put(v, a.district());
		JourneyVariables.ADDRESS.put(v, a.address());
		JourneyVariables.HOUSEHOLD_SIZE.put(v, a.householdSize());
		JourneyVariables.MONTHLY_INCOME.put(v, a.monthlyIncome() == null ? null : a.monthlyIncome().doubleValue());
		JourneyVariables.HOUSEHOLD_MEMBERS.put(v, members(a.householdMembers()));
		// R4: reception still records the declaration; the website's part is what was confirmed and when
		JourneyVariables.SIGNATURE_METHOD.put(v, "OTP");
		JourneyVariables.DECLARATION_NOTES.put(v, "أقر المتقدم بصحة البيانات والمستندات عبر الموقع الإلكتروني وأكد ذلك برمز تحقق أُرسل إلى جواله "
				+ CODE_TIME.format(clock.instant().atZone(clock.getZone() == null ? ZoneId.of("Asia/Riyadh") : clock.getZone())));
		SupportRequest request = onlineRequests.start(v).request();
		for (PortalUploads.Checked file : uploads.kept(confirmed.id())) {
			documents.storeFromApplicant(request.id(), file.type(), file.storedName(), file.contentType(), file.bytes());
		}
		uploads.forget(confirmed.id());
		audit.record("portal", AuditTrail.Action.CHANGE, request.referenceNumber(),
				"application confirmed by a one-time code on the website");
		return request;
	}

	private String members(List<Application.Member> members) {
		List<Map<String, Object>> rows = (members == null ? List.<Application.Member>of() : members).stream().map(m -> {
			// the household list's own column keys (form applicant-data.form), not process variables
			Map<String, Object> row = new HashMap<>();
			row.put("memberName", m.name());
			row.put("relation", m.relation());
			row.put("memberNationalId", FormValues.text(m.nationalId()));
			row.put("memberAge", m.age());
			row.put("memberIncome", m.monthlyIncome() == null ? 0 : m.monthlyIncome().doubleValue());
			return row;
		}).toList();
		try {
			return json.writeValueAsString(rows);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
