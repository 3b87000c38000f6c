package sa.org.hayaniyah.masar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * Issue 21: a task completion retried without a key (the first went through, its answer was lost) is told that the
 * task is already done, by the caller or a colleague, instead of a 404; other groups learn nothing.
 */
@MasarIntegrationTest
class AlreadyDoneTest extends DatabaseTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	HttpCalls calls;

	@BeforeEach
	void setUp() {
		calls = new HttpCalls(port);
	}

	@Test
	void aRetriedCompletionIsA409SayingItIsAlreadyDoneAndByWhom() {
		String nationalId = TestApplicants.nationalId();
		String instance = (String) calls.read(calls.post("reception1", IdempotencyTest.START,
				HttpCalls.form(TestApplicants.startForm("C1", nationalId)), null)).get("id");
		Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
		String complete = "/engine-rest/task/" + task.getId() + "/submit-form";
		Map<String, Object> form = HttpCalls.form(TestApplicants.applicantData(nationalId));
		assertThat(calls.post("reception1", complete, form, null).statusCode()).isEqualTo(204);

		HttpResponse<String> mine = calls.post("reception1", complete, form, null);
		HttpResponse<String> colleague = calls.post("reception2", "/engine-rest/task/" + task.getId() + "/complete",
				Map.of(), null);
		HttpResponse<String> otherGroup = calls.post("researcher1", complete, form, null);

		assertThat(mine.statusCode()).isEqualTo(409);
		assertThat(calls.read(mine)).containsEntry("type", "TaskAlreadyCompleted").containsEntry("message", AlreadyDone.BY_YOU);
		assertThat(colleague.statusCode()).isEqualTo(409);
		assertThat(calls.read(colleague)).containsEntry("message", AlreadyDone.BY_A_COLLEAGUE);
		assertThat(colleague.body()).doesNotContain("reception1").doesNotContain("القحطاني");
		assertThat(otherGroup.statusCode()).as("social research never had this task").isEqualTo(404);
		assertThat(calls.read(otherGroup)).containsEntry("message", AlreadyDone.NOT_FOUND);
	}

	@Test
	void aTaskThatNeverExistedIsA404InArabic() {
		HttpResponse<String> response = calls.post("reception1", "/engine-rest/task/no-such-task/complete", Map.of(), null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(calls.read(response)).containsEntry("type", "TaskNotFound").containsEntry("message", AlreadyDone.NOT_FOUND);
	}

}
