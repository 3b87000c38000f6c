package sa.org.hayaniyah.masar.committee;

/** A committee member's vote, or a supervisor's decision on an undecided request. */
public enum Vote {

	APPROVE, REJECT, RETURN

}
