package sa.org.hayaniyah.masar.api;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;

/**
 * The answers kept for Idempotency-Key retries may repeat what a start returned (a reference, a process instance), so
 * they are classed personal; they live 24 hours ({@code masar.idempotency.keep}), far inside every retention period,
 * and are tied to no one, so there is nothing to export or anonymise by person. The caller is an employee's user id.
 */
@Component
class ApiPersonalData implements PersonalDataContributor {

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("idempotent_request", "body location",
				"caller idempotency_key fingerprint created_at status content_type"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		return Map.of();
	}

	@Override
	public void anonymise(DataSubject subject) {
		// purged by IdempotentRequests a day after they were kept
	}

}
