package sa.org.hayaniyah.masar.survey;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.INQUIRY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.PROCESS_INSTANCE;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.SURVEY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;

/** Surveys of a request or an inquiry, and the service recovery a low score or a complaint opened. */
@Component
class SurveyPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	SurveyPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("survey", "answer_comment", """
				id token subject service channel reference_number request_id inquiry_id sent_at status answered_at overall speed
				courtesy clarity fairness recorded_by recorded_how closed_at process_instance_id"""),
				Table.of("service_recovery", "action_taken", "id survey_id reason opened_at handled_by called_back closed_at"))
			.variables("surveyComment recoveryAction", "surveyOverall recoveryReasonText calledBack surveyId");
	}

	@Override
	public void identify(DataSubject subject) {
		subject.add(SURVEY, PersonalRows.list(jdbc, "SELECT id FROM survey WHERE request_id IN (:ids)", subject.get(REQUEST), Long.class));
		subject.add(SURVEY, PersonalRows.list(jdbc, "SELECT id FROM survey WHERE inquiry_id IN (:ids)", subject.get(INQUIRY), Long.class));
		subject.add(PROCESS_INSTANCE, PersonalRows.list(jdbc, "SELECT process_instance_id FROM survey WHERE id IN (:ids)",
				subject.get(SURVEY), String.class));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("survey", PersonalRows.select(jdbc, "SELECT * FROM survey WHERE id IN (:ids) ORDER BY id", subject.get(SURVEY)));
		export.put("service_recovery", PersonalRows.select(jdbc,
				"SELECT * FROM service_recovery WHERE survey_id IN (:ids) ORDER BY id", subject.get(SURVEY)));
		return export;
	}

	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, "UPDATE survey SET answer_comment = NULL WHERE id IN (:ids)", subject.get(SURVEY));
		PersonalRows.update(jdbc, "UPDATE service_recovery SET action_taken = '-' WHERE survey_id IN (:ids)", subject.get(SURVEY));
	}

	@Override
	public boolean open(DataSubject subject) {
		return !PersonalRows.list(jdbc, "SELECT id FROM service_recovery WHERE survey_id IN (:ids) AND closed_at IS NULL",
				subject.get(SURVEY), Long.class).isEmpty();
	}

}
