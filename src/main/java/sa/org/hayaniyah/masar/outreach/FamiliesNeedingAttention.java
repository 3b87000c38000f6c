package sa.org.hayaniyah.masar.outreach;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds registered families who need attention now. Each finding carries a key naming what it is about (the
 * expiry date, the request, the last contact), so the same situation is one follow-up however often this runs,
 * and a new situation (a later expiry date, a new period without contact) is a new one.
 */
@Component
class FamiliesNeedingAttention {

	record Finding(long beneficiaryId, Reason reason, String reasonKey, Long requestId) {
	}

	private final JdbcClient jdbc;

	private final OutreachProperties properties;

	private final Clock clock;

	FamiliesNeedingAttention(JdbcClient jdbc, OutreachProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	List<Finding> find() {
		List<Finding> findings = new ArrayList<>();
		findings.addAll(expiringIds());
		findings.addAll(supportDueForRenewal());
		findings.addAll(noRecentContact());
		findings.addAll(approvedNotDelivered());
		return findings;
	}

	/** The national ID on the family's latest request expires within the window (or expired meanwhile). */
	private List<Finding> expiringIds() {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				SELECT b.id, r.id, r.id_expiry_date FROM beneficiary_file b
				JOIN request_summary r ON r.id = (SELECT MAX(l.id) FROM request_summary l
				  WHERE l.national_id = b.national_id AND l.id_expiry_date IS NOT NULL)
				WHERE r.id_expiry_date <= ?""")
			.param(Date.valueOf(today.plusDays(properties.idExpiryWindow().toDays())))
			.query((rs, i) -> new Finding(rs.getLong(1), Reason.ID_EXPIRING, rs.getDate(3).toLocalDate().toString(),
					rs.getLong(2)))
			.list();
	}

	/** The support last delivered to a family ends within the renewal window, and no request of theirs is open. */
	private List<Finding> supportDueForRenewal() {
		LocalDate renewFrom = LocalDate.now(clock)
			.plusDays(properties.renewalWindow().toDays())
			.minusDays(properties.supportPeriod().toDays());
		record Served(long beneficiaryId, long requestId, LocalDate deliveredOn) {
		}
		List<Served> served = jdbc.sql("""
				SELECT b.id, r.id, MAX(d.delivered_on) FROM beneficiary_file b
				JOIN request_summary r ON r.national_id = b.national_id AND r.status = 'SERVED'
				JOIN delivery_summary d ON d.request_id = r.id
				WHERE NOT EXISTS (SELECT 1 FROM request_summary o WHERE o.open_national_id = b.national_id)
				GROUP BY b.id, r.id""")
			.query((rs, i) -> new Served(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()))
			.list();
		return served.stream()
			.collect(Collectors.toMap(Served::beneficiaryId, Function.identity(),
					(a, b) -> a.deliveredOn().isAfter(b.deliveredOn()) ? a : b))
			.values()
			.stream()
			.filter(s -> !s.deliveredOn().isAfter(renewFrom))
			.map(s -> new Finding(s.beneficiaryId(), Reason.SUPPORT_RENEWAL, "request:" + s.requestId(), s.requestId()))
			.toList();
	}

	/**
	 * No contact with a family for the configured period: no request, delivery, message, inquiry or completed
	 * follow-up. Families with an open request are in contact already.
	 */
	private List<Finding> noRecentContact() {
		Instant before = clock.instant().minus(properties.noContactPeriod());
		return jdbc.sql("""
				SELECT b.id, b.registered_at,
				  (SELECT MAX(r.submitted_at) FROM request_summary r WHERE r.national_id = b.national_id),
				  (SELECT MAX(d.recorded_at) FROM delivery_summary d WHERE d.beneficiary_id = b.id),
				  (SELECT MAX(n.sent_at) FROM message_sent n JOIN request_summary r ON r.id = n.request_id
				    WHERE r.national_id = b.national_id),
				  (SELECT MAX(q.received_at) FROM inquiry_summary q WHERE q.national_id = b.national_id),
				  (SELECT MAX(f.completed_at) FROM outreach_follow_up f WHERE f.beneficiary_id = b.id)
				FROM beneficiary_file b
				WHERE b.anonymised_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM request_summary o WHERE o.open_national_id = b.national_id)""")
			.query((rs, i) -> {
				Instant last = Stream.of(rs.getTimestamp(2), rs.getTimestamp(3), rs.getTimestamp(4), rs.getTimestamp(5),
						rs.getTimestamp(6), rs.getTimestamp(7))
					.filter(Objects::nonNull)
					.map(Timestamp::toInstant)
					.max(Comparator.naturalOrder())
					.orElseThrow();
				return last.isBefore(before) ? new Finding(rs.getLong(1), Reason.NO_CONTACT,
						"since:" + last.atZone(clock.getZone()).toLocalDate(), null) : null;
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	/** The committee approved, the request is still open and nothing was delivered long after the decision. */
	private List<Finding> approvedNotDelivered() {
		return jdbc.sql("""
				SELECT b.id, r.id FROM request_summary r
				JOIN beneficiary_file b ON b.national_id = r.national_id
				WHERE r.status = 'OPEN'
				  AND EXISTS (SELECT 1 FROM committee_outcome c WHERE c.request_id = r.id AND c.outcome = 'APPROVED'
				    AND c.decided_at < ?)
				  AND NOT EXISTS (SELECT 1 FROM delivery_summary d WHERE d.request_id = r.id)""")
			.param(Timestamp.from(clock.instant().minus(properties.undeliveredAfter())))
			.query((rs, i) -> new Finding(rs.getLong(1), Reason.SERVICE_NOT_DELIVERED, "request:" + rs.getLong(2),
					rs.getLong(2)))
			.list();
	}

	static Map<Reason, Long> countByReason(List<Finding> findings) {
		return findings.stream().collect(Collectors.groupingBy(Finding::reason, Collectors.counting()));
	}

}
