package sa.org.hayaniyah.masar.delivery;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.BENEFICIARY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;

/** Services delivered: the last one starts the beneficiary file's retention period. */
@Component
class DeliveryPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	DeliveryPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("service_delivery", "description",
				"id request_id beneficiary_id amount delivered_on delivered_by recorded_at"))
			.variables("serviceDescription", "serviceAmount deliveredOn");
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		List<Map<String, Object>> rows = Stream.concat(
				PersonalRows.select(jdbc, "SELECT * FROM service_delivery WHERE request_id IN (:ids)", subject.get(REQUEST)).stream(),
				PersonalRows.select(jdbc, "SELECT * FROM service_delivery WHERE beneficiary_id IN (:ids)", subject.get(BENEFICIARY))
					.stream())
			.distinct()
			.toList();
		export.put("service_delivery", rows);
		return export;
	}

	/** An anonymised request's delivery no longer points at the file, which may still be open. */
	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "UPDATE service_delivery SET description = '-', beneficiary_id = NULL WHERE request_id IN (:ids)",
				subject.get(REQUEST));
		PersonalRows.update(jdbc, "UPDATE service_delivery SET description = '-' WHERE beneficiary_id IN (:ids)",
				subject.get(BENEFICIARY));
	}

	@Override
	public Optional<Instant> lastActivity(DataSubject subject) {
		return PersonalRows.latest(jdbc,
				"SELECT MAX(CAST(delivered_on AS TIMESTAMP)) FROM service_delivery WHERE beneficiary_id IN (:ids)",
				subject.get(BENEFICIARY));
	}

}
