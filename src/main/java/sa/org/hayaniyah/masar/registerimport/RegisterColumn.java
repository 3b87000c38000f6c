package sa.org.hayaniyah.masar.registerimport;

import java.util.Arrays;
import java.util.Optional;

import sa.org.hayaniyah.masar.verification.ArabicNames;

/**
 * The template's columns, one row per person: the head of the family (صلة القرابة "رب الأسرة") first, then the
 * members of that family with the same file number.
 */
enum RegisterColumn {

	FILE_NUMBER("رقم الملف", 20, true),
	RELATION("صلة القرابة", 20, true),
	FIRST_NAME("الاسم الأول", 60, true),
	FATHER_NAME("اسم الأب", 60, false),
	GRANDFATHER_NAME("اسم الجد", 60, false),
	FAMILY_NAME("اسم العائلة", 60, true),
	NATIONAL_ID("رقم الهوية أو الإقامة", 20, true),
	ID_EXPIRY("تاريخ انتهاء الهوية (هجري أو ميلادي)", 20, false),
	DATE_OF_BIRTH("تاريخ الميلاد (هجري أو ميلادي)", 20, false),
	NATIONALITY("الجنسية", 20, false),
	MOBILE("الجوال", 20, false),
	CITY("المدينة", 100, false),
	DISTRICT("الحي", 100, false),
	ADDRESS("العنوان", 300, false),
	PROGRAMME("البرنامج", 40, false),
	LAST_DELIVERY("تاريخ آخر صرف", 20, false),
	AMOUNT("المبلغ", 20, false);

	final String header;

	final int maxLength;

	/** Required in the header row (the cell may still be empty on a member's row). */
	final boolean requiredHeader;

	RegisterColumn(String header, int maxLength, boolean requiredHeader) {
		this.header = header;
		this.maxLength = maxLength;
		this.requiredHeader = requiredHeader;
	}

	/** A header as typed, in any spelling, with or without the bracketed hint. */
	static Optional<RegisterColumn> byHeader(String text) {
		String wanted = key(text);
		return Arrays.stream(values()).filter(c -> key(c.header).equals(wanted) || key(shortHeader(c.header)).equals(wanted)).findFirst();
	}

	private static String shortHeader(String header) {
		int bracket = header.indexOf(" (");
		return bracket < 0 ? header : header.substring(0, bracket);
	}

	private static String key(String text) {
		return ArabicNames.normalise(text == null ? "" : text.replace("\uFEFF", "")).strip();
	}

}
