package sa.org.hayaniyah.masar.verification;

import java.util.regex.Pattern;

/**
 * Arabic names as people write them differently: "أحمد عبد الله" and "احمد عبدالله" are the same person for
 * duplicate detection. Removes tashkeel and tatweel, unifies alef forms, taa marbuta/haa, alef maqsura/yaa,
 * joins "عبد ال…" compounds and collapses spaces.
 */
public final class ArabicNames {

	private static final Pattern TASHKEEL = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

	private static final Pattern ABD_COMPOUND = Pattern.compile("(^|\\s)عبد\\s+(ال)");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private ArabicNames() {
	}

	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String n = TASHKEEL.matcher(name).replaceAll("");
		n = n.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا');
		n = n.replace('ة', 'ه').replace('ى', 'ي');
		n = SPACES.matcher(n.strip()).replaceAll(" ");
		return ABD_COMPOUND.matcher(n).replaceAll("$1عبد$2");
	}

}
