package sa.org.hayaniyah.masar.inquiry;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.BENEFICIARY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.INQUIRY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.NATIONAL_ID;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.PROCESS_INSTANCE;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REQUEST;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.privacy.Correction;
import sa.org.hayaniyah.masar.privacy.DataSubject;
import sa.org.hayaniyah.masar.privacy.PersonalDataContributor;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory;
import sa.org.hayaniyah.masar.privacy.PersonalDataInventory.Table;
import sa.org.hayaniyah.masar.privacy.PersonalRows;
import sa.org.hayaniyah.masar.privacy.RetentionCutoffs;

/** Inquiries and complaints; the answer library holds the association's own texts. */
@Component
class InquiryPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	InquiryPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonalDataInventory inventory() {
		return PersonalDataInventory.of(Table.of("inquiry", "question person_name national_id mobile email answer review_notes", """
				id reference_number channel kind preferred_channel request_id beneficiary_id received_by received_at due_at routed_to
				answer_id answered_by answered_at escalated_at reviewed_by reviewed_at status closed_at process_instance_id"""),
				Table.of("standard_answer", "", "id kind question answer created_by created_at times_used active"))
			.variables("question personName answer reviewNotes", """
					inquiryKind inquiryKindText answerDueText standardAnswerId saveToLibrary libraryQuestion referToResearch
					referralReason""");
	}

	@Override
	public void identify(DataSubject subject) {
		subject.add(INQUIRY, PersonalRows.list(jdbc, "SELECT id FROM inquiry WHERE national_id IN (:ids)", subject.get(NATIONAL_ID),
				Long.class));
		subject.add(INQUIRY, PersonalRows.list(jdbc, "SELECT id FROM inquiry WHERE beneficiary_id IN (:ids)",
				subject.get(BENEFICIARY), Long.class));
		PersonalRows.select(jdbc, "SELECT reference_number, process_instance_id FROM inquiry WHERE id IN (:ids)", subject.get(INQUIRY))
			.forEach(r -> subject.add(REFERENCE, r.get("reference_number")).add(PROCESS_INSTANCE, r.get("process_instance_id")));
	}

	@Override
	public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		export.put("inquiry", PersonalRows.select(jdbc, "SELECT * FROM inquiry WHERE id IN (:ids) ORDER BY id", subject.get(INQUIRY)));
		return export;
	}

	/** An inquiry keeps its channel, kind and dates for the statistics; who asked, what, and about which file goes. */
	@Override
	public void anonymise(DataSubject subject) {
		PersonalRows.update(jdbc, """
				UPDATE inquiry SET person_name = '-', national_id = NULL, mobile = NULL, email = NULL, question = '-', answer = '-',
				  review_notes = NULL, request_id = NULL, beneficiary_id = NULL
				WHERE id IN (:ids)""", subject.get(INQUIRY));
		PersonalRows.update(jdbc, "UPDATE inquiry SET request_id = NULL WHERE request_id IN (:ids)", subject.get(REQUEST));
		PersonalRows.update(jdbc, "UPDATE inquiry SET beneficiary_id = NULL WHERE beneficiary_id IN (:ids)", subject.get(BENEFICIARY));
	}

	/** How to reach the person who asked, on inquiries not yet anonymised. */
	@Override
	public int correct(DataSubject subject, Correction correction) {
		if (!java.util.Set.of("mobile", "email").contains(correction.column()) || subject.get(INQUIRY).isEmpty()) {
			return 0;
		}
		return jdbc.sql("UPDATE inquiry SET " + correction.column() + " = :value WHERE id IN (:ids) AND person_name <> '-'")
			.param("value", correction.columnValue())
			.param("ids", subject.get(INQUIRY))
			.update();
	}

	@Override
	public List<DataSubject> expired(RetentionCutoffs cutoffs) {
		return jdbc.sql("SELECT id FROM inquiry WHERE status = 'CLOSED' AND person_name <> '-' AND closed_at < ?")
			.param(Timestamp.from(cutoffs.closedRecords()))
			.query(Long.class)
			.list()
			.stream()
			.map(id -> DataSubject.of(INQUIRY, id))
			.toList();
	}

	@Override
	public boolean open(DataSubject subject) {
		return !PersonalRows.list(jdbc, "SELECT id FROM inquiry WHERE id IN (:ids) AND status <> 'CLOSED'", subject.get(INQUIRY),
				Long.class).isEmpty();
	}

	@Override
	public Optional<Instant> lastActivity(DataSubject subject) {
		return PersonalRows.latest(jdbc, "SELECT MAX(COALESCE(closed_at, received_at)) FROM inquiry WHERE id IN (:ids)",
				subject.get(INQUIRY));
	}

}
