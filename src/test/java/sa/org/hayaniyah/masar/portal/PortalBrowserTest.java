package sa.org.hayaniyah.masar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.BrowserPages;
import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.api.RateLimits;
import sa.org.hayaniyah.masar.intake.SupportRequests;
import sa.org.hayaniyah.masar.survey.Surveys;
import sa.org.hayaniyah.masar.verification.SubmittedDocuments;

/**
 * A beneficiary on a phone (390 x 844, headless Chromium) uses the website portal as a person does: typing with the
 * keyboard, choosing files, reading the code from the SMS (the outbox). Screenshots of every page go to
 * {@code target/screenshots/portal-*.png} (the whole page, not only the first screen).
 */
@MasarIntegrationTest
@Tag("browser")
class PortalBrowserTest extends DatabaseTestSupport {

	private static final Path FILES = Path.of("target", "portal-files");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JourneyDriver journey;

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	SubmittedDocuments documents;

	@Autowired
	Surveys surveys;

	@Autowired
	RateLimits rateLimits;

	private ChromeDriver driver;

	private WebDriverWait wait;

	private PortalClient outbox;

	@BeforeAll
	static void requireBrowser() {
		BrowserPages.requireChromium(PortalBrowserTest.class);
	}

	@BeforeEach
	void startPhone() throws IOException {
		rateLimits.forgetAll();
		outbox = new PortalClient(null, jdbc);
		Files.createDirectories(FILES);
		ChromeOptions options = BrowserPages.headless("ar", 390, 844);
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true)));
		driver = new ChromeDriver(options);
		wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	@AfterEach
	void quitPhone() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void aPersonAppliesWithDocumentsTracksSuppliesWhatIsMissingAsksAndChangesTheirMobile() throws IOException {
		String nationalId = TestApplicants.nationalId();
		String mobile = TestApplicants.mobile(nationalId);
		Path idCopy = file("هوية.pdf", PortalClient.PDF);
		Path record = file("سجل-الأسرة.png", PortalClient.PNG);
		try {
			open("index.html");
			screenshot("portal-01-home");
			driver.findElement(By.id("go-apply")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply")));

			type("applicantName", "فاطمة محمد سعيد الحياني");
			type("nationalId", "1234567890");
			type("mobile", mobile);
			type("city", "الحيانية");
			type("district", "الشمالي");
			type("address", "شارع الملك فهد، بيت 12");
			type("householdSize", "2");
			type("monthlyIncome", "2500");
			driver.findElement(By.id("add-member")).click();
			type("householdMembers[0].name", "سارة علي الحياني");
			choose("householdMembers[0].relation", "ابنة");
			type("householdMembers[0].age", "9");
			choose("supportType", "سلة غذائية");
			type("requestSummary", "نحتاج سلة غذائية شهرية لأسرة من ثلاثة أفراد");
			choose("doc-type-0", "صورة الهوية الوطنية أو الإقامة");
			driver.findElement(By.id("doc-file-0")).sendKeys(idCopy.toAbsolutePath().toString());
			driver.findElement(By.id("add-document")).click();
			choose("doc-type-1", "صورة سجل الأسرة");
			driver.findElement(By.id("doc-file-1")).sendKeys(record.toAbsolutePath().toString());
			press("declarationAccepted", Keys.SPACE);
			press("consentGiven", Keys.SPACE);
			screenshot("portal-02-apply-form");

			// a wrong national ID: the message beside the field, everything typed still there, no code sent
			driver.findElement(By.id("send-code")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-nationalId"), "رقم الهوية غير صحيح"));
			assertThat(driver.findElement(By.id("nationalId")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("nationalId");
			assertThat(value("applicantName")).isEqualTo("فاطمة محمد سعيد الحياني");
			assertThat(value("householdMembers[0].name")).isEqualTo("سارة علي الحياني");
			assertThat(outbox.codesSentTo(PortalClient.e164(mobile))).isZero();
			screenshot("portal-03-apply-wrong-id");

			WebElement id = driver.findElement(By.id("nationalId"));
			id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			id.sendKeys(nationalId);
			driver.findElement(By.id("send-code")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
			assertThat(driver.findElement(By.id("sent")).getText()).contains("أرسلنا رمز التحقق");
			assertThat(journeyCount(nationalId)).as("nothing starts before the code").isZero();
			screenshot("portal-04-apply-code");

			// a wrong code first
			String code = outbox.lastCode(PortalClient.e164(mobile));
			type("code", code.equals("000000") ? "111111" : "000000");
			driver.findElement(By.id("confirm-code")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-code"), "رمز التحقق غير صحيح"));
			screenshot("portal-05-apply-wrong-code");
			WebElement codeField = driver.findElement(By.id("code"));
			codeField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			codeField.sendKeys(code, Keys.ENTER);
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
			String reference = driver.findElement(By.id("reference")).getText();
			assertThat(reference).matches("HY-\\d{4}-\\d+");
			assertThat(driver.findElement(By.id("deadline")).getText()).contains(" م الموافق ").endsWith("هـ");
			assertThat(driver.findElement(By.id("received-documents")).getText()).contains("صورة الهوية").contains("سجل الأسرة");
			assertThat(journeyCount(nationalId)).isEqualTo(1);
			screenshot("portal-06-apply-done");

			// staff receive it: the family record was not among the documents they checked, so it is asked for
			ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
			// (the household as the person typed it: herself and one daughter)
			journey.receive(instance, JourneyDriver.with(JourneyDriver.with(TestApplicants.applicantData(nationalId),
					"documentsReceived", List.of("ID_COPY")), "householdSize", 2L));
			assertThat(journey.openTasks(instance)).as("%s", runtimeService.getVariable(instance.getId(), "verificationSummary"))
				.extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
				.containsExactly("Task_ProvideMissingInformation");

			open("track.html");
			type("reference", reference);
			type("nationalId", nationalId);
			driver.findElement(By.id("send-code")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
			screenshot("portal-07-track-code");
			type("code", outbox.lastCode(PortalClient.e164(mobile)));
			driver.findElement(By.id("confirm-code")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
			assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("بانتظار استكمال معلومات ناقصة");
			assertThat(driver.findElement(By.id("missing-list")).getText()).contains("صورة سجل الأسرة");
			assertThat(driver.findElement(By.id("dates")).getText()).contains("تاريخ التقديم").contains("موعد رد اللجنة");
			screenshot("portal-08-track-missing");

			assertThat(driver.findElements(By.cssSelector("#upload .file-button"))).extracting(WebElement::getText)
				.containsExactly("اختر ملفًا");
			choose("upload-type", "صورة سجل الأسرة");
			driver.findElement(By.id("files[0]")).sendKeys(record.toAbsolutePath().toString());
			driver.findElement(By.id("send-document")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploaded"), "وصلنا المستند"));
			long requestId = supportRequests.findByReference(reference).orElseThrow().id();
			assertThat(documents.findByRequest(requestId)).filteredOn(d -> d.type().equals("FAMILY_RECORD")).hasSize(1);

			type("new-mobile", "0599" + nationalId.substring(4));
			driver.findElement(By.id("send-contact")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-done"), "تم تحديث رقم الجوال"));
			assertThat(supportRequests.findByReference(reference).orElseThrow().mobile())
				.isEqualTo("+966599" + nationalId.substring(4));
			screenshot("portal-09-track-uploaded-and-contact");

			// ask a question about it
			open("ask.html");
			choose("inquiryKind", "سؤال عن إجراء");
			type("question", "هل أحتاج إلى إحضار أصل سجل الأسرة إلى مقر الجمعية؟");
			type("personName", "فاطمة محمد الحياني");
			type("mobile", "0599" + nationalId.substring(4));
			type("requestReference", reference);
			screenshot("portal-10-ask-form");
			driver.findElement(By.id("send")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
			String inquiry = driver.findElement(By.id("reference")).getText();
			assertThat(inquiry).matches("HY-Q-\\d{4}-\\d+");
			assertThat(driver.findElement(By.id("due")).getText()).contains("نرد عليك في موعد أقصاه");
			assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("beneficiary-inquiry")
				.processInstanceBusinessKey(inquiry).count()).isEqualTo(1);
			screenshot("portal-11-ask-done");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("portal-failure-apply");
			throw e;
		}
	}

	@Test
	void aServedFamilyRatesTheServiceFromItsLinkAndAnExpiredLinkSaysSo() {
		try {
			open("index.html");
			driver.findElement(By.id("go-rate")).click();
			wait.until(ExpectedConditions.titleContains("تقييم الخدمة"));
			screenshot("portal-12-rate-help");

			ProcessInstance served = served(TestApplicants.nationalId());
			String token = surveys.pendingFor(served.getBusinessKey()).orElseThrow().token();
			driver.get("http://localhost:" + port + "/survey.html?t=" + token);
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey")));
			driver.findElement(By.cssSelector(".scale[data-name='overall'] input[value='5']")).click();
			driver.findElement(By.cssSelector(".scale[data-name='courtesy'] input[value='5']")).click();
			driver.findElement(By.id("comment")).sendKeys("شكرًا على سرعة الخدمة");
			screenshot("portal-13-rate-form");
			driver.findElement(By.cssSelector("#survey button[type='submit']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "وصل تقييمكم"));
			assertThat(surveys.pendingFor(served.getBusinessKey())).isEmpty();

			// another family let its link pass the seven days
			ProcessInstance late = served(TestApplicants.nationalId());
			ProcessInstance survey = journey.survey(late);
			String lateToken = surveys.pendingFor(late.getBusinessKey()).orElseThrow().token();
			journey.moveClock(Duration.ofDays(8));
			journey.fireTimer(survey, "Event_SurveyExpired");
			driver.get("http://localhost:" + port + "/survey.html?t=" + lateToken);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "انتهت مدة هذا التقييم"));
			assertThat(driver.findElement(By.id("survey")).isDisplayed()).isFalse();
			screenshot("portal-14-rate-expired");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("portal-failure-rate");
			throw e;
		}
	}

	@Test
	void everyRefusalIsShownInArabicBesideItsField() throws IOException {
		String nationalId = TestApplicants.nationalId();
		String mobile = TestApplicants.mobile(nationalId);
		Path disguised = file("scan.pdf", PortalClient.EXE);
		byte[] big = new byte[5 * 1024 * 1024 + 10];
		System.arraycopy(PortalClient.PDF, 0, big, 0, PortalClient.PDF.length);
		Path oversized = file("big.pdf", big);
		try {
			open("apply.html");
			type("applicantName", "خالد سعيد الحياني");
			type("nationalId", nationalId);
			type("mobile", mobile);
			type("city", "الحيانية");
			type("householdSize", "1");
			choose("supportType", "مساعدة نقدية");
			choose("doc-type-0", "إثبات الدخل");
			driver.findElement(By.id("doc-file-0")).sendKeys(disguised.toAbsolutePath().toString());
			driver.findElement(By.id("add-document")).click();
			choose("doc-type-1", "عقد الإيجار");
			driver.findElement(By.id("doc-file-1")).sendKeys(oversized.toAbsolutePath().toString());
			// no declaration, no consent
			driver.findElement(By.id("send-code")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-files[0]"), "فُحص محتوى الملف"));
			assertThat(driver.findElement(By.id("err-files[1]")).getText()).contains("حجم الملف أكبر من 5 ميغابايت");
			assertThat(driver.findElement(By.id("err-declarationAccepted")).getText()).contains("الإقرار");
			assertThat(driver.findElement(By.id("err-consentGiven")).getText()).contains("موافقتك");
			assertThat(driver.findElement(By.cssSelector("#apply .summary")).getText()).contains("راجع الحقول التالية");
			assertThat(value("applicantName")).isEqualTo("خالد سعيد الحياني");
			screenshot("portal-15-apply-refused-uploads");

			// the person picks real scans instead
			driver.findElement(By.id("doc-file-0")).sendKeys(file("دخل.pdf", PortalClient.PDF).toAbsolutePath().toString());
			driver.findElement(By.id("doc-file-1")).sendKeys(file("عقد.png", PortalClient.PNG).toAbsolutePath().toString());
			assertThat(driver.findElement(By.cssSelector("#documents .document .file-name")).getText()).isEqualTo("دخل.pdf");
			// the code: five wrong tries and the code is dead
			press("declarationAccepted", Keys.SPACE);
			press("consentGiven", Keys.SPACE);
			driver.findElement(By.id("send-code")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
			String code = outbox.lastCode(PortalClient.e164(mobile));
			String wrong = code.equals("000000") ? "111111" : "000000";
			for (int i = 0; i < 5; i++) {
				WebElement field = driver.findElement(By.id("code"));
				field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
				field.sendKeys(wrong, Keys.ENTER);
				int left = 4 - i;
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-code"),
						left > 0 ? "المحاولات المتبقية: " + left : "تجاوزت عدد المحاولات"));
			}
			WebElement field = driver.findElement(By.id("code"));
			field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			field.sendKeys(code, Keys.ENTER);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-code"), "تجاوزت عدد المحاولات"));
			assertThat(journeyCount(nationalId)).isZero();
			screenshot("portal-16-apply-too-many-attempts");

			// tracking: a wrong reference is answered as a right one would be; five codes an hour for one ID
			open("track.html");
			type("reference", "HY-1448-1");
			type("nationalId", "1000000000");
			driver.findElement(By.id("send-code")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-nationalId"), "رقم الهوية غير صحيح"));
			screenshot("portal-17-track-bad-id");
			WebElement id = driver.findElement(By.id("nationalId"));
			id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			id.sendKeys(nationalId);
			for (int i = 0; i < 5; i++) {
				driver.findElement(By.id("send-code")).click();
				if (i < 4) {
					wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
					assertThat(driver.findElement(By.id("sent")).getText()).contains("إن كانت البيانات صحيحة");
					driver.findElement(By.id("again")).click();
					wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("find")));
				}
			}
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-request"), "عدد الطلبات أكثر من المسموح"));
			assertThat(value("reference")).isEqualTo("HY-1448-1");
			screenshot("portal-18-track-rate-limited");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("portal-failure-refusals");
			throw e;
		}
	}

	/** A request taken through the committee to a delivered service; its survey waits for the family's answer. */
	private ProcessInstance served(String nationalId) {
		ProcessInstance instance = journey.toCommittee(nationalId);
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");
		journey.complete(instance, "Task_DeliverService", "reception2",
				Map.of("serviceDescription", "سلة غذائية شهرية", "serviceAmount", 350.0, "deliveredOn",
						ClockUtil.now().toInstant().atZone(java.time.ZoneId.of("Asia/Riyadh")).toLocalDate().toString()));
		return instance;
	}

	private long journeyCount(String nationalId) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("beneficiary-journey")
			.variableValueEquals("nationalId", nationalId)
			.count();
	}

	private void open(String page) {
		driver.get("http://localhost:" + port + "/portal/" + page);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
	}

	/** Clicks into the field (as a thumb does) and types. */
	private void type(String id, String text) {
		WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
		field.click();
		field.sendKeys(text);
		if (!text.equals(field.getAttribute("value"))) {
			// a tap that only scrolled the page on the emulated touch screen: tap again and type
			field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
			field.sendKeys(text);
		}
		assertThat(field.getAttribute("value")).as("typed into %s", id).isEqualTo(text);
	}

	private void press(String id, Keys key) {
		WebElement field = driver.findElement(By.id(id));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
		field.sendKeys(key);
	}

	private void choose(String id, String label) {
		new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id)))).selectByVisibleText(label);
	}

	private String value(String id) {
		return driver.findElement(By.id(id)).getAttribute("value");
	}

	private static Path file(String name, byte[] bytes) throws IOException {
		Path file = FILES.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	/** The whole page at the phone's width, as a person scrolling would see it. */
	private void screenshot(String name) {
		if (driver == null) {
			return;
		}
		try {
			Number height = (Number) ((JavascriptExecutor) driver)
				.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
					"clip", Map.of("x", 0, "y", 0, "width", 390, "height", Math.max(844, height.intValue()), "scale", 1)));
			Path file = BrowserPages.SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			System.out.println("Screenshot: " + file.toAbsolutePath());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			System.err.println("No screenshot " + name + ": " + e.getMessage());
		}
	}

}
