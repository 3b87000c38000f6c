package sa.org.hayaniyah.masar.committee;

/** What the committee decided; UNDECIDED (tie or no quorum) goes to a supervisor. */
public enum Outcome {

	APPROVED, REJECTED, RETURNED, UNDECIDED;

	static Outcome of(Vote vote) {
		return switch (vote) {
			case APPROVE -> APPROVED;
			case REJECT -> REJECTED;
			case RETURN -> RETURNED;
		};
	}

}
