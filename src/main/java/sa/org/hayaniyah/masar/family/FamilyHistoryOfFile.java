package sa.org.hayaniyah.masar.family;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A family's case notes and changes moved to the family kept when a supervisor merges two families (issue 20), and
 * moved back by the undo. Notes hang on the national ID; a change also names the file number. Nothing else of a note
 * or change is touched (its text, who wrote it and when stay as they were).
 */
@Component
public class FamilyHistoryOfFile {

	private final JdbcClient jdbc;

	FamilyHistoryOfFile(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves the notes of one national ID to another, in the caller's transaction; returns their ids. */
	public List<Long> moveNotes(String fromNationalId, String toNationalId) {
		List<Long> ids = ids("SELECT id FROM family_note WHERE national_id = ? ORDER BY id", fromNationalId);
		setNotes(ids, toNationalId);
		return ids;
	}

	public void restoreNotes(List<Long> ids, String nationalId) {
		setNotes(ids, nationalId);
	}

	/** Moves the changes of one family to the family kept (national ID and file number); returns their ids. */
	public List<Long> moveChanges(String fromNationalId, String toNationalId, String toFileNumber) {
		List<Long> ids = ids("SELECT id FROM family_change WHERE national_id = ? ORDER BY id", fromNationalId);
		setChanges(ids, toNationalId, toFileNumber);
		return ids;
	}

	public void restoreChanges(List<Long> ids, String nationalId, String fileNumber) {
		setChanges(ids, nationalId, fileNumber);
	}

	private List<Long> ids(String sql, String nationalId) {
		return jdbc.sql(sql).param(nationalId).query(Long.class).list();
	}

	private void setNotes(List<Long> ids, String nationalId) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE family_note SET national_id = :id WHERE id IN (:ids)").param("id", nationalId).param("ids", ids).update();
		}
	}

	private void setChanges(List<Long> ids, String nationalId, String fileNumber) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE family_change SET national_id = :id, file_number = :file WHERE id IN (:ids)")
				.param("id", nationalId)
				.param("file", fileNumber)
				.param("ids", ids)
				.update();
		}
	}

}
