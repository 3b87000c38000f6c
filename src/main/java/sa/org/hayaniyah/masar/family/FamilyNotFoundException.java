package sa.org.hayaniyah.masar.family;

/**
 * No file for this reference, or none the caller may open: the same answer for both, so references reveal nothing.
 */
class FamilyNotFoundException extends RuntimeException {

	FamilyNotFoundException() {
		super("No family file for this reference");
	}

}
