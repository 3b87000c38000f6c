package sa.org.hayaniyah.masar.intake;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A national ID may have only one open request. The message carries Arabic for staff (Tasklist shows it)
 * and English for logs and API clients. A BadUserRequestException: staff's mistake, a 400 through the engine REST API.
 */
public class DuplicateOpenRequestException extends BadUserRequestException {

	private final String existingReference;

	public DuplicateOpenRequestException(String existingReference) {
		this("يوجد طلب مفتوح لرقم الهوية نفسه (" + existingReference + "): لا يمكن فتح طلب ثانٍ قبل إغلاقه. / "
				+ "An open request already exists for this national ID: " + existingReference, existingReference);
	}

	private DuplicateOpenRequestException(String message, String existingReference) {
		super(message);
		this.existingReference = existingReference;
	}

	/**
	 * Another desk opened a request for the same national ID a moment ago. Its reference cannot be read here: on
	 * PostgreSQL the failed insert has aborted the transaction.
	 */
	static DuplicateOpenRequestException openedMeanwhile() {
		return new DuplicateOpenRequestException("فُتح للتو طلب آخر لرقم الهوية نفسه: لا يمكن فتح طلب ثانٍ قبل إغلاقه. / "
				+ "Another request for this national ID was opened a moment ago", null);
	}

	/** The Arabic half of the message, for the applicant. */
	public String arabicMessage() {
		return getMessage().substring(0, getMessage().indexOf(" / "));
	}

	public String existingReference() {
		return existingReference;
	}

}
