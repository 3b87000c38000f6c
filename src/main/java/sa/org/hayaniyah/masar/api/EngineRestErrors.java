package sa.org.hayaniyah.masar.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * The engine REST API's answer to a user's mistake: Masar's validation failing inside an engine command (a start
 * form's delegate, a task's complete listener), or a query value the engine cannot use, is a 400 with the contract the
 * Tasklist helper shows at the field:
 * {@code {"type":"InvalidInputException","message":"<Arabic ؛ Arabic>","violations":[{field, arabic, english}]}}.
 * Everything else goes to Camunda's own handling unchanged.
 */
final class EngineRestErrors {

	/** Engine messages that mean "this query value cannot be used", a mistake of the caller. */
	private static final List<String> QUERY_MISTAKES = List.of("cannot be used to query", "cannot be used in",
			"Booleans and null cannot be used", "Object values cannot be used");

	private EngineRestErrors() {
	}

	/** Masar's validation failed inside an engine command (the engine may have wrapped it). */
	@Priority(1)
	public static final class ForProcessEngine implements ExceptionMapper<ProcessEngineException> {

		@Override
		public Response toResponse(ProcessEngineException e) {
			return answer(e);
		}

	}

	/** Camunda's resources wrap what the engine threw (start, complete) into a RestException. */
	@Priority(1)
	public static final class ForRest implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException e) {
			return answer(e);
		}

	}

	/** A module's repository, called from a delegate or listener inside an engine command, lost the database. */
	@Priority(1)
	public static final class ForDataAccess implements ExceptionMapper<DataAccessException> {

		@Override
		public Response toResponse(DataAccessException e) {
			return answer(e);
		}

	}

	/** An engine command whose Spring transaction could not even begin (no connection within the pool's wait). */
	@Priority(1)
	public static final class ForTransaction implements ExceptionMapper<TransactionException> {

		@Override
		public Response toResponse(TransactionException e) {
			return answer(e);
		}

	}

	static Response answer(Throwable e) {
		if (DatabaseUnavailable.in(e)) {
			return arabic(Response.Status.SERVICE_UNAVAILABLE, "DatabaseUnavailable", DatabaseUnavailable.ARABIC)
				.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
				.build();
		}
		Response conflict = conflict(e);
		if (conflict != null) {
			return conflict;
		}
		if (taskGone(e)) {
			// claimed, completed or cancelled meanwhile, or never there: AlreadyDone tells a completion's retry which
			return arabic(Response.Status.NOT_FOUND, "TaskNotFound", AlreadyDone.NOT_FOUND).build();
		}
		InvalidInputException invalid = InvalidInputException.in(e);
		if (invalid == null) {
			invalid = queryMistake(e);
		}
		if (invalid != null) {
			return badRequest(invalid);
		}
		Response engine = ExceptionHandlerHelper.getInstance().getResponse(e);
		if (engine.getEntity() instanceof AuthorizationExceptionDto refusal && !arabicWording(refusal.getMessage())) {
			// another role's task or record: Camunda's message is English. Its other fields stay: Tasklist and Cockpit
			// build their own Arabic text from resourceId, permissionName and missingAuthorizations
			refusal.setMessage(NOT_YOURS);
		}
		return engine;
	}

	static final String NOT_YOURS = "ليست لديك صلاحية على هذه المهمة أو هذا السجل.";

	/** A refusal Masar words itself (in Arabic) keeps its words. */
	private static boolean arabicWording(String message) {
		return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
	}

	static Response badRequest(InvalidInputException invalid) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "InvalidInputException");
		body.put("message", invalid.arabicMessage());
		List<Map<String, String>> violations = new ArrayList<>();
		for (Violation v : invalid.violations()) {
			Map<String, String> violation = new LinkedHashMap<>();
			violation.put("field", v.field());
			violation.put("arabic", v.arabic());
			violation.put("english", v.english());
			violations.add(violation);
		}
		body.put("violations", violations);
		return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
	}

	/**
	 * Two people on the same task: a claim of a task someone else holds, or a change that lost the race with a
	 * colleague's. The user reloads and carries on; nothing is wrong with the server (Camunda answers 500).
	 */
	private static Response conflict(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TaskAlreadyClaimedException) {
				return conflict("TaskAlreadyClaimedException", "استلم هذه المهمة موظف آخر قبلك؛ حدّث القائمة واختر مهمة أخرى.");
			}
			if (t instanceof OptimisticLockingException) {
				return conflict("OptimisticLockingException", "عدّل موظف آخر هذا الطلب في اللحظة نفسها؛ حدّث الصفحة وأعد المحاولة.");
			}
		}
		return null;
	}

	/** The engine's "Cannot find task with id ..." (a NullValueException, which would read as a query mistake). */
	static boolean taskGone(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().startsWith("Cannot find task with id")) {
				return true;
			}
		}
		return false;
	}

	private static Response conflict(String type, String arabic) {
		return arabic(Response.Status.CONFLICT, type, arabic).build();
	}

	private static Response.ResponseBuilder arabic(Response.Status status, String type, String arabic) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", arabic);
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body);
	}

	private static InvalidInputException queryMistake(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof BadUserRequestException mistake && mistake.getMessage() != null) {
				// the engine's or a module's "user error" (a second open request, say): its Arabic half, when it has one
				String message = mistake.getMessage();
				int slash = message.indexOf(" / ");
				return InvalidInputException.of("request", slash > 0 ? message.substring(0, slash) : "الطلب غير صحيح",
						bounded(slash > 0 ? message.substring(slash + 3) : message));
			}
			if (t instanceof PropertyNotFoundException missing) {
				// a step's expression (a gateway's condition) reads a field the submission left out: the form always sends
				// it, a hand-made API call may not
				return InvalidInputException.of("variables", "لم يُرسل حقل تحتاجه هذه الخطوة؛ أكمل النموذج وأعد الإرسال",
						"a field this step needs was not sent: " + bounded(missing.getMessage()));
			}
			if (t instanceof ClassCastException) {
				return InvalidInputException.of("variables", "نوع قيمة أحد الحقول غير صحيح",
						"a value has the wrong type for this step");
			}
			if (t instanceof NullValueException || t instanceof ProcessEngineException pe && pe.getMessage() != null
					&& QUERY_MISTAKES.stream().anyMatch(pe.getMessage()::contains)) {
				return InvalidInputException.of("query", "قيمة غير صالحة في شروط البحث",
						"a query value cannot be used: " + bounded(t.getMessage()));
			}
		}
		return null;
	}

	private static String bounded(String message) {
		return message == null ? "" : message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

}
