package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A renewal request built from the data on file (O1): the start variables of a new journey carry the previous
 * request's applicant, household, income, address and bank account, so reception confirms them with the family
 * instead of asking for them again. Verification then checks them like any other request.
 */
@Service
public class RenewalRequests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcClient jdbc;

	private final SupportRequests supportRequests;

	RenewalRequests(JdbcClient jdbc, SupportRequests supportRequests) {
		this.jdbc = jdbc;
		this.supportRequests = supportRequests;
	}

	public Map<String, Object> startVariables(long previousRequestId) {
		Map<String, Object> variables = jdbc.sql("""
				SELECT reference_number, channel, national_id, applicant_name, mobile, support_type, first_name, father_name,
				  grandfather_name, family_name, id_expiry_date, date_of_birth, nationality, city, district, address, iban,
				  household_size, monthly_income
				FROM support_request WHERE id = ?""")
			.param(previousRequestId)
			.query((rs, i) -> {
				Map<String, Object> v = new HashMap<>();
				v.put("renewalOf", rs.getString("reference_number"));
				v.put("channel", rs.getString("channel"));
				v.put("nationalId", rs.getString("national_id"));
				v.put("applicantName", rs.getString("applicant_name"));
				v.put("mobile", rs.getString("mobile"));
				v.put("supportType", rs.getString("support_type"));
				v.put("firstName", rs.getString("first_name"));
				v.put("fatherName", rs.getString("father_name"));
				v.put("grandfatherName", rs.getString("grandfather_name"));
				v.put("familyName", rs.getString("family_name"));
				v.put("idExpiryDate", iso(rs.getDate("id_expiry_date")));
				v.put("dateOfBirth", iso(rs.getDate("date_of_birth")));
				v.put("nationality", rs.getString("nationality"));
				v.put("city", rs.getString("city"));
				v.put("district", rs.getString("district"));
				v.put("address", rs.getString("address"));
				v.put("iban", rs.getString("iban"));
				v.put("householdSize", rs.getObject("household_size", Integer.class));
				BigDecimal income = rs.getBigDecimal("monthly_income");
				v.put("monthlyIncome", income == null ? null : income.doubleValue());
				return v;
			})
			.single();
		variables.put("householdMembers", householdJson(previousRequestId));
		variables.put("requestSummary", "طلب تجديد الدعم بعد الطلب " + variables.get("renewalOf"));
		// the family consented at the previous request to this same purpose: studying and serving their support
		variables.put("consentGiven", true);
		return variables;
	}

	private String householdJson(long requestId) {
		List<Map<String, Object>> rows = supportRequests.householdMembers(requestId)
			.stream()
			.map(m -> {
				Map<String, Object> row = new HashMap<>();
				row.put("memberName", m.name());
				row.put("relation", m.relation());
				row.put("memberNationalId", m.nationalId());
				row.put("memberAge", m.age());
				row.put("memberIncome", m.monthlyIncome() == null ? 0 : m.monthlyIncome().doubleValue());
				return row;
			})
			.toList();
		try {
			return JSON.writeValueAsString(rows);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String iso(Date date) {
		return date == null ? null : date.toLocalDate().toString();
	}

}
