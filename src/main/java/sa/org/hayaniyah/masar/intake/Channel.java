package sa.org.hayaniyah.masar.intake;

/**
 * The policy's channels of communication (C1–C8). Online channels start the journey through the API.
 */
public enum Channel {

	C1("مقابلة شخصية", false), C2("اتصال هاتفي", false), C3("وسائل التواصل الاجتماعي", true), C4("خطاب", false),
	C5("خدمات طلب المساعدة", true), C6("خدمة تطوعية", false), C7("الموقع الإلكتروني للجمعية", true),
	C8("مندوب مكتب فرعي", false);

	private final String arabicName;

	private final boolean online;

	Channel(String arabicName, boolean online) {
		this.arabicName = arabicName;
		this.online = online;
	}

	public String arabicName() {
		return arabicName;
	}

	public boolean isOnline() {
		return online;
	}

}
