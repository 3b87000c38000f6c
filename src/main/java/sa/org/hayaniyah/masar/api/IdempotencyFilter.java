package sa.org.hayaniyah.masar.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sa.org.hayaniyah.masar.api.IdempotentRequests.Stored;
import sa.org.hayaniyah.masar.common.ReplayedBodyRequest;

/**
 * Nothing sent twice (issue 21): a start or a task completion sent with an {@code Idempotency-Key} header runs in one
 * database transaction that first records the key, so the key and the request's effect are committed together or not
 * at all. The engine joins that transaction (Camunda's Spring integration uses PROPAGATION_REQUIRED), and so do the
 * modules' repositories. The answer is buffered: a success is stored with the key and sent only after the commit; an
 * error rolls everything back, so a retry may try again. A retry of a committed call gets the stored answer with
 * {@code Idempotent-Replayed: true}; the same key for another request is a 422; a retry while the first call still
 * runs waits for it briefly ({@code wait-for-first}), then is a 409.
 * <p>
 * Keys are per caller: the employee, or for the public's anonymous calls the key alone (which must then also match
 * the request's exact body to replay anything, so a guessed key reveals nothing).
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	/** Long enough for a UUID or any random token, short and plain enough for a database key and a log line. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{16,128}");

	/** Starts and completions on the engine REST API (by definition id, key, or key and tenant; any engine name). */
	private static final Pattern ENGINE = Pattern.compile("/engine-rest(?:/engine/[^/]+)?/(?:process-definition/"
			+ "(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:start|submit-form)|task/[^/]+/(?:complete|submit-form))");

	private static final List<String> PUBLIC = List.of("/api/online-requests", "/api/inquiries");

	/** A stored answer larger than this (a completion returning all its variables) is replayed as "already done". */
	private static final int STORED_BODY_LIMIT = 256 * 1024;

	private final IdempotentRequests requests;

	private final PlatformTransactionManager transactions;

	private final IdentityService identityService;

	private final RateLimitProperties limits;

	IdempotencyFilter(IdempotentRequests requests, PlatformTransactionManager transactions, IdentityService identityService,
			RateLimitProperties limits) {
		this.requests = requests;
		this.transactions = transactions;
		this.identityService = identityService;
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !PUBLIC.contains(path) && !ENGINE.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> keys = Collections.list(request.getHeaders(HEADER));
		String key = keys.get(0);
		if (keys.size() != 1 || !KEY.matcher(key).matches()) {
			ServletAnswers.write(request, response, HttpStatus.BAD_REQUEST, "InvalidIdempotencyKey",
					"Idempotency-Key must be one value of 16 to 128 characters: letters A-Z a-z, digits, . _ : -",
					"مفتاح منع التكرار (Idempotency-Key) غير صالح: قيمة واحدة من 16 إلى 128 حرفًا من الحروف اللاتينية والأرقام و . _ : - فقط.");
			return;
		}
		long limit = PUBLIC.contains(request.getRequestURI().substring(request.getContextPath().length()))
				? limits.publicBodyLimit().toBytes() : EngineRestEdge.MAX_JSON;
		byte[] body;
		try {
			body = request.getInputStream().readNBytes((int) limit + 1);
		}
		catch (BodyLimit.TooLarge chunkedPastEdgeFiltersLimit) {
			body = new byte[(int) limit + 1];
		}
		if (body.length > limit) {
			ServletAnswers.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "InvalidInputException",
					"the body is larger than " + limit + " bytes", "حجم الطلب أكبر من المسموح");
			return;
		}
		String caller = Optional.ofNullable(identityService.getCurrentAuthentication())
			.map(Authentication::getUserId)
			.orElse("");
		String fingerprint = fingerprint(request, body);
		// a retry of a call that went through: answered without a transaction
		Optional<Stored> earlier = requests.find(caller, key);
		if (earlier.isPresent()) {
			replay(request, response, earlier.get(), fingerprint);
			return;
		}
		TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
		try {
			requests.claim(caller, key, fingerprint);
		}
		catch (DuplicateKeyException committedMeanwhile) {
			rollback(transaction);
			Optional<Stored> first = requests.find(caller, key);
			if (first.isPresent()) {
				replay(request, response, first.get(), fingerprint);
			}
			else {
				stillRunning(request, response);
			}
			return;
		}
		catch (PessimisticLockingFailureException | QueryTimeoutException firstStillRunning) {
			// PostgreSQL's lock_timeout, H2's lock timeout
			rollback(transaction);
			stillRunning(request, response);
			return;
		}
		catch (RuntimeException e) {
			rollback(transaction);
			throw e;
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(new ReplayedBodyRequest(request, body), buffered);
			if (!HttpStatus.valueOf(buffered.getStatus()).is2xxSuccessful()) {
				// the engine or a module refused: nothing of it is kept, the key neither, so a retry may try again
				rollback(transaction);
			}
			else if (transaction.isRollbackOnly()) {
				// a success answer over work that cannot be committed is no success
				rollback(transaction);
				response.reset();
				ServletAnswers.write(request, response, HttpStatus.CONFLICT, "NotSaved",
						"The request was not saved; send it again", "لم تُحفظ العملية؛ أعد إرسالها.");
				return;
			}
			else {
				byte[] content = buffered.getContentAsByteArray();
				requests.answer(caller, key, buffered.getStatus(), buffered.getContentType(),
						buffered.getHeader(HttpHeaders.LOCATION), content.length > STORED_BODY_LIMIT ? null : content);
				// a failing commit propagates before anything was sent: DatabaseUnavailableFilter answers 503
				transactions.commit(transaction);
			}
		}
		finally {
			if (!transaction.isCompleted()) {
				rollback(transaction);
			}
		}
		buffered.copyBodyToResponse();
	}

	private void replay(HttpServletRequest request, HttpServletResponse response, Stored first, String fingerprint)
			throws IOException {
		if (!first.fingerprint().equals(fingerprint)) {
			ServletAnswers.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "IdempotencyKeyReused",
					"This Idempotency-Key was used for a different request; use a new key for each new request",
					"استُخدم مفتاح منع التكرار هذا لطلب مختلف؛ استخدم مفتاحًا جديدًا لكل طلب جديد.");
			return;
		}
		response.setHeader(REPLAYED, "true");
		if (first.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, first.location());
		}
		if (first.body() == null || first.body().length == 0) {
			// a completion answers 204 without a body: its retry is told in words that it is already done
			Map<String, Object> done = new LinkedHashMap<>();
			done.put("type", "AlreadyDone");
			done.put("message", "نُفّذ هذا الطلب من قبل؛ لا حاجة لإعادة إرساله.");
			response.setStatus(HttpStatus.OK.value());
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().write(ServletAnswers.JSON.writeValueAsBytes(done));
			return;
		}
		response.setStatus(first.status());
		if (first.contentType() != null) {
			response.setContentType(first.contentType());
		}
		response.getOutputStream().write(first.body());
	}

	private static void stillRunning(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ServletAnswers.write(request, response, HttpStatus.CONFLICT, "IdempotencyKeyInUse",
				"A request with this Idempotency-Key is still running; try again shortly",
				"ما زال الطلب الأول بهذا المفتاح قيد التنفيذ؛ انتظر قليلًا ثم أعد المحاولة.");
	}

	private void rollback(TransactionStatus transaction) {
		try {
			transactions.rollback(transaction);
		}
		catch (TransactionException e) {
			// the connection is gone (an outage): the server has rolled back already
			log.debug("Rollback failed: {}", e.getMessage());
		}
	}

	private static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
				.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
