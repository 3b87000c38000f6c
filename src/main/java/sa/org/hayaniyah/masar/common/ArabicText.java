package sa.org.hayaniyah.masar.common;

import java.util.regex.Pattern;

/**
 * Arabic text folded to one spelling, for comparing what people type: without tashkeel and tatweel, one alef, taa
 * marbuta as haa, alef maqsura as yaa, single spaces.
 */
public final class ArabicText {

	private static final Pattern TASHKEEL = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * Characters that print nothing but make two equal names differ: zero-width (non-)joiners and spaces, word joiner,
	 * soft hyphen, BOM, the Arabic letter mark and the bidi marks, embeddings, overrides and isolates.
	 */
	public static final Pattern INVISIBLE = Pattern
		.compile("[\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF]");

	/** C0 and C1 control characters other than tab, line feed and carriage return (NUL, ESC, DEL, ...). */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

	private ArabicText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String folded = TASHKEEL.matcher(withoutInvisible(text)).replaceAll("");
		folded = folded.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا');
		folded = folded.replace('ة', 'ه').replace('ى', 'ي');
		return SPACES.matcher(folded.strip()).replaceAll(" ");
	}

	/** The text without invisible formatting characters (see {@link #INVISIBLE}); null stays null. */
	public static String withoutInvisible(String text) {
		return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
	}

	/** Whether the text has a control character no person types (NUL, ESC, ...); tab and line breaks are fine. */
	public static boolean hasControlCharacters(String text) {
		return text != null && CONTROL.matcher(text).find();
	}

}
