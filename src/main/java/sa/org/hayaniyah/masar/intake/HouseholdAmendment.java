package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;

/**
 * A change to a registered family's household after registration, once a supervisor approved it (issue 19): applied
 * by {@link SupportRequests#amendHousehold} to the request the family was registered under. Adding a member counts
 * one person more in the household size, removing one one less (a family may have declared its size without listing
 * every member, so the size is not recounted from the list); the family's monthly income, which counts each member's,
 * moves by the member's income (added, removed, or corrected from the old to the new).
 */
public sealed interface HouseholdAmendment {

	/** The number of people in the household, the applicant included. */
	record Size(int householdSize) implements HouseholdAmendment {
	}

	/** The household's monthly income. */
	record Income(BigDecimal monthlyIncome) implements HouseholdAmendment {
	}

	record AddMember(HouseholdMember member) implements HouseholdAmendment {
	}

	/** @param memberId the member's row, as {@link SupportRequests#recordedMembers} lists it */
	record RemoveMember(long memberId) implements HouseholdAmendment {
	}

	record CorrectMember(long memberId, HouseholdMember member) implements HouseholdAmendment {
	}

	/** The household as it stands after an amendment, with what eligibility is judged on. */
	record Household(long requestId, SupportType supportType, String city, int householdSize, BigDecimal monthlyIncome) {
	}

}
