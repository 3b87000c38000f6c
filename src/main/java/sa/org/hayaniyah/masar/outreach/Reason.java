package sa.org.hayaniyah.masar.outreach;

/**
 * Why a family needs attention, and the follow-up each reason gets.
 */
public enum Reason {

	ID_EXPIRING(Action.NOTIFY, "outreach-id-expiring", "قرب انتهاء الهوية الوطنية"),
	SUPPORT_RENEWAL(Action.RENEWAL_REQUEST, "outreach-renewal", "استحقاق تجديد الدعم"),
	NO_CONTACT(Action.FIELD_VISIT, null, "انقطاع التواصل مع الأسرة"),
	SERVICE_NOT_DELIVERED(Action.NOTIFY, "outreach-service-pending", "خدمة معتمدة لم تُقدَّم بعد");

	public enum Action {
		NOTIFY, FIELD_VISIT, RENEWAL_REQUEST
	}

	private final Action action;

	private final String template;

	private final String arabic;

	Reason(Action action, String template, String arabic) {
		this.action = action;
		this.template = template;
		this.arabic = arabic;
	}

	public Action action() {
		return action;
	}

	/** The message template sent to the family, if the follow-up sends one. */
	public String template() {
		return template;
	}

	public String arabic() {
		return arabic;
	}

}
