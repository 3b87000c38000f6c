package sa.org.hayaniyah.masar.intake;

public enum SupportType {

	FOOD_BASKET("سلة غذائية"), CASH_ASSISTANCE("مساعدة نقدية"), RENT_ASSISTANCE("مساعدة في الإيجار"),
	MEDICAL_ASSISTANCE("مساعدة علاجية"), HOUSEHOLD_FURNITURE("أثاث وأجهزة منزلية"), SEASONAL_PROGRAM("برنامج موسمي");

	private final String arabicName;

	SupportType(String arabicName) {
		this.arabicName = arabicName;
	}

	public String arabicName() {
		return arabicName;
	}

}
