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

import sa.org.hayaniyah.masar.common.JourneyVariables;

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
				JourneyVariables.RENEWAL_OF.put(v, rs.getString("reference_number"));
				JourneyVariables.CHANNEL.put(v, rs.getString("channel"));
				JourneyVariables.NATIONAL_ID.put(v, rs.getString("national_id"));
				JourneyVariables.APPLICANT_NAME.put(v, rs.getString("applicant_name"));
				JourneyVariables.MOBILE.put(v, rs.getString("mobile"));
				JourneyVariables.SUPPORT_TYPE.put(v, rs.getString("support_type"));
				JourneyVariables.FIRST_NAME.put(v, rs.getString("first_name"));
				JourneyVariables.FATHER_NAME.put(v, rs.getString("father_name"));
				JourneyVariables.GRANDFATHER_NAME.put(v, rs.getString("grandfather_name"));
				JourneyVariables.FAMILY_NAME.put(v, rs.getString("family_name"));
				JourneyVariables.ID_EXPIRY_DATE.put(v, iso(rs.getDate("id_expiry_date")));
				JourneyVariables.DATE_OF_BIRTH.put(v, iso(rs.getDate("date_of_birth")));
				JourneyVariables.NATIONALITY.put(v, rs.getString("nationality"));
				JourneyVariables.CITY.put(v, rs.getString("city"));
				JourneyVariables.DISTRICT.put(v, rs.getString("district"));
				JourneyVariables.ADDRESS.put(v, rs.getString("address"));
				JourneyVariables.IBAN.put(v, rs.getString("iban"));
				JourneyVariables.HOUSEHOLD_SIZE.put(v, rs.getObject("household_size", Integer.class));
				BigDecimal income = rs.getBigDecimal("monthly_income");
				JourneyVariables.MONTHLY_INCOME.put(v, income == null ? null : income.doubleValue());
				return v;
			})
			.single();
		JourneyVariables.HOUSEHOLD_MEMBERS.put(variables, householdJson(previousRequestId));
		JourneyVariables.REQUEST_SUMMARY.put(variables, "طلب تجديد الدعم بعد الطلب " + JourneyVariables.RENEWAL_OF.get(variables));
		// the family consented at the previous request to this same purpose: studying and serving their support
		JourneyVariables.CONSENT_GIVEN.put(variables, true);
		return variables;
	}

	private String householdJson(long requestId) {
		List<Map<String, Object>> rows = supportRequests.householdMembers(requestId)
			.stream()
			.map(m -> {
				// the household list's own column keys (form applicant-data.form), not process variables
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
