package sa.org.hayaniyah.masar.registerimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A register of N families, 4 members each, as an office would export it to CSV: deterministic from its base, so two
 * registers with different bases have the same shape and nothing in common (IDs, file numbers, names, mobiles).
 */
final class SampleRegister {

	private static final String LETTERS = "بتثجحخدذرز";

	private SampleRegister() {
	}

	/** A valid national ID (1, eight digits, check digit) from a number below 100,000,000. */
	static String nationalId(long n) {
		String body = "1" + String.format(Locale.ROOT, "%08d", n);
		for (int check = 0; check <= 9; check++) {
			String id = body + check;
			if (sa.org.hayaniyah.masar.common.SaudiNationalId.isValid(id)) {
				return id;
			}
		}
		throw new IllegalStateException();
	}

	static String word(long n) {
		StringBuilder w = new StringBuilder();
		for (char c : Long.toString(n).toCharArray()) {
			w.append(LETTERS.charAt(c - '0'));
		}
		return w.toString();
	}

	static byte[] csv(int families, long base) {
		StringBuilder out = new StringBuilder(families * 600);
		out.append('\uFEFF').append(header()).append("\r\n");
		LocalDate firstBirth = LocalDate.of(1960, 1, 1);
		for (int i = 0; i < families; i++) {
			long n = base + i;
			String file = String.format(Locale.ROOT, "HY-F-%07d", n);
			String family = "آل " + word(n);
			String mobile = String.format(Locale.ROOT, "05%08d", n % 100_000_000);
			LocalDate birth = firstBirth.plusDays(i % 9000);
			String programme = i % 3 == 0 ? "سلة غذائية" : "مساعدة نقدية";
			line(out, file, "رب الأسرة", "محمد", "عبدالله", "سالم", family, nationalId(n * 5), "1450-06-20", birth.toString(),
					"سعودي", mobile, "الرياض", "الحيانية", "شارع " + (i % 50), programme, "2026-0" + (1 + i % 9) + "-15",
					Integer.toString(200 + i % 300));
			line(out, file, "زوج أو زوجة", "نورة", "سعد", "", family, nationalId(n * 5 + 1), "", birth.plusYears(3).toString(),
					"سعودي", "", "", "", "", "", "", "");
			line(out, file, "ابن", "سالم", "محمد", "", family, "", "", "2010-05-0" + (1 + i % 9), "", "", "", "", "", "", "", "");
			line(out, file, "ابنة", "سارة", "محمد", "", family, "", "", "1440-02-1" + (i % 9), "", "", "", "", "", "", "", "");
			line(out, file, "ابن", "خالد", "محمد", "", family, "", "", "2015-11-2" + (i % 9), "", "", "", "", "", "", "", "");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String header() {
		StringBuilder h = new StringBuilder();
		for (RegisterColumn c : RegisterColumn.values()) {
			h.append(h.isEmpty() ? "" : ",").append('"').append(c.header).append('"');
		}
		return h.toString();
	}

	static void line(StringBuilder out, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			String c = cells[i];
			out.append(c.contains(",") || c.contains("\"") ? '"' + c.replace("\"", "\"\"") + '"' : c);
		}
		out.append("\r\n");
	}

}
