package sa.org.hayaniyah.masar.outreach;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.BENEFICIARY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;

/** Follow-ups of a beneficiary file: what a visit or call found. */
@Component
class OutreachPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	OutreachPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("outreach_follow_up", "outcome", """
				id beneficiary_id reason reason_key action request_id found_by found_at status renewal_reference completed_by
				completed_at"""))
			.variables("visitFindings", "followUpReasonText");
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("outreach_follow_up", PersonalRows.select(jdbc,
				"SELECT * FROM outreach_follow_up WHERE beneficiary_id IN (:ids) ORDER BY id", subject.get(BENEFICIARY)));
		return export;
	}

	/** An anonymised request is cut from the follow-ups of a file still kept; an anonymised file's findings go. */
	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "UPDATE outreach_follow_up SET request_id = NULL WHERE request_id IN (:ids)", subject.get(REQUEST));
		PersonalRows.update(jdbc, "UPDATE outreach_follow_up SET outcome = NULL, renewal_reference = NULL WHERE beneficiary_id IN (:ids)",
				subject.get(BENEFICIARY));
	}

	@Override
	public Optional<Instant> lastActivity(DataSubject subject) {
		return PersonalRows.latest(jdbc, "SELECT MAX(COALESCE(completed_at, found_at)) FROM outreach_follow_up WHERE beneficiary_id IN (:ids)",
				subject.get(BENEFICIARY));
	}

}
