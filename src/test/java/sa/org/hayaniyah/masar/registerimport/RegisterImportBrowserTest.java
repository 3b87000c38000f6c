package sa.org.hayaniyah.masar.registerimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.BrowserPages;
import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * A supervisor in Chromium (issue 20): logs in to Cockpit, opens the register page, picks the register file, checks
 * it without saving, imports it, and in the duplicate review merges two files of one family, undoes the merge, then
 * marks the pair as different people; then merges an online submission not yet registered into the family's file.
 * Keyboard and mouse only; screenshots in {@code target/screenshots/register-*}.
 */
@MasarIntegrationTest
@Tag("browser")
class RegisterImportBrowserTest extends DatabaseTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	RegisterImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	sa.org.hayaniyah.masar.intake.OnlineRequests onlineRequests;

	@Autowired
	sa.org.hayaniyah.masar.JourneyDriver journey;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtimeService;

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeAll
	static void requireBrowser() {
		BrowserPages.requireChromium(RegisterImportBrowserTest.class);
	}

	@BeforeEach
	void startBrowser() throws IOException {
		driver = new ChromeDriver(BrowserPages.headless("ar", 1400, 1400));
		wait = new WebDriverWait(driver, Duration.ofSeconds(60));
	}

	@AfterEach
	void quitBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void aSupervisorImportsTheRegisterAndReviewsADuplicate() throws IOException {
		// the register already holds a family (an earlier import)
		long n = 6_000_000 + ThreadLocalRandom.current().nextLong(1_000_000);
		String kept = "HY-F-" + n;
		String other = "HY-F-" + (n + 1);
		String keptId = TestApplicants.nationalId();
		String mobile = String.format(java.util.Locale.ROOT, "054%07d", n % 10_000_000);
		StringBuilder earlier = new StringBuilder(SampleRegister.header()).append("\r\n");
		SampleRegister.line(earlier, kept, "رب الأسرة", "أحمد", "عبدالله", "سالم", "آل " + SampleRegister.word(n), keptId,
				"1450-06-20", "1980-04-01", "سعودي", mobile, "الرياض", "الحيانية", "", "سلة غذائية", "2026-01-15", "350");
		imports.run(earlier.toString().getBytes(StandardCharsets.UTF_8), "earlier.csv", "supervisor1");
		// the file the supervisor picks: the same family under another file number and spelling, and a bad row
		StringBuilder file = new StringBuilder(SampleRegister.header()).append("\r\n");
		SampleRegister.line(file, other, "رب الأسرة", "اَحمد", "عبد الله", "سالم", "ال " + SampleRegister.word(n),
				TestApplicants.nationalId(), "1450-06-20", "1980-04-01", "سعودي", "0" + mobile.substring(1), "", "", "", "", "", "");
		SampleRegister.line(file, other, "ابن", "سالم", "أحمد", "", "ال " + SampleRegister.word(n), "", "", "2012-03-03", "",
				"", "", "", "", "", "", "");
		SampleRegister.line(file, "HY-F-" + (n + 2), "رب الأسرة", "خالد", "سعد", "علي", "آل " + SampleRegister.word(n + 2),
				"1234567890", "1450-06-20", "1970-01-01", "سعودي", "0550000000", "", "", "", "", "", "");
		Path upload = Files.createTempFile("register-", ".csv");
		Files.writeString(upload, "\uFEFF" + file, StandardCharsets.UTF_8);
		try {
			driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] input[ng-model='username']")))
				.sendKeys("supervisor1");
			driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys("masar-demo");
			driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "حالات الإجراء الجارية"));

			driver.get("http://localhost:" + port + "/staff/register.html");
			assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
			// a person picks the file in the file dialog through the Arabic button (the input's label); with WebDriver that
			// is typing its path into the input, which stays in the tab order
			assertThat(driver.findElement(By.cssSelector("label[for='file']")).getText()).isEqualTo("اختيار الملف…");
			driver.findElement(By.id("dryRun")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT,
					org.openqa.selenium.Keys.TAB));
			assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the file input is reached by keyboard").isEqualTo("file");
			driver.findElement(By.id("file")).sendKeys(upload.toString());
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileName"), upload.getFileName().toString()));
			screenshot("register-file-chosen");
			click(By.xpath("//button[normalize-space()='فحص دون حفظ']"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "لم يُحفظ شيء"));
			WebElement report = driver.findElement(By.id("report"));
			assertThat(report.getText()).contains("مرفوض").contains("رقم الهوية أو الإقامة غير صحيح").contains(kept);
			assertThat(driver.findElement(By.id("message")).getText()).contains("مرفوض 1").contains("تكرار محتمل 2");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM beneficiary_file WHERE file_number = ?").param(other).query(Integer.class).single())
				.isZero();
			screenshot("register-dry-run");

			click(By.xpath("//button[normalize-space()='استيراد']"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "اكتمل الاستيراد"));
			assertThat(driver.findElement(By.id("message")).getText()).contains("1 أسرة");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imports"), "register-"));
			// the shared test database holds more waiting pairs than a page shows: the supervisor asks for this family's
			showPairsOf(other);
			By pair = By.xpath("//section[contains(@class,'pair')][contains(.,'" + other + "')][contains(.,'" + kept + "')]");
			WebElement section = wait.until(ExpectedConditions.visibilityOfElementLocated(pair));
			assertThat(section.getText()).contains("استيراد السجل").contains("الاسم وتاريخ الميلاد").contains("رقم الجوال");
			scrollTo(section);
			screenshot("register-duplicate-review");

			click(By.xpath("//section[contains(@class,'pair')][contains(.,'" + other + "')]//button[normalize-space()='دمج الأسرتين في الملف "
					+ kept + "']"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewMessage"), "دُمج الملف " + other + " في " + kept));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM request_summary WHERE national_id = ?").param(keptId).query(Integer.class).single())
				.isEqualTo(2);
			wait.until(ExpectedConditions.invisibilityOfElementLocated(pair));
			scrollTo(driver.findElement(By.id("reviewMessage")));
			screenshot("register-merged");

			click(By.xpath("//table[@id='merges']//tr[contains(.,'" + other + "')]//button[normalize-space()='إلغاء الدمج']"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewMessage"), "أُلغي الدمج"));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM request_summary WHERE national_id = ?").param(keptId).query(Integer.class).single())
				.isEqualTo(1);
			wait.until(ExpectedConditions.visibilityOfElementLocated(pair));
			scrollTo(driver.findElement(By.id("reviewMessage")));
			screenshot("register-merge-undone");

			click(By.xpath("//section[contains(@class,'pair')][contains(.,'" + other + "')]//button[normalize-space()='أسرتان مختلفتان']"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewMessage"), "لن يُنبَّه عليهما ثانية"));
			wait.until(ExpectedConditions.invisibilityOfElementLocated(pair));
			assertThat(jdbc.sql("SELECT status FROM family_duplicate WHERE file_number = ? AND other = ?").params(other, kept)
				.query(String.class).single()).isEqualTo("DIFFERENT");
			screenshot("register-different-people");

			// an online submission, verified at reception, with the kept family's mobile: beside the file, merged into it
			String applicant = TestApplicants.nationalId();
			String onFile = jdbc.sql("SELECT mobile FROM beneficiary_file WHERE file_number = ?").param(kept).query(String.class).single();
			var started = onlineRequests.start(sa.org.hayaniyah.masar.JourneyDriver.with(TestApplicants.startForm("C7", applicant),
					"mobile", onFile));
			String reference = started.request().referenceNumber();
			java.util.Map<String, Object> form = sa.org.hayaniyah.masar.JourneyDriver.with(TestApplicants.applicantData(applicant),
					"mobile", onFile);
			form.put("familyName", "آل " + SampleRegister.word(n + 7));
			journey.receive(runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult(),
					form);
			driver.navigate().refresh();
			showPairsOf(reference);
			By pending = By.xpath("//section[contains(@class,'pair')][contains(.,'" + reference + "')][contains(.,'" + kept + "')]");
			WebElement pendingPair = wait.until(ExpectedConditions.visibilityOfElementLocated(pending));
			assertThat(pendingPair.getText()).contains("طلب إلكتروني").contains("طلب لم يُسجَّل بعد").contains("مرحلة الطلب")
				.doesNotContain(applicant);
			scrollTo(pendingPair);
			screenshot("register-pending-request");
			click(By.xpath("//section[contains(@class,'pair')][contains(.,'" + reference + "')][contains(.,'" + kept
					+ "')]//button[normalize-space()='دمج الأسرتين في الملف " + kept + "']"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewMessage"), "دُمج الطلب " + reference + " في " + kept));
			wait.until(ExpectedConditions.invisibilityOfElementLocated(pending));
			// its pair with the other file goes too: the request is the kept family's now, decided different from it
			wait.until(ExpectedConditions.invisibilityOfElementLocated(
					By.xpath("//section[contains(@class,'pair')][contains(.,'" + reference + "')][contains(.,'" + other + "')]")));
			assertThat(jdbc.sql("SELECT national_id FROM request_summary WHERE reference_number = ?").param(reference)
				.query(String.class).single()).as("the request joins the file's family").isEqualTo(keptId);
			scrollTo(driver.findElement(By.id("reviewMessage")));
			screenshot("register-pending-merged");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("register-failure");
			throw e;
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

	private void scrollTo(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
	}

	/** Types a file number or reference into the review's filter, as a supervisor would, and sends it with Enter. */
	private void showPairsOf(String key) {
		WebElement about = driver.findElement(By.id("about"));
		about.clear();
		about.sendKeys(key, org.openqa.selenium.Keys.ENTER);
		wait.until(ExpectedConditions.attributeToBe(By.id("pairs"), "data-about", key));
	}

	private void click(By by) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private void screenshot(String name) {
		try {
			Path file = BrowserPages.SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			System.out.println("Screenshot: " + file.toAbsolutePath());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
