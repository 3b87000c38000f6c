package sa.org.hayaniyah.masar.registration;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.SequenceGenerator;

/**
 * Beneficiary files kept in the register before Masar (issue 20): the family keeps its file number, and the file
 * number sequence is moved past the highest imported one so a family registered later never gets a number already
 * taken. Written in JDBC batches in the caller's transaction.
 */
@Component
public class ImportedFiles {

	/** The file numbers Masar gives, HY-F- and six digits or more. */
	public static final Pattern FILE_NUMBER = Pattern.compile("HY-F-(\\d{1,12})");

	public record ImportedFile(String fileNumber, String nationalId, String fullName, String mobile, Instant registeredAt,
			long firstRequestId, String firstName, String fatherName, String grandfatherName, String familyName,
			String normalizedName, LocalDate dateOfBirth, String nationality, String city, String district,
			String address) {
	}

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final SequenceGenerator sequences;

	ImportedFiles(JdbcTemplate jdbcTemplate, JdbcClient jdbc, SequenceGenerator sequences) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.sequences = sequences;
	}

	/**
	 * A merge of two files of one family (issue 20): the merged file stays, pointing at the file kept, and leaves the
	 * published view; the undo clears the pointer. Returns false when the file was merged already (or is unknown).
	 */
	public boolean markMerged(long mergedId, long keptId) {
		return jdbc.sql("UPDATE beneficiary SET merged_into = ? WHERE id = ? AND merged_into IS NULL AND id <> ?")
			.params(keptId, mergedId, keptId)
			.update() == 1;
	}

	public boolean unmarkMerged(long mergedId, long keptId) {
		return jdbc.sql("UPDATE beneficiary SET merged_into = NULL WHERE id = ? AND merged_into = ?")
			.params(mergedId, keptId)
			.update() == 1;
	}

	/** The number's canonical form (HY-F-000123), or null when it is not a file number. */
	public static String canonical(String fileNumber) {
		Matcher m = FILE_NUMBER.matcher(fileNumber);
		if (!m.matches()) {
			return null;
		}
		long n = Long.parseLong(m.group(1));
		String formatted = String.format(java.util.Locale.ROOT, "HY-F-%06d", n);
		return n == 0 || formatted.length() > 20 ? null : formatted;
	}

	/** Inserts the files; returns each national ID's beneficiary id. Moves the number sequence past them. */
	public Map<String, Long> insert(List<ImportedFile> files) {
		if (files.isEmpty()) {
			return Map.of();
		}
		jdbcTemplate.batchUpdate("""
				INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id, first_name,
				  father_name, grandfather_name, family_name, normalized_name, date_of_birth, nationality, city, district, address)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", files, 1000, (ps, f) -> {
			ps.setString(1, f.fileNumber());
			ps.setString(2, f.nationalId());
			ps.setString(3, f.fullName());
			ps.setString(4, f.mobile());
			ps.setTimestamp(5, Timestamp.from(f.registeredAt()));
			ps.setLong(6, f.firstRequestId());
			ps.setString(7, f.firstName());
			ps.setString(8, f.fatherName());
			ps.setString(9, f.grandfatherName());
			ps.setString(10, f.familyName());
			ps.setString(11, f.normalizedName());
			ps.setDate(12, f.dateOfBirth() == null ? null : Date.valueOf(f.dateOfBirth()));
			ps.setString(13, f.nationality());
			ps.setString(14, f.city());
			ps.setString(15, f.district());
			ps.setString(16, f.address());
		});
		Map<String, Long> ids = new HashMap<>();
		// an array parameter (= ANY): the unique index is used even before the new rows have statistics
		jdbc.sql("SELECT id, national_id FROM beneficiary WHERE national_id = ANY(?)")
			.param(files.stream().map(ImportedFile::nationalId).toArray(String[]::new))
			.query((rs, i) -> ids.put(rs.getString(2), rs.getLong(1)))
			.list();
		long highest = files.stream()
			.map(f -> FILE_NUMBER.matcher(f.fileNumber()))
			.filter(Matcher::matches)
			.mapToLong(m -> Long.parseLong(m.group(1)))
			.max()
			.orElse(0);
		sequences.moveAtLeastTo(BeneficiaryRegistry.FILE_SEQUENCE, 0, highest);
		return ids;
	}

}
