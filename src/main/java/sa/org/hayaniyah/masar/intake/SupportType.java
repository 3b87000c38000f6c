package sa.org.hayaniyah.masar.intake;

/** The support types of the support request form; staff see the Arabic names in the forms. */
public enum SupportType {

	FOOD_BASKET, CASH_ASSISTANCE, RENT_ASSISTANCE, MEDICAL_ASSISTANCE, HOUSEHOLD_FURNITURE, SEASONAL_PROGRAM

}
