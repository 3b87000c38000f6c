package sa.org.hayaniyah.masar.verification;

import java.util.regex.Pattern;

import sa.org.hayaniyah.masar.common.ArabicText;

/**
 * Arabic names as people write them differently: "أحمد عبد الله" and "احمد عبدالله" are the same person for
 * duplicate detection. Removes tashkeel and tatweel, unifies alef forms, taa marbuta/haa, alef maqsura/yaa,
 * joins "عبد ال…" compounds and collapses spaces.
 */
public final class ArabicNames {

	private static final Pattern ABD_COMPOUND = Pattern.compile("(^|\\s)عبد\\s+(ال)");

	private ArabicNames() {
	}

	public static String normalise(String name) {
		return ABD_COMPOUND.matcher(ArabicText.fold(name)).replaceAll("$1عبد$2");
	}

}
