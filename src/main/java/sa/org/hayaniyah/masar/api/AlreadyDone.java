package sa.org.hayaniyah.masar.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;

/**
 * A task completion retried without an Idempotency-Key finds the task gone. If history shows it was completed and the
 * caller could have worked on it (its assignee, or a candidate by name or group), the answer is a 409 in Arabic that
 * it is already done, by the caller or by a colleague (never who); the retry changed nothing, hence not a 200.
 * Anyone else, and a task that never existed, still get the 404: other groups' tasks are not revealed.
 */
final class AlreadyDone implements ContainerResponseFilter {

	static final String NOT_FOUND = "المهمة غير موجودة أو لم تعد متاحة لك؛ حدّث قائمة المهام.";

	static final String BY_YOU = "أنجزتَ هذه المهمة من قبل؛ لا حاجة لإعادة إرسالها. حدّث قائمة المهام.";

	static final String BY_A_COLLEAGUE = "أنجز زميل هذه المهمة من قبل؛ لا حاجة لإعادة إرسالها. حدّث قائمة المهام.";

	private static final Pattern COMPLETION = Pattern.compile("(?:^|/)(?:engine/([^/]+)/)?task/([^/]+)/(?:complete|submit-form)$");

	@Override
	public void filter(ContainerRequestContext request, ContainerResponseContext response) {
		if (response.getStatus() != 404 || !"POST".equals(request.getMethod())) {
			return;
		}
		Matcher completion = COMPLETION.matcher(request.getUriInfo().getPath());
		if (!completion.find()) {
			return;
		}
		ProcessEngine engine = EngineUtil.lookupProcessEngine(completion.group(1));
		IdentityService identity = engine.getIdentityService();
		Authentication caller = identity.getCurrentAuthentication();
		if (caller == null || caller.getUserId() == null) {
			return;
		}
		String taskId = completion.group(2);
		HistoricTaskInstance task;
		List<HistoricIdentityLinkLog> links;
		String completedBy;
		// the caller may not read history (READ_HISTORY): the check below decides what they may learn
		identity.clearAuthentication();
		try {
			task = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
			if (task == null || task.getEndTime() == null || !"completed".equals(task.getDeleteReason())) {
				return;
			}
			links = engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId).list();
			completedBy = engine.getHistoryService()
				.createUserOperationLogQuery()
				.taskId(taskId)
				.operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
				.list()
				.stream()
				.map(UserOperationLogEntry::getUserId)
				.findFirst()
				.orElse(task.getAssignee());
		}
		finally {
			identity.setAuthentication(caller);
		}
		String user = caller.getUserId();
		List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
		boolean couldWorkOnIt = user.equals(task.getAssignee()) || user.equals(completedBy) || links.stream()
			.anyMatch(link -> user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId()));
		if (!couldWorkOnIt) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "TaskAlreadyCompleted");
		body.put("message", user.equals(completedBy) ? BY_YOU : BY_A_COLLEAGUE);
		response.setStatus(409);
		response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
	}

}
