package sa.org.hayaniyah.masar.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;

/**
 * PDPL retention for the domain tables: once a closed request is older than the retention period, its personal
 * data are removed and what stays is anonymous (channel, support type, status, dates, outcomes) for the statistics.
 * The engine's own history goes the same way through Camunda's history time to live and history cleanup.
 */
@Component
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final JdbcClient jdbc;

	private final RetentionProperties retention;

	private final AuditTrail audit;

	private final Clock clock;

	RetentionJob(JdbcClient jdbc, RetentionProperties retention, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.retention = retention;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${masar.retention.cron}")
	@Transactional
	public int apply() {
		Instant cutOff = clock.instant().minus(retention.closedRequestPeriod());
		List<Long> expired = jdbc.sql("""
				SELECT id FROM support_request
				WHERE status <> 'OPEN' AND anonymised_at IS NULL AND closed_at < ?""")
			.param(Timestamp.from(cutOff))
			.query(Long.class)
			.list();
		expired.forEach(this::anonymise);
		List<Long> inquiries = jdbc.sql("SELECT id FROM inquiry WHERE status = 'CLOSED' AND person_name <> '-' AND closed_at < ?")
			.param(Timestamp.from(cutOff))
			.query(Long.class)
			.list();
		inquiries.forEach(this::anonymiseInquiry);
		if (!expired.isEmpty() || !inquiries.isEmpty()) {
			log.info("Retention anonymised {} closed requests and {} closed inquiries", expired.size(), inquiries.size());
		}
		return expired.size() + inquiries.size();
	}

	/** An inquiry keeps its channel, kind and dates for the statistics; who asked, and what, goes. */
	private void anonymiseInquiry(long id) {
		String reference = jdbc.sql("SELECT reference_number FROM inquiry WHERE id = ?").param(id).query(String.class).single();
		jdbc.sql("""
				UPDATE inquiry SET person_name = '-', national_id = NULL, mobile = NULL, email = NULL, question = '-', answer = '-',
				  review_notes = NULL
				WHERE id = ?""")
			.param(id)
			.update();
		jdbc.sql("UPDATE survey SET answer_comment = NULL WHERE inquiry_id = ?").param(id).update();
		jdbc.sql("UPDATE notification SET recipient = '-', body = '-' WHERE reference_number = ?").param(reference).update();
		audit.record("system", AuditTrail.Action.ANONYMISE, reference, "retention period passed");
	}

	private void anonymise(long id) {
		String reference = jdbc.sql("SELECT reference_number FROM support_request WHERE id = ?").param(id).query(String.class).single();
		jdbc.sql("""
				UPDATE support_request SET national_id = ?, applicant_name = '-', mobile = '-', first_name = NULL, father_name = NULL,
				  grandfather_name = NULL, family_name = NULL, normalized_name = NULL, date_of_birth = NULL, id_expiry_date = NULL,
				  district = NULL, address = NULL, iban = NULL, monthly_income = NULL, received_by = NULL, anonymised_at = ?
				WHERE id = ?""")
			.params(String.format(Locale.ROOT, "X%09d", id % 1_000_000_000), Timestamp.from(clock.instant()), id)
			.update();
		jdbc.sql("DELETE FROM household_member WHERE request_id = ?").param(id).update();
		jdbc.sql("DELETE FROM submitted_document WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE applicant_declaration SET notes = NULL, witness = NULL WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE social_research SET findings = '-', visit_location = NULL WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE committee_vote SET reason = '-' WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE committee_decision SET reason = NULL WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE service_delivery SET description = '-' WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE notification SET recipient = '-', body = '-' WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE verification_result SET message = '-' WHERE request_id = ? AND outcome <> 'PASSED'").param(id).update();
		jdbc.sql("UPDATE survey SET answer_comment = NULL WHERE request_id = ?").param(id).update();
		jdbc.sql("UPDATE service_recovery SET action_taken = '-' WHERE survey_id IN (SELECT id FROM survey WHERE request_id = ?)")
			.param(id)
			.update();
		audit.record("system", AuditTrail.Action.ANONYMISE, reference, "retention period passed");
	}

}
