package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;

/**
 * A member of the applicant's household, as the support request form lists them.
 *
 * @param nationalId null for a child without an ID yet
 */
public record HouseholdMember(String name, String relation, String nationalId, int age, BigDecimal monthlyIncome) {
}
