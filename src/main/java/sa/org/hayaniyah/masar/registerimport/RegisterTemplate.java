package sa.org.hayaniyah.masar.registerimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template to download: the first sheet has the Arabic headers only (it is the sheet that is read), right to left,
 * every column formatted as text so Excel keeps leading zeros and never turns a typed date into a number; a second
 * sheet shows an example family and the rules.
 */
final class RegisterTemplate {

	static final List<List<String>> EXAMPLE = List.of(
			List.of("HY-F-000123", "رب الأسرة", "محمد", "عبدالله", "سالم", "القحطاني", "1000000008", "1450-06-20",
					"1985-03-15", "سعودي", "0501234567", "الرياض", "الحيانية", "شارع الملك فهد", "سلة غذائية", "2026-05-10",
					"350"),
			List.of("HY-F-000123", "زوج أو زوجة", "نورة", "سعد", "", "القحطاني", "", "", "1990-01-02", "سعودي", "", "", "",
					"", "", "", ""),
			List.of("HY-F-000123", "ابن", "سالم", "محمد", "", "القحطاني", "", "", "1438-02-01", "", "", "", "", "", "", "",
					""));

	private RegisterTemplate() {
	}

	static byte[] csv() {
		String header = Arrays.stream(RegisterColumn.values()).map(c -> '"' + c.header + '"').collect(Collectors.joining(","));
		return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx() {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = book.createCellStyle();
			text.setDataFormat(book.createDataFormat().getFormat("@"));
			XSSFSheet sheet = book.createSheet("السجل");
			sheet.setRightToLeft(true);
			header(sheet, text);
			XSSFSheet example = book.createSheet("مثال وتعليمات");
			example.setRightToLeft(true);
			header(example, text);
			int r = 1;
			for (List<String> values : EXAMPLE) {
				Row row = example.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
				}
			}
			String[] rules = { "صف لكل فرد: صف رب الأسرة أولًا ثم أفراد أسرته بعده مباشرة بالرقم نفسه.",
					"التواريخ بالهجري (1447-03-15) أو الميلادي (2025-09-07)، السنة أولًا.",
					"رقم الهوية والجوال وتاريخ انتهاء الهوية مطلوبة لرب الأسرة؛ تاريخ الميلاد مطلوب لكل فرد.",
					"البرنامج: سلة غذائية، مساعدة نقدية، مساعدة في الإيجار، مساعدة علاجية، أثاث وأجهزة منزلية، برنامج موسمي.",
					"لا معادلات: الخلية التي تبدأ بـ = أو + أو - أو @ تُرفض.",
					"جرّب الملف أولًا بالفحص دون حفظ، ثم استورده؛ رفع الملف نفسه مرة أخرى لا يغير شيئًا." };
			r++;
			for (String rule : rules) {
				example.createRow(r++).createCell(0).setCellValue(rule);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(XSSFSheet sheet, CellStyle text) {
		Row row = sheet.createRow(0);
		RegisterColumn[] columns = RegisterColumn.values();
		for (int i = 0; i < columns.length; i++) {
			row.createCell(i).setCellValue(columns[i].header);
			sheet.setDefaultColumnStyle(i, text);
			sheet.setColumnWidth(i, 22 * 256);
		}
	}

}
