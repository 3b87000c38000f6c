package sa.org.hayaniyah.masar.family;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import sa.org.hayaniyah.masar.common.ArabicDigits;
import sa.org.hayaniyah.masar.common.ArabicText;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.SaudiMobile;

/**
 * What staff typed in the search box, read as the one thing it can be: a request reference ({@code HY-1447-000123}),
 * an inquiry reference ({@code HY-Q-1447-000045}), a file number ({@code HY-F-000123}), a national ID or Iqama, a
 * mobile number in any usual form, or else a name. Checked at the edge: a user's mistake is an Arabic 400, never a
 * query.
 */
record FamilyQuery(Kind kind, String value, List<String> tokens) {

	enum Kind {
		REQUEST, INQUIRY, FILE, NATIONAL_ID, MOBILE, NAME
	}

	static final int MAX_LENGTH = 100;

	static final int MAX_WORDS = 8;

	private static final Pattern REQUEST = Pattern.compile("HY-\\d{4}-\\d{1,6}");

	private static final Pattern INQUIRY = Pattern.compile("HY-Q-\\d{4}-\\d{1,6}");

	/** Up to 12 digits: an imported register keeps its own, longer file numbers (issue 20). */
	private static final Pattern FILE = Pattern.compile("HY-F-\\d{1,12}");

	private static final Pattern NATIONAL_ID = Pattern.compile("[12]\\d{9}");

	private static final Pattern DIGITS = Pattern.compile("[0-9+\\s-]+");

	static FamilyQuery parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw invalid("اكتب الاسم أو رقم الهوية أو الجوال أو المرجع", "q is empty");
		}
		if (typed.length() > MAX_LENGTH) {
			throw invalid("نص البحث أطول من " + MAX_LENGTH + " حرفًا", "q is longer than " + MAX_LENGTH + " characters");
		}
		if (ArabicText.hasControlCharacters(typed)) {
			throw invalid("نص البحث يحتوي على رموز غير مقبولة", "q has control characters");
		}
		String q = ArabicDigits.toAscii(ArabicText.withoutInvisible(typed)).strip();
		String upper = q.toUpperCase(Locale.ROOT).replace(" ", "");
		if (INQUIRY.matcher(upper).matches()) {
			return new FamilyQuery(Kind.INQUIRY, upper, List.of());
		}
		if (FILE.matcher(upper).matches()) {
			return new FamilyQuery(Kind.FILE, upper, List.of());
		}
		if (REQUEST.matcher(upper).matches()) {
			return new FamilyQuery(Kind.REQUEST, upper, List.of());
		}
		if (DIGITS.matcher(q).matches()) {
			String digits = q.replaceAll("[\\s-]", "");
			if (NATIONAL_ID.matcher(digits).matches()) {
				return new FamilyQuery(Kind.NATIONAL_ID, digits, List.of());
			}
			Optional<String> mobile = SaudiMobile.normalise(q);
			if (mobile.isPresent()) {
				return new FamilyQuery(Kind.MOBILE, mobile.get(), List.of());
			}
			throw invalid("اكتب رقم الهوية (10 أرقام) أو رقم الجوال كاملًا", "q is neither a national ID nor a mobile number");
		}
		if (upper.startsWith("HY-")) {
			throw invalid("المرجع غير مكتمل: مثل HY-1447-000123 أو HY-Q-1447-000045 أو HY-F-000123",
					"q looks like an incomplete reference");
		}
		String name = FamilyNames.searchName(q);
		List<String> words = List.of(name.split(" "));
		if (name.replace(" ", "").length() < 2) {
			throw invalid("اكتب حرفين من الاسم على الأقل", "q is shorter than 2 letters");
		}
		if (words.size() > MAX_WORDS) {
			throw invalid("اكتب " + MAX_WORDS + " كلمات من الاسم على الأكثر", "q has more than " + MAX_WORDS + " words");
		}
		return new FamilyQuery(Kind.NAME, name, words);
	}

	private static InvalidInputException invalid(String arabic, String english) {
		return InvalidInputException.of("q", arabic, english);
	}

}
