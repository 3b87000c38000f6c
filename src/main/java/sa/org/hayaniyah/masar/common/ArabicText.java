package sa.org.hayaniyah.masar.common;

import java.util.regex.Pattern;

/**
 * Arabic text folded to one spelling, for comparing what people type: without tashkeel and tatweel, one alef, taa
 * marbuta as haa, alef maqsura as yaa, single spaces.
 */
public final class ArabicText {

	private static final Pattern TASHKEEL = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private ArabicText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String folded = TASHKEEL.matcher(text).replaceAll("");
		folded = folded.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا');
		folded = folded.replace('ة', 'ه').replace('ى', 'ي');
		return SPACES.matcher(folded.strip()).replaceAll(" ");
	}

}
