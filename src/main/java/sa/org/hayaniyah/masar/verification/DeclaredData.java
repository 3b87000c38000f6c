package sa.org.hayaniyah.masar.verification;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The snapshot an applicant declares (R4): the applicant's data, the household, the income and the checksums of the
 * documents, written in a fixed order and hashed with SHA-256. The same data always gives the same hash; any change
 * to any of it gives another.
 */
@Component
class DeclaredData {

	private final JdbcClient jdbc;

	DeclaredData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String hash(long requestId) {
		StringBuilder snapshot = new StringBuilder();
		jdbc.sql("""
				SELECT national_id, applicant_name, first_name, father_name, grandfather_name, family_name, date_of_birth,
				  id_expiry_date, nationality, mobile, city, district, address, support_type, iban, household_size, monthly_income
				FROM applicant_on_request WHERE id = ?""")
			.param(requestId)
			.query(rs -> {
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					Object value = rs.getObject(column);
					snapshot.append(rs.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT)).append('=')
						.append(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value)
						.append('\n');
				}
			});
		List<String> members = jdbc.sql("""
				SELECT member_name, relation, national_id, age, monthly_income FROM household_on_request
				WHERE request_id = ? ORDER BY member_name, relation, national_id, age""")
			.param(requestId)
			.query((rs, i) -> "member=" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4)
					+ "|" + rs.getBigDecimal(5).stripTrailingZeros().toPlainString())
			.list();
		List<String> documents = jdbc.sql("""
				SELECT document_type, checksum FROM submitted_document WHERE request_id = ? ORDER BY document_type""")
			.param(requestId)
			.query((rs, i) -> "document=" + rs.getString(1) + "|" + rs.getString(2))
			.list();
		members.forEach(m -> snapshot.append(m).append('\n'));
		documents.forEach(d -> snapshot.append(d).append('\n'));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
