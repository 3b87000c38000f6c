package sa.org.hayaniyah.masar.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Need-to-know on a family's request (its documents, letters and verification history), the one rule every
 * {@code /api/requests/{reference}/**} call goes through:
 * <ul>
 * <li>supervisors and administrators read every request; analysts never read one (they change process models, not
 * cases);</li>
 * <li>other staff read a request while one of its open tasks is offered to one of their groups (claimed or not: colleagues
 * of the same group cover for each other) or assigned to them, and afterwards if they worked one of its tasks (the
 * historic assignee, or whoever completed or claimed it). A committee seat is a vote task assigned to the member, so
 * members read exactly the requests they sit on;</li>
 * <li>a {@link Veto} takes it away again: a committee member who recused from a request for a conflict of interest
 * reads it no more.</li>
 * </ul>
 * Changing (uploading a document) needs a task on the request now. The request's process instances carry the reference
 * as business key (the survey it calls inherits it), so every check is an indexed look-up by business key.
 */
@Component
public class RequestAccess {

	/** Another module's reason to withhold a request from someone the task rule would let in. */
	public interface Veto {

		boolean vetoes(String user, String reference);

	}

	/** References are short codes ({@code HY-1447-000123}); anything longer is nobody's request. */
	static final int MAX_REFERENCE = 40;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final IdentityService identityService;

	private final List<Veto> vetoes;

	RequestAccess(TaskService taskService, HistoryService historyService, IdentityService identityService, List<Veto> vetoes) {
		this.taskService = taskService;
		this.historyService = historyService;
		this.identityService = identityService;
		this.vetoes = vetoes;
	}

	public boolean canRead(String user, Collection<String> groups, String reference) {
		return decide(user, groups, reference, () -> hasOpenTask(user, groups, reference) || workedOn(user, reference));
	}

	public boolean canChange(String user, Collection<String> groups, String reference) {
		return decide(user, groups, reference, () -> hasOpenTask(user, groups, reference));
	}

	/**
	 * Which of {@code references} the user may read: the same rule as {@link #canRead}, in a few queries for all of them
	 * (the family search checks up to a few hundred families at once) instead of several per reference.
	 */
	public Set<String> readable(String user, Collection<String> groups, Collection<String> references) {
		List<String> wellFormed = references.stream()
			.filter(r -> r != null && !r.isBlank() && r.length() <= MAX_REFERENCE)
			.distinct()
			.toList();
		if (user == null || wellFormed.isEmpty() || groups.contains(Roles.ANALYSTS)) {
			return Set.of();
		}
		if (groups.contains(Roles.SUPERVISORS) || groups.contains(Roles.ADMINS)) {
			return Set.copyOf(wellFormed);
		}
		Set<String> byTasks = new HashSet<>();
		withoutEngineAuthorization(() -> byTasks.addAll(readableByTasks(user, groups, wellFormed)));
		return byTasks.stream()
			.filter(reference -> vetoes.stream().noneMatch(veto -> veto.vetoes(user, reference)))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** {@link #hasOpenTask} or {@link #workedOn} for many references: one query per kind of task, by business keys. */
	private Set<String> readableByTasks(String user, Collection<String> groups, List<String> references) {
		String[] keys = references.toArray(String[]::new);
		Map<String, String> keyOfInstance = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKeyIn(keys)
			.list()
			.stream()
			.collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
		Set<String> readable = new HashSet<>();
		if (keyOfInstance.isEmpty()) {
			return readable;
		}
		taskService.createTaskQuery().processInstanceBusinessKeyIn(keys).taskAssignee(user).list()
			.forEach(t -> readable.add(keyOfInstance.get(t.getProcessInstanceId())));
		if (!groups.isEmpty()) {
			taskService.createTaskQuery()
				.processInstanceBusinessKeyIn(keys)
				.taskCandidateGroupIn(List.copyOf(groups))
				.includeAssignedTasks()
				.list()
				.forEach(t -> readable.add(keyOfInstance.get(t.getProcessInstanceId())));
		}
		historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).taskAssignee(user).list()
			.forEach(t -> readable.add(keyOfInstance.get(t.getProcessInstanceId())));
		// a task completed without being claimed keeps no assignee: the operation log names who completed it
		keyOfInstance.forEach((instance, reference) -> {
			if (!readable.contains(reference)
					&& historyService.createUserOperationLogQuery().processInstanceId(instance).userId(user).count() > 0) {
				readable.add(reference);
			}
		});
		readable.remove(null);
		return readable;
	}

	private boolean decide(String user, Collection<String> groups, String reference, BooleanSupplier taskRule) {
		if (user == null || reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE
				|| groups.contains(Roles.ANALYSTS)) {
			return false;
		}
		if (groups.contains(Roles.SUPERVISORS) || groups.contains(Roles.ADMINS)) {
			return true;
		}
		return withoutEngineAuthorization(taskRule) && vetoes.stream().noneMatch(veto -> veto.vetoes(user, reference));
	}

	private boolean hasOpenTask(String user, Collection<String> groups, String reference) {
		if (taskService.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee(user).count() > 0) {
			return true;
		}
		return !groups.isEmpty() && taskService.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskCandidateGroupIn(List.copyOf(groups))
			.includeAssignedTasks()
			.count() > 0;
	}

	private boolean workedOn(String user, String reference) {
		if (historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).taskAssignee(user).count() > 0) {
			return true;
		}
		// a task completed without being claimed keeps no assignee: the operation log names who completed it
		return historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.anyMatch(instance -> historyService.createUserOperationLogQuery()
				.processInstanceId(instance)
				.userId(user)
				.count() > 0);
	}

	/**
	 * The rule is the application's, not the engine's: run its queries unfiltered by the caller's own task
	 * authorizations, and give the caller's engine authentication back afterwards.
	 */
	private boolean withoutEngineAuthorization(BooleanSupplier check) {
		Authentication current = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return check.getAsBoolean();
		}
		finally {
			if (current != null) {
				identityService.setAuthentication(current);
			}
		}
	}

}
