package sa.org.hayaniyah.masar.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.notification.Notifications;

/**
 * One-time codes sent by SMS: six digits, kept only as an HMAC of the code and its row's random id, valid for
 * {@code codeValidFor}, at most {@code maxAttempts} tries, used once. A code asked for a reference and national ID that
 * do not belong together gets a row like any other but no SMS, and no code ever matches it: the page cannot tell a wrong
 * reference from a wrong ID. A confirmed tracking code opens a session whose token is kept only as a hash.
 */
@Service
class PortalCodes {

	private static final Logger log = LoggerFactory.getLogger(PortalCodes.class);

	static final String WRONG_CODE = "رمز التحقق غير صحيح";

	static final String EXPIRED = "انتهت صلاحية رمز التحقق أو استُخدم، اطلب رمزًا جديدًا";

	static final String TOO_MANY = "تجاوزت عدد المحاولات المسموح لهذا الرمز، اطلب رمزًا جديدًا";

	enum Purpose {

		APPLY("تأكيد طلب الدعم والإقرار"), TRACK("متابعة طلبكم");

		final String label;

		Purpose(String label) {
			this.label = label;
		}

	}

	/** A code's row as the API needs it once the code matched. */
	record Confirmed(String id, Purpose purpose, String nationalId, String reference, String payload, String session) {
	}

	/** A tracking session: the request it shows. */
	record Session(String codeId, String nationalId, String reference) {
	}

	/** The code was wrong, expired, or tried too often: 400 or 429, with the tries left. */
	static final class Refused extends InvalidInputException {

		final boolean tooMany;

		Refused(String arabic, String english, boolean tooMany) {
			super(java.util.List.of(new Violation("code", arabic, english)));
			this.tooMany = tooMany;
		}

	}

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final PortalProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final byte[] secret;

	PortalCodes(JdbcClient jdbc, Notifications notifications, PortalProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
		if (properties.codeSecret() == null || properties.codeSecret().isBlank()) {
			log.warn("masar.portal.code-secret is not set: a random key for this start (set it when several nodes serve the portal)");
			this.secret = new byte[32];
			random.nextBytes(secret);
		}
		else {
			this.secret = properties.codeSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/**
	 * A new code for {@code purpose}; sent to {@code mobile} unless it is null (nothing matched: the row is a decoy).
	 * Returns the row's id, which the page sends back with the code.
	 */
	String issue(Purpose purpose, String nationalId, String reference, String mobile, String payload) {
		purgeExpired();
		String id = token(24);
		String code = String.format("%06d", random.nextInt(1_000_000));
		String portalReference = "HY-P-" + id.substring(0, 8).toUpperCase().replaceAll("[^A-Z0-9]", "X");
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO portal_code (id, purpose, portal_reference, national_id, reference_number, mobile, code_hash, payload,
				  attempts, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(id, purpose.name(), portalReference, nationalId, reference, mobile,
					mobile == null ? hmac(id + ":decoy:" + token(16)) : hmac(id + ":" + code), payload, Timestamp.from(now),
					Timestamp.from(now.plus(properties.codeValidFor())))
			.update();
		if (mobile != null) {
			notifications.enqueueCode(portalReference, "portal-code:" + id, mobile, code, purpose.label);
		}
		return id;
	}

	/**
	 * Checks {@code code} against the row {@code id}; each try counts, in its own statement, whatever happens next.
	 * A tracking code opens a session.
	 */
	Confirmed confirm(String id, String code, Purpose purpose) {
		if (id == null || id.length() > 40 || code == null) {
			throw new Refused(EXPIRED, "unknown or expired code", false);
		}
		Timestamp now = Timestamp.from(clock.instant());
		int counted = jdbc.sql("""
				UPDATE portal_code SET attempts = attempts + 1
				WHERE id = ? AND purpose = ? AND confirmed_at IS NULL AND expires_at > ? AND attempts < ?""")
			.params(id, purpose.name(), now, properties.maxAttempts())
			.update();
		Optional<Row> row = jdbc.sql("SELECT * FROM portal_code WHERE id = ? AND purpose = ?")
			.params(id, purpose.name())
			.query((rs, i) -> new Row(rs.getString("national_id"), rs.getString("reference_number"), rs.getString("code_hash"),
					rs.getString("payload"), rs.getInt("attempts"), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("confirmed_at") != null))
			.optional();
		if (row.isEmpty() || row.get().confirmed() || !row.get().expiresAt().isAfter(now.toInstant())) {
			throw new Refused(EXPIRED, "unknown, used or expired code", false);
		}
		if (counted == 0) {
			throw new Refused(TOO_MANY, "too many attempts for this code", true);
		}
		String typed = code.strip();
		if (!typed.matches("[0-9]{6}") || !MessageDigest.isEqual(hmac(id + ":" + typed).getBytes(StandardCharsets.UTF_8),
				row.get().codeHash().getBytes(StandardCharsets.UTF_8))) {
			int left = properties.maxAttempts() - row.get().attempts();
			if (left <= 0) {
				throw new Refused(TOO_MANY, "too many attempts for this code", true);
			}
			throw new Refused(WRONG_CODE + "، المحاولات المتبقية: " + left, "wrong code; " + left + " attempts left", false);
		}
		String session = null;
		if (purpose == Purpose.TRACK) {
			session = token(32);
			jdbc.sql("UPDATE portal_code SET confirmed_at = ?, session_hash = ?, session_expires_at = ?, payload = NULL WHERE id = ?")
				.params(now, sha256(session), Timestamp.from(now.toInstant().plus(properties.sessionValidFor())), id)
				.update();
		}
		return new Confirmed(id, purpose, row.get().nationalId(), row.get().reference(), row.get().payload(), session);
	}

	/** Marks an application's code used; false when another call used it first (a double click). */
	boolean use(String id) {
		return jdbc.sql("UPDATE portal_code SET confirmed_at = ?, payload = NULL WHERE id = ? AND confirmed_at IS NULL")
			.params(Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	/** The tracking session of {@code token}, while it lasts. */
	Optional<Session> session(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT id, national_id, reference_number FROM portal_code
				WHERE session_hash = ? AND purpose = 'TRACK' AND session_expires_at > ?""")
			.params(sha256(token), Timestamp.from(clock.instant()))
			.query((rs, i) -> new Session(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** Expired codes and sessions go, with an unconfirmed application's form and documents. */
	void purgeExpired() {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				DELETE FROM portal_upload WHERE code_id IN (SELECT id FROM portal_code
				  WHERE expires_at <= ? AND (session_expires_at IS NULL OR session_expires_at <= ?))""")
			.params(now, now)
			.update();
		jdbc.sql("DELETE FROM portal_code WHERE expires_at <= ? AND (session_expires_at IS NULL OR session_expires_at <= ?)")
			.params(now, now)
			.update();
	}

	private record Row(String nationalId, String reference, String codeHash, String payload, int attempts, Instant expiresAt,
			boolean confirmed) {
	}

	private String token(int bytes) {
		byte[] b = new byte[bytes];
		random.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	private String hmac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
