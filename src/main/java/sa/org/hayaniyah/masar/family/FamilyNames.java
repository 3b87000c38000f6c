package sa.org.hayaniyah.masar.family;

import java.util.Locale;

import sa.org.hayaniyah.masar.verification.ArabicNames;

/**
 * A name as the family search compares it: {@link ArabicNames#normalise} (alef and hamza forms, taa marbuta, alef
 * maqsura, tashkeel, tatweel, invisible characters, "عبد الله" as "عبدالله", single spaces) and lower case for names
 * written in Latin letters. PostgreSQL's {@code family_search_name} (migration V21) is the same function in SQL, and
 * H2 calls this one, so the column {@code support_request.search_name} they compute and the query typed fold alike.
 */
public final class FamilyNames {

	private FamilyNames() {
	}

	/** The folded name; null stays null (H2 calls it on a column). */
	public static String searchName(String name) {
		return name == null ? null : ArabicNames.normalise(name).toLowerCase(Locale.ROOT);
	}

}
