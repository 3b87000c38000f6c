package sa.org.hayaniyah.masar.privacy;

import sa.org.hayaniyah.masar.common.CaseVariables;
import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.common.ProcessVariable;

/**
 * PDPL's right to correct: one field of the person's contact or identity details, already checked and normalised
 * (a mobile in E.164, a date as ISO), to be set wherever the inventory holds it.
 */
public record Correction(Field field, String value) {

	/** The usual column of the field in a module's table (modules name their own tables; the columns are alike). */
	public String column() {
		return switch (field) {
			case MOBILE -> "mobile";
			case EMAIL -> "email";
			case ADDRESS -> "address";
			case DISTRICT -> "district";
			case DATE_OF_BIRTH -> "date_of_birth";
		};
	}

	/** The value as its column takes it: a date of birth as a SQL date, the rest as text. */
	public Object columnValue() {
		return field == Field.DATE_OF_BIRTH ? java.sql.Date.valueOf(value) : value;
	}

	/** What a person may ask to correct, and the process variable each is held in. */
	public enum Field {
		MOBILE(CaseVariables.MOBILE), EMAIL(CaseVariables.EMAIL), ADDRESS(JourneyVariables.ADDRESS),
		DISTRICT(JourneyVariables.DISTRICT), DATE_OF_BIRTH(JourneyVariables.DATE_OF_BIRTH);

		private final String variable;

		Field(ProcessVariable<?> variable) {
			this.variable = variable.name();
		}

		public String variable() {
			return variable;
		}
	}

}
