package sa.org.hayaniyah.masar.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * Reads of a family's process variables through the engine's REST API ({@code /engine-rest}) and the webapps'
 * ({@code /camunda/api/engine}, what Cockpit and Tasklist call): variables of a task, an instance or an execution,
 * a task's form variables, variable instances and their history and details. Each successful read writes one line
 * per case read to {@code personal_data_access}: who (the Basic or webapp user), what (the case's reference; the
 * path and parameter names, values masked), when, and why (the task, when the read went through one). A query
 * that found nothing (a search by national ID for someone not held) is recorded too, with no subject.
 */
class EngineReadAudit extends OncePerRequestFilter {

	static final Pattern READS = Pattern.compile("""
			.*?/(history/variable-instance|history/detail|variable-instance|(task)/([^/]+)/(?:variables|localVariables|form-variables)\
			|(process-instance)/([^/]+)/variables|execution/[^/]+/localVariables)(?:/.*)?""");

	/** Cases named in one read are bounded: a query page is, and the trail stays readable. */
	private static final int MAX_SUBJECTS = 200;

	private final AuditTrail audit;

	private final HistoryService historyService;

	private final ObjectMapper json = new ObjectMapper();

	EngineReadAudit(AuditTrail audit, HistoryService historyService) {
		this.audit = audit;
		this.historyService = historyService;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))
				|| !READS.matcher(request.getRequestURI()).matches()
				// a POST to /variables sets them: Camunda's own operation log records that change
				|| ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("variables"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		// fail closed: data whose read could not be recorded are not sent
		if (buffered.getStatus() < 300) {
			record(request, buffered.getContentAsByteArray());
		}
		buffered.copyBodyToResponse();
	}

	private void record(HttpServletRequest request, byte[] body) {
		Matcher path = READS.matcher(request.getRequestURI());
		path.matches();
		String taskId = path.group(2) != null ? path.group(3) : null;
		Set<String> instances = new LinkedHashSet<>();
		if (path.group(4) != null) {
			instances.add(path.group(5));
		}
		if (taskId != null) {
			HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
			if (task != null && task.getProcessInstanceId() != null) {
				instances.add(task.getProcessInstanceId());
			}
		}
		collect(body, instances);
		String detail = request.getMethod() + " " + path.group(1) + parameters(request) + (taskId == null ? "" : " for task " + taskId);
		String actor = actor(request);
		Set<String> subjects = subjects(instances);
		if (subjects.isEmpty()) {
			audit.record(actor, AuditTrail.Action.READ, "-", "engine " + detail);
		}
		subjects.forEach(subject -> audit.record(actor, AuditTrail.Action.READ, subject, "engine " + detail));
	}

	/** The {@code processInstanceId} of every object in the answer. */
	private void collect(byte[] body, Set<String> instances) {
		if (body.length == 0) {
			return;
		}
		try {
			JsonNode root = json.readTree(body);
			for (JsonNode node : root.isArray() ? root : List.of(root)) {
				JsonNode id = node.get("processInstanceId");
				if (id != null && id.isTextual() && instances.size() < MAX_SUBJECTS) {
					instances.add(id.asText());
				}
			}
		}
		catch (IOException e) {
			// not JSON (a file download): the path named the case
		}
	}

	/** The cases' references: the business key of the instance or of the case that called it. */
	private Set<String> subjects(Set<String> instances) {
		Set<String> subjects = new LinkedHashSet<>();
		if (instances.isEmpty()) {
			return subjects;
		}
		Map<String, HistoricProcessInstance> byId = historyService.createHistoricProcessInstanceQuery()
			.processInstanceIds(instances)
			.list()
			.stream()
			.collect(Collectors.toMap(HistoricProcessInstance::getId, i -> i));
		for (String id : instances) {
			HistoricProcessInstance instance = byId.get(id);
			String key = instance == null ? null : instance.getBusinessKey();
			if (key == null && instance != null && instance.getRootProcessInstanceId() != null) {
				HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery()
					.processInstanceId(instance.getRootProcessInstanceId())
					.singleResult();
				key = root == null ? null : root.getBusinessKey();
			}
			subjects.add(key != null ? key : "process " + id);
		}
		return subjects;
	}

	/** Parameter names, and values only where they are engine IDs; a searched value is masked. */
	private static String parameters(HttpServletRequest request) {
		if (request.getParameterMap().isEmpty()) {
			return "";
		}
		return request.getParameterMap()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + (e.getKey().toLowerCase(Locale.ROOT).matches(".*(value|variables|like).*")
					? PersonalData.mask(String.join(",", e.getValue())) : String.join(",", e.getValue())))
			.collect(Collectors.joining("&", "?", ""));
	}

	/** The Basic user on /engine-rest (the call succeeded, so Camunda's filter accepted them), else the webapp's. */
	private static String actor(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
				return decoded.substring(0, Math.max(0, decoded.indexOf(':')));
			}
			catch (IllegalArgumentException notBase64) {
				return "unknown";
			}
		}
		HttpSession session = request.getSession(false);
		if (session != null && AuthenticationUtil.getAuthsFromSession(session)
			.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user) {
			return user.getName();
		}
		return "unknown";
	}

}
