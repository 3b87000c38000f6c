package sa.org.hayaniyah.masar.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;

/**
 * The figures kept for supervisors hold no personal data: counts per day and channel, and per engine instance only a
 * stage and its times; listed so the inventory is whole. They stay when a family is anonymised (statistics).
 */
@Component
class DashboardPersonalData implements PersonalDataContributor {

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("dashboard_stage_time", "", "process_instance_id stage ended_at spent_ms"),
				Table.of("dashboard_decision_day", "", "on_day decided within_deadline"),
				Table.of("dashboard_channel_day", "", "on_day channel requests"),
				Table.of("dashboard_fill_pending", "", "name"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		return Map.of();
	}

	@Override
	public void anonymise(DataSubject subject) {
		// nothing personal to remove
	}

}
