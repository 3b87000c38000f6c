package sa.org.hayaniyah.masar.intake;

/**
 * A national ID may have only one open request. The message carries Arabic for staff (Tasklist shows it)
 * and English for logs and API clients.
 */
public class DuplicateOpenRequestException extends RuntimeException {

	private final String existingReference;

	public DuplicateOpenRequestException(String existingReference) {
		super("يوجد طلب مفتوح لرقم الهوية نفسه (" + existingReference + "): لا يمكن فتح طلب ثانٍ قبل إغلاقه. / "
				+ "An open request already exists for this national ID: " + existingReference);
		this.existingReference = existingReference;
	}

	public String existingReference() {
		return existingReference;
	}

}
