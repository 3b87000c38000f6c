package sa.org.hayaniyah.masar.delivery;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

	ServiceDeliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
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
