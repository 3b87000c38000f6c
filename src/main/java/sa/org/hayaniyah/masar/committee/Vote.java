package sa.org.hayaniyah.masar.committee;

/** A committee member's vote, or a supervisor's decision on an undecided request. */
public enum Vote {

	APPROVE("قبول"), REJECT("رفض"), RETURN("إعادة للبحث");

	private final String label;

	Vote(String label) {
		this.label = label;
	}

	/** In short, for the tally, minutes and reports (the vote form words the options in full). */
	public String label() {
		return label;
	}

}
