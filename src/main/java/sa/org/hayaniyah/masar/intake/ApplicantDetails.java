package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The beneficiary support request form (T4) once verified.
 *
 * @param normalizedName the name as duplicate detection compares it
 * @param iban null when the support type is not paid into an account
 */
public record ApplicantDetails(String nationalId, String firstName, String fatherName, String grandfatherName,
		String familyName, String normalizedName, String mobile, SupportType supportType, LocalDate dateOfBirth,
		LocalDate idExpiryDate, String nationality, String city, String district, String address, int householdSize,
		BigDecimal monthlyIncome, String iban, List<HouseholdMember> members) {

	public String applicantName() {
		return String.join(" ", firstName, fatherName, grandfatherName, familyName);
	}

}
