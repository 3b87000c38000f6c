package sa.org.hayaniyah.masar.tasklist;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;

/**
 * The group counters hold no personal data (a set of group names and a number); listed so the inventory is whole on
 * PostgreSQL, the only database that has them (V38 is PostgreSQL's own).
 */
@Component
class TasklistPersonalData implements PersonalDataContributor {

	private final boolean postgres;

	TasklistPersonalData(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
	}

	@Override
	public PersonalDataInventory inventory() {
		return postgres ? PersonalDataInventory.of(Table.of("task_group_count", "", "candidate_groups slot tasks"))
				: PersonalDataInventory.of();
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
