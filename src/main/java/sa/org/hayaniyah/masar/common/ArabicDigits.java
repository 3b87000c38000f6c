package sa.org.hayaniyah.masar.common;

/**
 * Staff and applicants type numbers with Arabic-Indic (٠–٩) or Eastern Arabic-Indic (۰–۹) digits: read them as 0–9.
 */
public final class ArabicDigits {

	private ArabicDigits() {
	}

	public static String toAscii(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			if (c >= '\u0660' && c <= '\u0669') {
				out.append((char) ('0' + (c - '\u0660')));
			}
			else if (c >= '\u06F0' && c <= '\u06F9') {
				out.append((char) ('0' + (c - '\u06F0')));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
