package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The official letter on the policy's letterhead (A1): the PDF is written to target/letters for a person to look at.
 */
class OfficialLettersTest {

	private final OfficialLetters letters = new OfficialLetters();

	@Test
	void theLetterheadCarriesNumberBothDatesAttachmentsAndTheFourLines() throws Exception {
		OfficialLetters.Letter letter = new OfficialLetters.Letter("HY-1445-000123", LocalDate.of(2023, 10, 15),
				"محمد عبدالله سعيد الحياني", "قرار لجنة البحث في طلب الدعم",
				"يسرنا إبلاغكم بقبول طلبكم رقم HY-1445-000123، وسنتواصل معكم لاستكمال التسجيل وتقديم الخدمة.\nنشكر لكم تواصلكم مع الجمعية.",
				List.of("صورة قرار اللجنة"));

		byte[] pdf = letters.render(letter);
		Files.createDirectories(Path.of("target", "letters"));
		Files.write(Path.of("target", "letters", "letter-HY-1445-000123.pdf"), pdf);

		String html = letters.html(letter);
		assertThat(html).contains("15/10/2023 م").contains("30/03/1445 هـ").contains("الأحد")
			.contains("المملكة العربية السعودية", "جمعية الحيانية للخدمات الإنسانية", "المركز الوطني لتنمية القطاع غير الربحي",
					"ترخيص رقم (1380)", "المرفقات: صورة قرار اللجنة", "الرقم: HY-1445-000123");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).as("the Amiri font is embedded").contains("Amiri");
			assertThat(new PDFTextStripper().getText(document)).contains("HY-1445-000123").contains("1380");
		}
	}

	@Test
	void markupInTheContentIsPrintedAsText() {
		String html = letters.html(new OfficialLetters.Letter("HY-1", LocalDate.of(2026, 11, 25), "<b>x</b>", "s", "<script>", List.of()));
		assertThat(html).contains("&lt;b&gt;x&lt;/b&gt;").contains("&lt;script&gt;").contains("المرفقات: لا يوجد");
	}

}
