package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The beneficiary support request form (T4) once verified.
 */
public record ApplicantDetails(String nationalId, String applicantName, String mobile, SupportType supportType,
		LocalDate dateOfBirth, String nationality, String city, String district, String address, int householdSize,
		BigDecimal monthlyIncome) {
}
