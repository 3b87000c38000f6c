package sa.org.hayaniyah.masar.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the engine knows of a family's requests and inquiries (their process instances carry the reference as
 * business key): the tasks open now, for the stage, and the tasks done, by whom and when, for the timeline. The file's
 * need-to-know is the application's rule, so these queries run unfiltered by the caller's own task authorizations.
 */
@Component
class EngineRecords {

	record DoneTask(String reference, String name, String by, Instant at) {
	}

	private final TaskService taskService;

	private final HistoryService historyService;

	private final IdentityService identityService;

	EngineRecords(TaskService taskService, HistoryService historyService, IdentityService identityService) {
		this.taskService = taskService;
		this.historyService = historyService;
		this.identityService = identityService;
	}

	/** The task definition keys open on each reference now. */
	Map<String, Set<String>> openTasks(Collection<String> references) {
		if (references.isEmpty()) {
			return Map.of();
		}
		return unfiltered(() -> {
			Map<String, String> keyOfInstance = referenceOfInstance(references);
			return taskService.createTaskQuery()
				.processInstanceBusinessKeyIn(references.toArray(String[]::new))
				.list()
				.stream()
				.filter(t -> keyOfInstance.containsKey(t.getProcessInstanceId()))
				.collect(Collectors.groupingBy(t -> keyOfInstance.get(t.getProcessInstanceId()),
						Collectors.mapping(Task::getTaskDefinitionKey, Collectors.toSet())));
		});
	}

	/** Tasks completed on the references (their surveys included), oldest first. */
	List<DoneTask> doneTasks(Collection<String> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		return unfiltered(() -> {
			Map<String, String> keyOfInstance = referenceOfInstance(references);
			return historyService.createHistoricTaskInstanceQuery()
				.processInstanceBusinessKeyIn(references.toArray(String[]::new))
				.finished()
				.orderByHistoricTaskInstanceEndTime()
				.asc()
				.list()
				.stream()
				.filter(t -> "completed".equals(t.getDeleteReason()))
				.map(t -> new DoneTask(keyOfInstance.get(t.getProcessInstanceId()), t.getName(), t.getAssignee(),
						t.getEndTime().toInstant()))
				.toList();
		});
	}

	private Map<String, String> referenceOfInstance(Collection<String> references) {
		return historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKeyIn(references.toArray(String[]::new))
			.list()
			.stream()
			.collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
	}

	private <T> T unfiltered(Supplier<T> query) {
		Authentication current = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return query.get();
		}
		finally {
			if (current != null) {
				identityService.setAuthentication(current);
			}
		}
	}

}
