package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * What the beneficiary receives: a survey link on the public address, the invitation a while after the answer it
 * asks about rather than in the same second, and the file number in the approval message.
 */
@MasarIntegrationTest
class BeneficiaryMessagesTest extends JourneyTestSupport {

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationProperties properties;

	@Autowired
	PublicLinks links;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSurveyInvitationFollowsTheAnswerAfterTheConfiguredDelayWithALinkOnThePublicAddress() {
		Duration delay = properties.delays().get("survey-invitation");
		assertThat(delay).isEqualTo(Duration.ofHours(2));
		ProcessInstance inquiry = journey.start("beneficiary-inquiry", "reception1",
				TestApplicants.inquiryForm("PROCEDURE", "متى يصلني الرد على طلبي؟"));
		String reference = inquiry.getBusinessKey();
		Instant answeredAt = ClockUtil.getCurrentTime().toInstant();
		journey.complete(inquiry, "Task_AnswerInquiry", "reception1", Map.of("answer", "خلال أسبوعين من تقديم الطلب مكتملًا."));

		var queued = notifications.findByReference(reference);
		assertThat(queued).extracting(Notifications.Queued::template).containsExactly("inquiry-answer", "survey-invitation");
		Notifications.Queued answer = queued.get(0);
		Notifications.Queued invitation = queued.get(1);
		String token = jdbc.sql("SELECT token FROM survey WHERE reference_number = ?").param(reference).query(String.class).single();
		assertThat(invitation.body()).contains(links.publicBaseUrl() + "/survey.html?t=" + token)
			.contains("http://localhost:8080/survey.html?t=" + token);

		dispatcher.dispatchDue();
		assertThat(status(answer.id())).isEqualTo("SENT");
		assertThat(status(invitation.id())).as("not in the same second as the answer").isEqualTo("PENDING");
		assertThat(notBefore(invitation.id())).isEqualTo(answeredAt.plus(delay));

		journey.moveClock(delay.minusMinutes(1));
		dispatcher.dispatchDue();
		assertThat(status(invitation.id())).isEqualTo("PENDING");

		journey.moveClock(Duration.ofMinutes(1));
		dispatcher.dispatchDue();
		assertThat(status(invitation.id())).isEqualTo("SENT");
		assertThat(sentAt(invitation.id())).isEqualTo(answeredAt.plus(delay));
		assertThat(Duration.between(sentAt(answer.id()), sentAt(invitation.id()))).isEqualTo(delay);
	}

	@Test
	void theApprovalMessageCarriesTheBeneficiarysFileNumber() {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");


		String fileNumber = (String) runtimeService.getVariable(instance.getId(), "fileNumber");
		assertThat(fileNumber).matches("HY-F-\\d{6,}"); // an import may move it past six digits
		long requestId = (Long) runtimeService.getVariable(instance.getId(), "supportRequestId");
		assertThat(notifications.findByRequest(requestId)).filteredOn(n -> n.template().equals("decision-APPROVED"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("رقم ملفكم لدى الجمعية " + fileNumber)
				.contains(instance.getBusinessKey()));
		// registration kept the number the message gave: one file for the national ID
		assertThat(jdbc.sql("SELECT COUNT(*) FROM beneficiary WHERE file_number = ?").param(fileNumber).query(Integer.class)
			.single()).isEqualTo(1);
	}

	private String status(long id) {
		return jdbc.sql("SELECT status FROM notification WHERE id = ?").param(id).query(String.class).single();
	}

	private Instant notBefore(long id) {
		return jdbc.sql("SELECT next_attempt_at FROM notification WHERE id = ?").param(id).query(Timestamp.class).single()
			.toInstant();
	}

	private Instant sentAt(long id) {
		return jdbc.sql("SELECT sent_at FROM notification WHERE id = ?").param(id).query(Timestamp.class).single().toInstant();
	}

}
