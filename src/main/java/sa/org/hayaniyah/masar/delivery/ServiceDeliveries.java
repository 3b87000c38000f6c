package sa.org.hayaniyah.masar.delivery;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Services delivered to beneficiaries (R7): what, when, by whom.
 */
@Repository
public class ServiceDeliveries {

	public record Delivery(String fileNumber, String description, BigDecimal amount, LocalDate deliveredOn, String deliveredBy) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JdbcTemplate jdbcTemplate;

	ServiceDeliveries(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
	}

	void record(long requestId, Delivery delivery) {
		jdbc.sql("""
				INSERT INTO service_delivery (request_id, beneficiary_id, description, amount, delivered_on, delivered_by, recorded_at)
				SELECT ?, b.id, ?, ?, ?, ?, ? FROM beneficiary_file b WHERE b.file_number = ?""")
			.params(requestId, delivery.description(), delivery.amount(), Date.valueOf(delivery.deliveredOn()),
					delivery.deliveredBy(), Timestamp.from(clock.instant()), delivery.fileNumber())
			.update();
	}

	/** The last delivery of a family in the register kept before Masar (issue 20). */
	public record ImportedDelivery(long requestId, long beneficiaryId, String description, BigDecimal amount,
			LocalDate deliveredOn, String recordedBy) {
	}

	/** Inserts imported deliveries in JDBC batches, in the caller's transaction. */
	public void insertImported(List<ImportedDelivery> deliveries) {
		if (deliveries.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbcTemplate.batchUpdate("""
				INSERT INTO service_delivery (request_id, beneficiary_id, description, amount, delivered_on, delivered_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", deliveries, 1000, (ps, d) -> {
			ps.setLong(1, d.requestId());
			ps.setLong(2, d.beneficiaryId());
			ps.setString(3, d.description());
			ps.setBigDecimal(4, d.amount());
			ps.setDate(5, Date.valueOf(d.deliveredOn()));
			ps.setString(6, d.recordedBy());
			ps.setTimestamp(7, now);
		});
	}

	/** A merge of two files of one family (issue 20): the deliveries follow the file kept; returns their ids. */
	public List<Long> moveToFile(long fromBeneficiaryId, long toBeneficiaryId) {
		List<Long> ids = jdbc.sql("SELECT id FROM service_delivery WHERE beneficiary_id = ? ORDER BY id")
			.param(fromBeneficiaryId)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE service_delivery SET beneficiary_id = :to WHERE id IN (:ids)")
				.param("to", toBeneficiaryId)
				.param("ids", ids)
				.update();
		}
		return ids;
	}

	/** The merge's undo: these deliveries go back to their file. */
	public void restoreToFile(List<Long> ids, long beneficiaryId) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE service_delivery SET beneficiary_id = :to WHERE id IN (:ids)")
				.param("to", beneficiaryId)
				.param("ids", ids)
				.update();
		}
	}

	public List<Delivery> findByRequest(long requestId) {
		return jdbc.sql("""
				SELECT b.file_number, d.description, d.amount, d.delivered_on, d.delivered_by
				FROM service_delivery d JOIN beneficiary_file b ON b.id = d.beneficiary_id WHERE d.request_id = ? ORDER BY d.id""")
			.param(requestId)
			.query((rs, i) -> new Delivery(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getDate(4).toLocalDate(),
					rs.getString(5)))
			.list();
	}

}
