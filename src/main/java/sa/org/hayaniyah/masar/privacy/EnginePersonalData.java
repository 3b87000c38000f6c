package sa.org.hayaniyah.masar.privacy;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.PROCESS_INSTANCE;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's copy of a case: process variables at runtime and in history (every update, byte arrays and
 * serialized lists such as the household members included), comments, through the engine's own API. Anonymised
 * by deleting the ended instances' history at once rather than waiting for history cleanup: no variable, detail,
 * task or byte array of theirs stays.
 */
@Component
@Order(Integer.MAX_VALUE)
class EnginePersonalData implements PersonalDataContributor {

	/** The variable every case and every per-family scope carries its reference (or file number) in. */
	private static final String SCOPE_KEY = "referenceNumber";

	private final HistoryService historyService;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final IdentityService identityService;

	EnginePersonalData(HistoryService historyService, RuntimeService runtimeService, TaskService taskService,
			IdentityService identityService) {
		this.identityService = identityService;
		this.historyService = historyService;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
	}

	/** The engine's tables are the engine's; what its variables are is in the modules' inventories. */
	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of();
	}

	/** A case's instances: the ones named by the modules, those carrying its reference, and the ones they called. */
	@Override
	public void identify(DataSubject subject) {
		if (subject.has(REFERENCE)) {
			historyService.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKeyIn(subject.strings(REFERENCE).toArray(String[]::new))
				.list()
				.forEach(i -> subject.add(PROCESS_INSTANCE, i.getId()));
		}
		for (String id : List.copyOf(subject.strings(PROCESS_INSTANCE))) {
			historyService.createHistoricProcessInstanceQuery()
				.superProcessInstanceId(id)
				.list()
				.forEach(i -> subject.add(PROCESS_INSTANCE, i.getId()));
		}
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		String[] ids = subject.strings(PROCESS_INSTANCE).toArray(String[]::new);
		List<Map<String, Object>> instances = new ArrayList<>();
		List<Map<String, Object>> variables = new ArrayList<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		List<Map<String, Object>> comments = new ArrayList<>();
		if (ids.length > 0) {
			for (HistoricProcessInstance i : historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(ids)).list()) {
				instances.add(row("id", i.getId(), "process", i.getProcessDefinitionKey(), "businessKey", i.getBusinessKey(), "state",
						i.getState(), "started", i.getStartTime(), "ended", i.getEndTime()));
				taskService.getProcessInstanceComments(i.getId())
					.forEach(c -> comments.add(row("processInstanceId", i.getId(), "time", c.getTime(), "message", c.getFullMessage())));
			}
			historyService.createHistoricVariableInstanceQuery()
				.processInstanceIdIn(ids)
				.disableCustomObjectDeserialization()
				.list()
				.forEach(v -> variables.add(row("processInstanceId", v.getProcessInstanceId(), "name", v.getName(), "type",
						v.getTypeName(), "value", value(v.getTypedValue()), "state", v.getState())));
			historyService.createHistoricDetailQuery()
				.processInstanceIdIn(ids)
				.variableUpdates()
				.disableCustomObjectDeserialization()
				.list()
				.forEach(d -> {
					HistoricVariableUpdate u = (HistoricVariableUpdate) d;
					updates.add(row("processInstanceId", u.getProcessInstanceId(), "name", u.getVariableName(), "value",
							value(u.getTypedValue()), "time", u.getTime(), "taskId", u.getTaskId()));
				});
			for (HistoricVariableInstance scope : sharedScopes(subject)) {
				historyService.createHistoricVariableInstanceQuery()
					.processInstanceId(scope.getProcessInstanceId())
					.activityInstanceIdIn(scope.getActivityInstanceId())
					.disableCustomObjectDeserialization()
					.list()
					.forEach(v -> variables.add(row("processInstanceId", v.getProcessInstanceId(), "name", v.getName(), "type",
							v.getTypeName(), "value", value(v.getTypedValue()), "state", v.getState())));
			}
			runtimeService.createVariableInstanceQuery()
				.processInstanceIdIn(ids)
				.disableCustomObjectDeserialization()
				.list()
				.forEach(v -> variables.add(row("processInstanceId", v.getProcessInstanceId(), "name", v.getName(), "type",
						v.getTypeName(), "value", value(v.getTypedValue()), "state", "RUNNING")));
		}
		export.put("engine_process_instance", instances);
		export.put("engine_variable", variables);
		export.put("engine_variable_update", updates);
		export.put("engine_comment", comments);
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		List<String> ids = subject.strings(PROCESS_INSTANCE);
		if (!ids.isEmpty()) {
			historyService.deleteHistoricProcessInstancesIfExists(ids);
		}
		for (HistoricVariableInstance scope : sharedScopes(subject)) {
			historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(scope.getProcessInstanceId())
				.activityInstanceIdIn(scope.getActivityInstanceId())
				.list()
				.forEach(v -> historyService.deleteHistoricVariableInstance(v.getId()));
		}
	}

	/**
	 * Where the subject's data sit inside an instance serving many people (the outreach run's one sub-process per
	 * family): the scopes whose local {@code referenceNumber} is one of the subject's. Their variables go, with every
	 * update of them; the run's own variables stay.
	 */
	private List<HistoricVariableInstance> sharedScopes(DataSubject subject) {
		List<HistoricVariableInstance> scopes = new ArrayList<>();
		for (String reference : subject.strings(REFERENCE)) {
			historyService.createHistoricVariableInstanceQuery()
				.variableValueEquals(SCOPE_KEY, reference)
				.list()
				.stream()
				.filter(v -> !v.getActivityInstanceId().equals(v.getProcessInstanceId()))
				.forEach(scopes::add);
		}
		return scopes;
	}

	/** A running case goes on with the corrected value; ended ones keep their history as it was recorded. */
	@Override
	public int correct(DataSubject subject, Correction correction) {
		int changed = 0;
		for (String id : subject.strings(PROCESS_INSTANCE)) {
			if (runtimeService.createVariableInstanceQuery()
				.processInstanceIdIn(id)
				.variableName(correction.field().variable())
				.count() > 0) {
				asSystem(() -> runtimeService.setVariable(id, correction.field().variable(), correction.value()));
				changed++;
			}
		}
		return changed;
	}

	/** A running instance keeps its variables, as does a family's scope still running in a shared one: retention waits. */
	@Override
	public boolean open(DataSubject subject) {
		if (subject.has(PROCESS_INSTANCE) && runtimeService.createProcessInstanceQuery()
			.processInstanceIds(Set.copyOf(subject.strings(PROCESS_INSTANCE)))
			.count() > 0) {
			return true;
		}
		return subject.strings(REFERENCE)
			.stream()
			.anyMatch(reference -> runtimeService.createVariableInstanceQuery().variableValueEquals(SCOPE_KEY, reference).count() > 0);
	}

	/**
	 * The correction was authorised and is audited as the supervisor's; the engine's own grants (no one but the case's
	 * steps updates its variables) do not apply to it.
	 */
	private void asSystem(Runnable change) {
		Authentication user = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			change.run();
		}
		finally {
			if (user != null) {
				identityService.setAuthentication(user);
			}
		}
	}

	/** Serialized values (JSON lists, Java objects) as their text, byte arrays as Base64: what the engine stores. */
	private static Object value(TypedValue value) {
		if (value instanceof SerializableValue serializable) {
			return serializable.getValueSerialized();
		}
		if (value instanceof BytesValue bytes) {
			return bytes.getValue() == null ? null : Base64.getEncoder().encodeToString(bytes.getValue());
		}
		return value == null ? null : value.getValue();
	}

	private static Map<String, Object> row(Object... pairs) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put((String) pairs[i], pairs[i + 1]);
		}
		return row;
	}

}
