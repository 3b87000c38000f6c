package sa.org.hayaniyah.masar.referral;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.INQUIRY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;

/** Referrals record a reason code only; listed so the inventory is whole and the export shows them. */
@Component
class ReferralPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	ReferralPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("referral", "", "id request_id inquiry_id reason_code referred_by referred_at"),
				Table.of("referral_reason", "", "code label active created_by created_at"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("referral", Stream.concat(
				PersonalRows.select(jdbc, "SELECT * FROM referral WHERE request_id IN (:ids)", subject.get(REQUEST)).stream(),
				PersonalRows.select(jdbc, "SELECT * FROM referral WHERE inquiry_id IN (:ids)", subject.get(INQUIRY)).stream())
			.distinct()
			.toList());
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		// nothing personal to remove
	}

}
