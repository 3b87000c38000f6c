package sa.org.hayaniyah.masar.inquiry;

/**
 * What the person asks for; decides the route and whether a supervisor reviews before closing.
 */
public enum InquiryKind {

	PROCEDURE("سؤال عن إجراء"), STATUS("الاستفسار عن حالة طلب"), COMPLAINT("شكوى"), SUGGESTION("اقتراح");

	private final String arabic;

	InquiryKind(String arabic) {
		this.arabic = arabic;
	}

	public String arabic() {
		return arabic;
	}

}
