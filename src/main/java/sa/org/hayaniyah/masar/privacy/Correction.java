package sa.org.hayaniyah.masar.privacy;

/**
 * PDPL's right to correct: one field of the person's contact or identity details, already checked and normalised
 * (a mobile in E.164, a date as ISO), to be set wherever the inventory holds it.
 */
public record Correction(Field field, String value) {

	/** What a person may ask to correct, and the process variable each is held in. */
	public enum Field {
		MOBILE("mobile"), EMAIL("email"), ADDRESS("address"), DISTRICT("district"), DATE_OF_BIRTH("dateOfBirth");

		private final String variable;

		Field(String variable) {
			this.variable = variable;
		}

		public String variable() {
			return variable;
		}
	}

}
