package sa.org.hayaniyah.masar.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import sa.org.hayaniyah.masar.common.DualCalendar;

/**
 * Official letters (channel C4) on the association's letterhead as its policy's own pages show it (A1): the number,
 * the Gregorian date with the corresponding Hijri date, the attachments, and the four letterhead lines. Arabic is
 * shaped and laid out right to left by ICU, in the Amiri font shipped with the application (SIL OFL).
 */
@Component
public class OfficialLetters {

	public record Letter(String number, LocalDate date, String recipient, String subject, String body, List<String> attachments) {
	}

	private static final Pattern DATE = Pattern.compile("\\d{1,4}/\\d{1,2}/\\d{1,4}( (م|هـ))?");

	private static final String[] LETTERHEAD = { "المملكة العربية السعودية", "جمعية الحيانية للخدمات الإنسانية",
			"المركز الوطني لتنمية القطاع غير الربحي", "ترخيص رقم (1380)" };

	public byte[] render(Letter letter) {
		return pdf(html(letter), letter.number());
	}

	/**
	 * A report on the letterhead (committee minutes, the compliance pack): number and dates as on a letter, a title,
	 * and the body, HTML whose text the caller has escaped ({@link #escape(String)}).
	 */
	public byte[] renderReport(String number, LocalDate date, String title, String bodyHtml) {
		return pdf("""
				<html dir="rtl" lang="ar"><head><meta charset="UTF-8"/><style>
				%s
				h1 { font-size: 16pt; text-align: center; margin: 14px 0 8px 0; }
				h3 { font-size: 13pt; margin: 14px 0 4px 0; color: #1b5e20; }
				table.data { width: 100%%; border-collapse: collapse; font-size: 11pt; margin: 4px 0; }
				table.data th, table.data td { border: 1px solid #9e9e9e; padding: 3px 6px; text-align: right; }
				table.data th { background: #e8f5e9; }
				</style></head><body>
				%s
				<h1>%s</h1>
				%s
				</body></html>""".formatted(STYLE, letterhead(number, date, null), escape(title), bodyHtml), number);
	}

	private static final String STYLE = """
			@page { size: A4; margin: 18mm 20mm; }
			body { font-family: 'Amiri'; font-size: 14pt; direction: rtl; text-align: right; }
			table.letterhead { width: 100%; border-bottom: 2px solid #1b5e20; padding-bottom: 6px; }
			td.org { font-weight: bold; font-size: 13pt; line-height: 1.5; vertical-align: top; }
			td.meta { font-size: 12pt; line-height: 1.6; vertical-align: top; text-align: left; direction: rtl; }
			.meta span { display: block; text-align: right; }
			p { line-height: 1.8; margin: 6px 0; text-align: justify; }""";

	private static String letterhead(String number, LocalDate date, String attachments) {
		StringBuilder head = new StringBuilder();
		for (String line : LETTERHEAD) {
			head.append("<div>").append(line).append("</div>");
		}
		return """
				<table class="letterhead"><tr>
				<td class="org">%s</td>
				<td class="meta"><span>الرقم: %s</span><span>التاريخ: %s</span><span>الموافق: %s</span><span>اليوم: %s</span>%s</td>
				</tr></table>""".formatted(head, escape(number), DualCalendar.gregorianDayFirst(date), DualCalendar.hijriDayFirst(date),
				DualCalendar.arabicDayName(date), attachments == null ? "" : "<span>المرفقات: " + attachments + "</span>");
	}

	private static byte[] pdf(String html, String number) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("Amiri-Regular.ttf"), "Amiri", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("Amiri-Bold.ttf"), "Amiri", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render " + number, e);
		}
		return out.toByteArray();
	}

	String html(Letter letter) {
		StringBuilder attachments = new StringBuilder();
		letter.attachments().forEach(a -> attachments.append(escape(a)).append("، "));
		String attached = letter.attachments().isEmpty() ? "لا يوجد" : attachments.substring(0, attachments.length() - 2);
		StringBuilder paragraphs = new StringBuilder();
		for (String paragraph : letter.body().split("\n")) {
			// a date never breaks across lines
			paragraphs.append("<p>")
				.append(DATE.matcher(escape(paragraph)).replaceAll("<span style=\"white-space: nowrap\">$0</span>"))
				.append("</p>");
		}
		return """
				<html dir="rtl" lang="ar"><head><meta charset="UTF-8"/><style>
				%s
				h2 { font-size: 15pt; text-align: center; margin: 18px 0 10px 0; }
				.closing { margin-top: 28px; }
				.signature { margin-top: 36px; text-align: left; font-weight: bold; }
				</style></head><body>
				%s
				<p>المكرم/ %s&#160;&#160;&#160;&#160;المحترم</p>
				<p>السلام عليكم ورحمة الله وبركاته، وبعد:</p>
				<h2>الموضوع: %s</h2>
				%s
				<p class="closing">وتقبلوا خالص التحية والتقدير،،،</p>
				<div class="signature">جمعية الحيانية للخدمات الإنسانية<br/>إدارة علاقات المستفيدين</div>
				</body></html>""".formatted(STYLE, letterhead(letter.number(), letter.date(), attached), escape(letter.recipient()),
				escape(letter.subject()), paragraphs);
	}

	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	private static InputStream font(String name) {
		try {
			return new ClassPathResource("fonts/" + name).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Font " + name + " is missing from the application", e);
		}
	}

}
