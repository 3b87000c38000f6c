package sa.org.hayaniyah.masar.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.common.JourneyVariables;

/**
 * Committee governance (A1, R5): numbered decisions and minutes per sitting, recusal for a conflict of interest, and
 * separation of duties enforced by the engine.
 */
@MasarIntegrationTest
class CommitteeGovernanceTest extends JourneyTestSupport {

	@Autowired
	CommitteeSittings sittings;

	@Autowired
	CommitteeMinutes minutes;

	@Autowired
	CommitteeRecords records;

	@Autowired
	IdentityService identityService;

	@Autowired
	TestRestTemplate rest;

	@Test
	void decisionsAreNumberedWithoutGapsAndMinutedOnceAcrossTwoSittings() throws IOException {
		sittings.close("supervisor1"); // earlier tests' decisions go into a sitting of their own

		ProcessInstance first = decided("APPROVE");
		ProcessInstance second = decided("REJECT");
		String firstNumber = (String) historicVariable(first, "decisionNumber");
		String secondNumber = (String) historicVariable(second, "decisionNumber");
		assertThat(firstNumber).matches("HY-D-14\\d\\d-\\d{4}");
		assertThat(sequence(secondNumber)).isEqualTo(sequence(firstNumber) + 1);

		ResponseEntity<Map> byReception = rest.withBasicAuth("reception1", "masar-demo").postForEntity("/api/committee/sittings",
				null, Map.class);
		assertThat(byReception.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> closed = rest.withBasicAuth("supervisor1", "masar-demo").postForEntity("/api/committee/sittings",
				null, Map.class);
		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(closed.getBody().get("decisions")).isEqualTo(List.of(firstNumber, secondNumber));
		long firstSitting = ((Number) closed.getBody().get("id")).longValue();
		int firstSittingNumber = ((Number) closed.getBody().get("number")).intValue();
		assertThat(rest.withBasicAuth("supervisor1", "masar-demo").postForEntity("/api/committee/sittings", null, Map.class)
			.getStatusCode()).as("nothing left to minute").isEqualTo(HttpStatus.CONFLICT);

		ProcessInstance third = decided("APPROVE");
		String thirdNumber = (String) historicVariable(third, "decisionNumber");
		assertThat(sequence(thirdNumber)).isEqualTo(sequence(secondNumber) + 1);
		CommitteeSittings.Sitting next = sittings.close("supervisor1").orElseThrow();
		assertThat(next.number()).isEqualTo(firstSittingNumber + 1);
		assertThat(sittings.decisions(next.id())).extracting(CommitteeSittings.MinutedDecision::decisionNumber)
			.containsExactly(thirdNumber);

		List<CommitteeSittings.MinutedDecision> minuted = sittings.decisions(firstSitting);
		assertThat(minuted).extracting(CommitteeSittings.MinutedDecision::outcome).containsExactly("APPROVED", "REJECTED");
		assertThat(minuted.get(0).votes()).extracting(CommitteeRecords.CastVote::member)
			.containsExactlyInAnyOrder("committee1", "committee2", "committee3");
		assertThat(minuted.get(0).quorum()).isEqualTo(2);

		ResponseEntity<byte[]> pdf = rest.withBasicAuth("committee2", "masar-demo")
			.getForEntity("/api/committee/sittings/" + firstSitting + "/minutes.pdf", byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rest.withBasicAuth("researcher1", "masar-demo")
			.getForEntity("/api/committee/sittings/" + firstSitting + "/minutes.pdf", byte[].class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		Path file = Path.of("target", "minutes", "minutes-sitting.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, pdf.getBody());
		try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(firstNumber).contains(secondNumber).contains(first.getBusinessKey())
				.doesNotContain(thirdNumber);
		}
	}

	@Test
	void aMemberWhoRecusesForAConflictOfInterestDoesNotVoteOnTheRequestInAnyRound() {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		assertThatThrownBy(() -> journey.complete(instance, "Task_DecideOnSupportRequest", "committee2",
				Map.of("vote", "RECUSE", "voteReason", "المتقدم ابن عمي")))
			.hasMessageContaining("اختر سبب التنحي");
		journey.complete(instance, "Task_DecideOnSupportRequest", "committee2",
				Map.of("vote", "RECUSE", "recusalReason", "RELATIVE", "voteReason", "المتقدم ابن عمي"));
		long requestId = journey.variable(instance, JourneyVariables.SUPPORT_REQUEST_ID);
		assertThat(records.recusedMembers(requestId)).containsExactly("committee2");

		journey.vote(instance, "committee1", "RETURN");
		journey.vote(instance, "committee3", "RETURN");
		assertThat(records.decisions(requestId)).singleElement().satisfies(d -> {
			assertThat(d.outcome()).isEqualTo(Outcome.RETURNED);
			assertThat(d.recused()).isEqualTo(1);
		});
		assertThat(records.votes(requestId, 1)).extracting(CommitteeRecords.CastVote::member)
			.containsExactlyInAnyOrder("committee1", "committee3");

		// round two: no seat for the member who recused, and nobody can give them one
		journey.research(instance, "RECOMMEND_APPROVAL");
		assertThat(journey.openTasks(instance)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("committee1", "committee3");
		Task seat = journey.openTasks(instance).get(0);
		assertThatThrownBy(() -> asAdmin(() -> taskService.setAssignee(seat.getId(), "committee2")))
			.hasMessageContaining("تنحّى عنه لتعارض المصالح");
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");
		assertThat(instance).isWaitingAt("Task_DeliverService");
	}

	@Test
	void theEmployeeWhoReceivedTheRequestGetsNoSeatAndNobodyHoldsTwo() {
		User dual = identityService.newUser("dual1");
		dual.setFirstName("موظف");
		dual.setLastName("مزدوج الدور");
		dual.setPassword("masar-demo-dual");
		identityService.saveUser(dual);
		identityService.createMembership("dual1", "reception");
		identityService.createMembership("dual1", "research-committee");
		try {
			String nationalId = TestApplicants.nationalId();
			ProcessInstance instance = journey.startAtOffice("dual1", TestApplicants.startForm("C1", nationalId));
			journey.receive(instance, TestApplicants.applicantData(nationalId));
			journey.declare(instance);
			journey.research(instance, "RECOMMEND_APPROVAL");

			assertThat(journey.openTasks(instance)).extracting(Task::getAssignee)
				.containsExactlyInAnyOrder("committee1", "committee2", "committee3");
			Task committee1 = journey.openTasks(instance).stream().filter(t -> t.getAssignee().equals("committee1")).findFirst()
				.orElseThrow();
			assertThatThrownBy(() -> asAdmin(() -> taskService.setAssignee(committee1.getId(), "dual1")))
				.hasMessageContaining("لا يصوّت على الطلب من استقبله");
			assertThatThrownBy(() -> asAdmin(() -> taskService.setAssignee(committee1.getId(), "committee3")))
				.hasMessageContaining("مقعدين");
			assertThatThrownBy(() -> asAdmin(() -> taskService.setAssignee(committee1.getId(), "researcher1")))
				.hasMessageContaining("عضو في لجنة البحث");
			assertThat(taskService.createTaskQuery().taskId(committee1.getId()).singleResult().getAssignee()).isEqualTo("committee1");
		}
		finally {
			identityService.deleteMembership("dual1", "reception");
			identityService.deleteMembership("dual1", "research-committee");
			identityService.deleteUser("dual1");
		}
	}

	private ProcessInstance decided(String vote) {
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		journey.vote(instance, "committee1", vote);
		journey.vote(instance, "committee2", vote);
		journey.vote(instance, "committee3", vote);
		return instance;
	}

	private static int sequence(String decisionNumber) {
		return Integer.parseInt(decisionNumber.substring(decisionNumber.lastIndexOf('-') + 1));
	}

	private Object historicVariable(ProcessInstance instance, String name) {
		return engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult()
			.getValue();
	}

	private void asAdmin(Runnable action) {
		identityService.setAuthentication("admin", List.of("camunda-admin"));
		try {
			action.run();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
