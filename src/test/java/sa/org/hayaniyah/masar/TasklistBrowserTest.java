package sa.org.hayaniyah.masar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.org.hayaniyah.masar.common.JourneyVariables;
import sa.org.hayaniyah.masar.inquiry.Inquiries;
import sa.org.hayaniyah.masar.notification.NotificationDispatcher;
import sa.org.hayaniyah.masar.notification.Notifications;
import sa.org.hayaniyah.masar.survey.Surveys;

/**
 * What a receptionist does in a real browser: logs in to Camunda Tasklist, starts "رحلة المستفيد" with its Arabic
 * start form, opens "استقبال المستفيد" and sees its Arabic Camunda Form rendered by form-js. Screenshots go to
 * {@code target/screenshots}. Needs the Debian Chromium and chromedriver (never downloaded: Selenium Manager is
 * bypassed); without them the test is skipped loudly, or fails when {@code masar.test.require-browser=true}.
 */
@MasarIntegrationTest
@Tag("browser")
class TasklistBrowserTest extends DatabaseTestSupport {

	private static final String USER = "reception1";

	private static final String PASSWORD = "masar-demo";

	private static final String PROCESS_NAME = "رحلة المستفيد";

	private static final String GROUP_FILTER = "مهام مجموعاتي";

	private static final String TASK_NAME = "استقبال المستفيد";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	JourneyDriver journey;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Inquiries inquiries;

	@Autowired
	Surveys surveys;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	HistoryService historyService;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationDispatcher dispatcher;

	private WebDriver driver;

	/** Who is logged in to Tasklist now. */
	private String currentUser = USER;

	private WebDriverWait wait;

	@BeforeAll
	static void requireBrowser() {
		BrowserPages.requireChromium(TasklistBrowserTest.class);
	}

	@BeforeEach
	void startBrowser() throws IOException {
		startBrowser("ar");
	}

	/** Chromium with the browser language {@code lang}: the webapps choose their language and direction by it. */
	private void startBrowser(String lang) throws IOException {
		if (driver != null) {
			driver.quit();
		}
		driver = new ChromeDriver(BrowserPages.headless(lang, 1400, 1000));
		wait = new WebDriverWait(driver, Duration.ofSeconds(45));
	}

	@AfterEach
	void quitBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void receptionistStartsTheJourneyAndSeesTheArabicReceptionForm() {
		String nationalId = TestApplicants.nationalId();
		try {
			logIn();
			startJourney(nationalId);

			ProcessInstance instance = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("beneficiary-journey")
				.variableValueEquals("nationalId", nationalId)
				.singleResult();
			assertThat(instance).as("process instance started from Tasklist for %s", nationalId).isNotNull();
			assertThat(runtimeService.getVariable(instance.getId(), "receivedBy")).isEqualTo(USER);
			Task task = taskService.createTaskQuery()
				.processInstanceId(instance.getId())
				.taskDefinitionKey("Task_ReceiveBeneficiary")
				.singleResult();
			assertThat(task).as("open task Task_ReceiveBeneficiary").isNotNull();

			openTask(instance.getBusinessKey(), task.getId());
			claim();

			WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container .fjs-form")));
			wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("عدد أفراد الأسرة")));
			List<String> labels = form.findElements(By.cssSelector(".fjs-form-field-label")).stream().map(WebElement::getText).toList();
			assertThat(labels).anyMatch(label -> label.contains("رقم الهوية الوطنية أو الإقامة"))
				.anyMatch(label -> label.contains("عدد أفراد الأسرة"))
				.anyMatch(label -> label.contains("اسم العائلة"))
				.anyMatch(label -> label.contains("تاريخ انتهاء الهوية"))
				.anyMatch(label -> label.contains("المستندات التي استُلمت"));
			assertThat(form.getText()).as("the household members list").contains("أفراد الأسرة (غير المتقدم)");
			// the start form's answers are loaded into the task form
			assertThat(formInput("رقم الهوية الوطنية أو الإقامة").getAttribute("value")).isEqualTo(nationalId);
			assertThat(formInput("اسم العائلة").getAttribute("value")).isEqualTo("الحياني");
			assertThat(formInput("الرقم المرجعي للطلب").getAttribute("value")).isEqualTo(instance.getBusinessKey());
			assertNoFormFailure();

			dismissNotifications();
			showWholeForm();
			screenshot("receive-beneficiary-form");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure");
			throw e;
		}
	}

	@Test
	void storedMarkupIsShownAsTextNeverRun() {
		String payload = "<img src=x onerror=alert(1)>";
		ProcessInstance instance = journey.startAtOffice(USER, TestApplicants.startForm("C1", TestApplicants.nationalId()));
		// as if an earlier submission had stored it: the form must show it as text
		runtimeService.setVariable(instance.getId(), "familyName", payload);
		runtimeService.setVariable(instance.getId(), "inquiryNotes", payload + "<script>alert(2)</script>");
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		try {
			logIn();
			openTask(journey.variable(instance, JourneyVariables.REFERENCE_NUMBER), task.getId());
			claim();
			assertThat(formInput("اسم العائلة").getAttribute("value")).isEqualTo(payload);
			assertThat(driver.findElements(By.cssSelector("img[src='x']"))).as("no injected image element").isEmpty();
			assertThat(driver.findElements(By.xpath("//script[contains(.,'alert(2)')]"))).as("no injected script").isEmpty();
			assertThatThrownBy(() -> driver.switchTo().alert()).as("no alert ran").isInstanceOf(NoAlertPresentException.class);
			screenshot("stored-markup-escaped");

			// the documents page linked from the form, on the same Tasklist session, shows a hostile file name as text
			String reference = journey.variable(instance, JourneyVariables.REFERENCE_NUMBER);
			uploadDocument(reference, payload + ".pdf");
			driver.get("http://localhost:" + port + "/staff/documents.html?reference=" + reference);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), payload + ".pdf"));
			assertThat(driver.findElements(By.cssSelector("img[src='x']"))).as("no injected image element").isEmpty();
			assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
			screenshot("documents-page");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-xss");
			throw e;
		}
	}

	@Test
	void arabicStaffSeeRightToLeftMenusTheirFiltersWithSlaColumnsAndTheirTools() throws Exception {
		startBrowser("ar");
		ProcessInstance instance = journey.startAtOffice(USER, TestApplicants.startForm("C1", TestApplicants.nationalId()));
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		// overdue, so it heads the filters sorted by due date whatever other tests left behind
		taskService.setDueDate(task.getId(), Date.from(Instant.now().minus(Duration.ofDays(1))));
		Map<String, String> arabic = arabicLabels();
		try {
			logIn();
			WebElement html = driver.findElement(By.tagName("html"));
			assertThat(html.getAttribute("dir")).isEqualTo("rtl");
			assertThat(html.getAttribute("lang")).isEqualTo("ar");
			WebElement startProcess = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.start-process-action a")));
			assertThat(startProcess.getText()).contains(arabic.get("START_PROCESS"));
			assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed))
				.as("no Camunda 8 banner for staff")
				.isTrue();

			wait.until(ExpectedConditions.elementToBeClickable(filter("مهام الاستقبال"))).click();
			assertThat(driver.findElements(By.xpath("//div[contains(@class,'task-filter')]//h4")).stream().map(e -> e.getAttribute("uib-tooltip")).toList())
				.contains("مهامي", "مهام مجموعاتي", "مهام الاستقبال", "المتأخرة عن موعدها")
				.doesNotContain("تصويت اللجنة", "التصعيد");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.tasks-list"), "الرقم المرجعي"));
			String cards = driver.findElement(By.cssSelector("ol.tasks-list")).getText();
			System.out.println("Arabic task list cards:\n" + cards);
			assertThat(cards).contains("اسم المتقدم");
			screenshot("arabic-task-list");

			// tasks other tests left with earlier due dates may fill the first page: narrow to this request
			narrowToReference(instance.getBusinessKey());
			clickTaskInList(task.getId(), TASK_NAME);
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container .fjs-form")));
			claim();
			screenshot("arabic-task");
			// staff pages open beside the task, in a tab of their own
			String taskWindow = driver.getWindowHandle();
			wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("دليل سياسة دعم المستفيدين"))).click();
			wait.until(browser -> browser.getWindowHandles().size() == 2);
			driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(taskWindow)).findFirst().orElseThrow());
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "دليل سياسة دعم المستفيدين"));
			assertThat(driver.getPageSource()).contains("required-documents.dmn").contains("شهادة رقم الحساب البنكي");
			screenshot("support-policy-guide");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-arabic");
			throw e;
		}
	}

	@Test
	void supervisorsSeeCockpitInArabic() throws Exception {
		startBrowser("ar");
		try {
			driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] input[ng-model='username']")))
				.sendKeys("supervisor1");
			driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(PASSWORD);
			driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "حالات الإجراء الجارية"));
			assertThat(driver.findElement(By.tagName("body")).getText()).contains("الإجراءات").contains("تعريفات القرارات");
			assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
			assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
			screenshot("cockpit-arabic");

			// the dashboard leads supervisors to the governance reports, with the Cockpit session
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".masar-reports a"))).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#satisfaction tbody"), "الإجمالي"));
			assertThat(driver.findElement(By.id("message")).isDisplayed()).isFalse();
			assertThat(driver.findElement(By.id("packPdf")).getAttribute("href")).contains("/api/compliance-pack.pdf?from=");
			screenshot("governance-reports");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-cockpit");
			throw e;
		}
	}

	@Test
	void receptionPicksALibraryAnswerInTasklistAndTheBeneficiaryRatesItOnTheSurveyPage() {
		String libraryAnswer = "المطلوب صورة الهوية وسجل الأسرة وما يثبت الدخل.";
		String libraryQuestion = "مستندات الطلب " + System.nanoTime() % 100000;
		try {
			ProcessInstance earlier = journey.start("beneficiary-inquiry", USER, TestApplicants.inquiryForm("PROCEDURE", "ما المستندات المطلوبة للطلب؟"));
			journey.complete(earlier, "Task_AnswerInquiry", USER,
					Map.of("answer", libraryAnswer, "saveToLibrary", true, "libraryQuestion", libraryQuestion));
			ProcessInstance inquiry = journey.start("beneficiary-inquiry", USER, TestApplicants.inquiryForm("PROCEDURE", "ماذا أحضر معي لتقديم الطلب؟"));
			Task task = taskService.createTaskQuery().processInstanceId(inquiry.getId()).singleResult();

			logIn();
			openTask(inquiry.getBusinessKey(), task.getId(), "الرد على الاستفسار");
			claim("الرد على الاستفسار");
			wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("اختيار إجابة جاهزة من مكتبة الإجابات")));
			dismissNotifications();
			showWholeForm();
			choose("اختيار إجابة جاهزة من مكتبة الإجابات", libraryQuestion);
			assertNoFormFailure();
			screenshot("answer-inquiry-form");
			wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//section[contains(@class,'task-details')]//button[normalize-space()='إكمال']")))
				.click();
			wait.until(browser -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
			assertThat(inquiries.findByReference(inquiry.getBusinessKey()).orElseThrow().answer()).isEqualTo(libraryAnswer);

			// the person follows the link in the SMS with the answer's survey
			String token = surveys.pendingFor(inquiry.getBusinessKey()).orElseThrow().token();
			driver.get("http://localhost:" + port + "/survey.html?t=" + token);
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey")));
			assertThat(driver.findElement(By.id("reference")).getText()).isEqualTo(inquiry.getBusinessKey());
			driver.findElement(By.cssSelector(".scale[data-name='overall'] input[value='2']")).click();
			driver.findElement(By.cssSelector(".scale[data-name='clarity'] input[value='1']")).click();
			driver.findElement(By.id("comment")).sendKeys("الرد لم يوضح أين أسلّم المستندات");
			screenshot("survey-page");
			driver.findElement(By.cssSelector("#survey button[type='submit']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "وصل تقييمكم"));
			screenshot("survey-answered");
			assertThat(surveys.pendingFor(inquiry.getBusinessKey())).isEmpty();
			assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(inquiry.getId()).singleResult())
				.as("the survey waits for a supervisor's service recovery")
				.satisfies(survey -> assertThat(taskService.createTaskQuery().processInstanceId(survey.getId()).singleResult()
					.getTaskDefinitionKey()).isEqualTo("Task_RecoverService"));
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-inquiry");
			throw e;
		}
	}

	/**
	 * Issue 19: a family asks "where is my request?". Reception finds the family from Tasklist's header by a spelling
	 * of the name other than the one typed at intake, opens the file on the status question's task, appends a case
	 * note and answers from what the file shows.
	 */
	@Test
	void receptionFindsTheFamilyOpensItsFileOnTheTaskAddsANoteAndAnswersWhereTheRequestIs() {
		String nationalId = TestApplicants.nationalId();
		Map<String, Object> form = TestApplicants.startForm("C1", nationalId);
		form.put("applicantName", "عبدالله فهد سعيد الزهرانيّ");
		ProcessInstance request = journey.startAtOffice(USER, form);
		Map<String, Object> question = TestApplicants.inquiryForm("STATUS", "أين وصل طلبي؟");
		question.put("requestReference", request.getBusinessKey());
		question.put("nationalId", nationalId);
		ProcessInstance inquiry = journey.start("beneficiary-inquiry", USER, question);
		Task task = taskService.createTaskQuery().processInstanceId(inquiry.getId()).singleResult();
		String note = "اتصل الأب يسأل عن الطلب، أُبلغ بالمرحلة " + System.nanoTime() % 1000;
		try {
			logIn();
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.masar-family-search-link"))).click();
			WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("masar-family-query")));
			// typed as a person hears it: "عبد الله" apart, without the shadda, and the last name's alef as hamza
			box.sendKeys("عبد الله فهد الزهرأني" + Keys.ENTER);
			By hit = By.xpath("//ul[contains(@class,'masar-family-results')]//li[contains(.,'" + request.getBusinessKey() + "')]//button");
			wait.until(ExpectedConditions.elementToBeClickable(hit));
			screenshot("family-search");
			driver.findElement(hit).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//div[contains(@class,'masar-family-opened')]//table//td[normalize-space()='" + request.getBusinessKey() + "']")));
			screenshot("family-file-from-search");

			// back to the task list, as a person does with the browser's back button
			driver.navigate().back();
			openTask(inquiry.getBusinessKey(), task.getId(), "الرد على الاستفسار");
			claim("الرد على الاستفسار");
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//section[contains(@class,'task-details')]//a[normalize-space()='ملف الأسرة']"))).click();
			WebElement stage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
					"//div[contains(@class,'masar-family')]//table//tr[td[normalize-space()='" + request.getBusinessKey() + "']]/td[2]")));
			String stageText = stage.getText().trim();
			assertThat(stageText).isNotBlank();
			WebElement noteBox = driver.findElement(By.cssSelector(".masar-family-note-form textarea"));
			scrollToMiddle(noteBox);
			noteBox.sendKeys(note);
			WebElement addNote = driver.findElement(By.xpath("//form[contains(@class,'masar-family-note-form')]//button[normalize-space()='إضافة الملاحظة']"));
			scrollToMiddle(addNote);
			addNote.click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//ul[contains(@class,'masar-family-notes')]//p[normalize-space()='" + note + "']")));
			screenshot("family-file-tab-with-note");

			// back to the form: the answer says what the file showed
			driver.findElement(By.xpath("//section[contains(@class,'task-details')]//a[normalize-space()='النموذج']")).click();
			WebElement answer = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(fieldXpath("نص الرد") + "//textarea")));
			String reply = "طلبكم " + request.getBusinessKey() + ": " + stageText;
			answer.sendKeys(reply);
			atAPersonsPace();
			wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//section[contains(@class,'task-details')]//button[normalize-space()='إكمال']")))
				.click();
			wait.until(browser -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);

			// read back what was stored: the answer, the note (through the API as the same receptionist), the audit
			assertThat(inquiries.findByReference(inquiry.getBusinessKey()).orElseThrow().answer()).isEqualTo(reply);
			String file = rest.withBasicAuth(USER, PASSWORD)
				.getForObject("/api/family-files/by-request/" + request.getBusinessKey(), String.class);
			assertThat(file).contains(note, stageText);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_access WHERE actor = ? AND subject = ?",
					Integer.class, USER, request.getBusinessKey())).isGreaterThanOrEqualTo(2);
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-family-file");
			throw e;
		}
	}

	@Test
	void committeeMembersSeeTheDaysLeftOnTheirVote() {
		try {
			ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
			Task vote = taskService.createTaskQuery().processInstanceId(instance.getId()).taskAssignee("committee1").singleResult();
			logIn("committee1");
			driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + vote.getId());
			WebElement daysLeft = wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//div[contains(@class,'fjs-container')]//*[contains(text(),'المتبقي على موعد رد اللجنة')]")));
			// two weeks from submission, counted in the member's browser each time the vote is opened (R5)
			assertThat(daysLeft.getText()).matches("المتبقي على موعد رد اللجنة: 1[345] يومًا");
			assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText()).contains("أتنحى عن التصويت لتعارض المصالح");
			assertNoFormFailure();
			screenshot("committee-vote");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-vote");
			throw e;
		}
	}

	/**
	 * Reception's day as a person types it, in the Arabic Tasklist: a request started with a mistyped national ID that
	 * is corrected in place, its reference number read off the screen, the reception task found in "مهامي", the
	 * applicant's data typed with both calendars and three household members (one added, edited and removed on the
	 * way), a scan uploaded beside the task, then completed. The same request then goes on as each person logs in:
	 * reception records the signed declaration, researcher1 claims the research from the group's list and types the
	 * visit date as its description shows it, committee1-3 each approve their own vote, reception delivers the service,
	 * supervisor1 finds the request at its last step in Cockpit, and the beneficiary rates the service from the link in
	 * the invitation sent two hours later. After each step what was stored is read back from the engine and the
	 * database. Every screen is scanned for Latin words.
	 */
	@Test
	void receptionTypesARequestThroughAsAPersonDoes() throws Exception {
		startBrowser("ar");
		String nationalId = TestApplicants.nationalId();
		String mistyped = nationalId.substring(0, 9) + (char) ('0' + (nationalId.charAt(9) - '0' + 1) % 10);
		try {
			logIn();
			scanForLatin("task-list");

			// the start form, with one digit of the ID mistyped
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.start-process-action a"))).click();
			wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//div[contains(@class,'modal-dialog')]//a[normalize-space()='" + PROCESS_NAME + "']")))
				.click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("قناة التواصل")));
			choose("قناة التواصل", "مقابلة شخصية");
			formInput("اسم المتقدم الرباعي").sendKeys("محمد عبدالله سعيد الحياني");
			formInput("رقم الهوية الوطنية أو الإقامة").sendKeys(mistyped);
			formInput("رقم الجوال").sendKeys(TestApplicants.mobile(nationalId));
			choose("نوع الدعم المطلوب", "سلة غذائية");
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath(fieldXpath("وافق المتقدم") + "//input[@type='checkbox']"))).click();
			screenshot("journey-01-start-form");
			scanForLatin("start-form");
			By startButton = By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary') and normalize-space()='بدء']");
			wait.until(ExpectedConditions.elementToBeClickable(startButton)).click();

			// refused at the field, in Arabic, in view
			WebElement idError = wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath(fieldXpath("رقم الهوية الوطنية أو الإقامة") + "//div[contains(@class,'masar-field-error')]")));
			assertThat(idError.getText()).contains("رقم الهوية");
			assertThat(inView(idError)).as("the ID's error is in view").isTrue();
			screenshot("journey-02-invalid-id-at-the-field");
			scanForLatin("invalid-id");
			assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("nationalId", mistyped).count()).isZero();

			// corrected in place: the rest of what was typed stays
			WebElement idInput = formInput("رقم الهوية الوطنية أو الإقامة");
			idInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			idInput.sendKeys(nationalId);
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".masar-field-error")));
			assertThat(formInput("اسم المتقدم الرباعي").getAttribute("value")).isEqualTo("محمد عبدالله سعيد الحياني");
			wait.until(ExpectedConditions.elementToBeClickable(startButton)).click();
			WebElement started = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("masar-started")));
			String reference = started.findElement(By.cssSelector(".masar-reference")).getText();
			ProcessInstance instance = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("beneficiary-journey")
				.variableValueEquals("nationalId", nationalId)
				.singleResult();
			assertThat(reference).isEqualTo(instance.getBusinessKey()).startsWith("HY-");
			screenshot("journey-03-reference-number");
			scanForLatin("after-start");
			// the number told, the receptionist closes the note, which sits over the end of the list
			started.findElement(By.cssSelector("button.close")).click();
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("masar-started")));

			// the reception task is in "مهامي"
			wait.until(ExpectedConditions.elementToBeClickable(filter("مهامي"))).click();
			// other tests' requests fill the list too: a receptionist with a long list searches by the reference
			narrowToReference(reference);
			Task receive = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ReceiveBeneficiary").singleResult();
			assertThat(receive.getAssignee()).isEqualTo(USER);
			WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list li.task")));
			System.out.println("Task card: " + card.getText().replace("\n", " | "));
			// Arabic plurals: "4 أيام" but "14 يومًا", never "14 أيام"; Arabic commas
			assertThat(card.getText()).doesNotContainPattern("(^|\\D)(1[1-9]|[2-9][0-9]) أيام").doesNotContain(", ");
			scanForLatin("my-tasks", reference);
			clickTaskInList(receive.getId(), TASK_NAME);
			wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("عدد أفراد الأسرة")));
			screenshot("journey-04-reception-task");
			dismissNotifications();

			// dates: the ID's expiry in Hijri as printed on the card; a date of birth typed day first is refused at the field
			assertThat(radio("تقويم انتهاء الهوية", "هجري").isSelected()).isTrue();
			formInput("تاريخ انتهاء الهوية").sendKeys("1450-03-12");
			WebElement birth = typeAndSeeRefused("تاريخ الميلاد", "15/03/1985");
			screenshot("journey-04-date-refused-at-the-field");
			scanForLatin("date-refused");
			birth.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			birth.sendKeys("1985-03-15");
			choose("الجنسية", "سعودي");
			formInput("المدينة").sendKeys("الحيانية");
			formInput("الحي").sendKeys("حي النخيل");
			formInput("عدد أفراد الأسرة مع المتقدم").sendKeys("4");
			formInput("إجمالي دخل الأسرة الشهري").sendKeys("3200");

			// household members: four added, the third's age corrected, the fourth removed
			addMember("فاطمة علي الحياني", "زوج أو زوجة", "38");
			addMember("عبدالله محمد الحياني", "ابن", "12");
			addMember("نورة محمد الحياني", "ابنة", "8");
			addMember("خطأ في الإدخال", "أخرى", "1");
			WebElement thirdAge = memberInput(3, "العمر");
			thirdAge.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			thirdAge.sendKeys("9");
			WebElement removeFourth = driver.findElements(By.cssSelector(".fjs-repeat-row-remove")).get(3);
			scrollToMiddle(removeFourth);
			atAPersonsPace();
			removeFourth.click();
			wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-repeat-row-container"), 3));

			for (String document : List.of("صورة الهوية الوطنية أو الإقامة", "صورة سجل الأسرة", "إثبات الدخل")) {
				WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(fieldXpath("المستندات التي استُلمت")
						+ "//label[contains(normalize-space(.),'" + document + "')]//input | " + fieldXpath("المستندات التي استُلمت")
						+ "//div[label[contains(normalize-space(.),'" + document + "')]]/input")));
				scrollToMiddle(box);
				box.click();
			}

			// a scan uploaded beside the task: the documents page opens in another tab and leads back to the task
			String taskWindow = driver.getWindowHandle();
			WebElement documentsLink = wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("رفع صور المستندات")));
			assertThat(documentsLink.getAttribute("target")).isEqualTo("_blank");
			assertThat(documentsLink.getAttribute("rel")).contains("noopener");
			scrollToMiddle(documentsLink);
			documentsLink.click();
			wait.until(browser -> browser.getWindowHandles().size() == 2);
			String documentsWindow = driver.getWindowHandles().stream().filter(h -> !h.equals(taskWindow)).findFirst().orElseThrow();
			driver.switchTo().window(documentsWindow);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reference"), reference));
			Path scan = Files.createTempFile("hawiya-", ".pdf");
			Files.write(scan, "%PDF-1.4\n% scan of the ID card\n".getBytes());
			driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(scan.toAbsolutePath().toString());
			driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "تم رفع المستند"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), scan.getFileName().toString()));
			WebElement back = driver.findElement(By.id("backToTask"));
			assertThat(back.getAttribute("href")).contains("task=" + receive.getId());
			screenshot("journey-05-documents-page");
			scanForLatin("documents-page", scan.getFileName().toString());
			driver.close();
			driver.switchTo().window(taskWindow);

			// what was typed is still there
			assertThat(formInput("تاريخ انتهاء الهوية").getAttribute("value")).isEqualTo("1450-03-12");
			assertThat(memberInput(3, "العمر").getAttribute("value")).isEqualTo("9");
			showWholeForm();
			screenshot("journey-06-reception-form-filled");
			scanForLatin("reception-form", reference);

			WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//section[contains(@class,'task-details')]//button[normalize-space()='إكمال']")));
			complete.click();
			wait.until(browser -> taskService.createTaskQuery().taskId(receive.getId()).count() == 0);
			journey.runJobs(instance);
			screenshot("journey-07-after-complete");

			// stored exactly as typed, and read as meant
			assertThat(runtimeService.getVariable(instance.getId(), "idExpiryDate")).isEqualTo("1450-03-12");
			assertThat(runtimeService.getVariable(instance.getId(), "idExpiryCalendar")).isEqualTo("HIJRI");
			assertThat(runtimeService.getVariable(instance.getId(), "dateOfBirth")).isEqualTo("1985-03-15");
			assertThat(runtimeService.getVariable(instance.getId(), "dateOfBirthCalendar")).isEqualTo("GREGORIAN");
			assertThat(sa.org.hayaniyah.masar.common.FormValues.rows(runtimeService.getVariable(instance.getId(), "householdMembers")))
				.extracting(row -> row.get("memberName"), row -> row.get("relation"), row -> ((Number) row.get("memberAge")).intValue())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("فاطمة علي الحياني", "SPOUSE", 38),
						org.assertj.core.groups.Tuple.tuple("عبدالله محمد الحياني", "SON", 12),
						org.assertj.core.groups.Tuple.tuple("نورة محمد الحياني", "DAUGHTER", 9));
			Map<String, Object> stored = jdbc.queryForMap("SELECT date_of_birth, id_expiry_date FROM support_request WHERE reference_number = ?", reference);
			System.out.println("Stored for " + reference + ": " + stored);
			assertThat(stored.get("date_of_birth").toString()).startsWith("1985-03-15");
			assertThat(stored.get("id_expiry_date").toString()).startsWith(java.time.LocalDate.from(java.time.chrono.HijrahDate.of(1450, 3, 12)).toString());
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household_member m JOIN support_request r ON r.id = m.request_id WHERE r.reference_number = ?", Integer.class, reference)).isEqualTo(3);
			assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
				.isEqualTo("Task_RecordApplicantDeclaration");

			// the same request, on through every role that follows
			receptionRecordsTheDeclaration(instance, reference);
			researcherClaimsAndRecordsTheSocialResearch(instance, reference);
			for (String member : List.of("committee1", "committee2", "committee3")) {
				committeeMemberVotesToApprove(instance, reference, member);
			}
			assertTheCommitteeApproved(instance, reference, nationalId);
			receptionDeliversTheService(instance, reference);
			String surveyLink = theInvitationIsSentTwoHoursLater(reference);
			supervisorSeesTheRequestAtItsLastStepInCockpit(instance, reference);
			beneficiaryRatesTheServiceFromTheLink(instance, reference, surveyLink);

			System.out.println("Latin words on the screens of the walk: " + latinFound);
			assertThat(latinFound).as("Latin words outside the allow-list, by screen").isEmpty();
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-journey");
			throw e;
		}
	}

	/** reception1 records that the applicant signed the declaration on paper, before a witness. */
	private void receptionRecordsTheDeclaration(ProcessInstance instance, String reference) {
		String taskName = "تسجيل إقرار المتقدم";
		Task declaration = openTaskOf(instance, "Task_RecordApplicantDeclaration");
		openTask(reference, declaration.getId(), taskName);
		claim(taskName);
		wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("هل وقّع المتقدم الإقرار؟")));
		dismissNotifications();
		assertThat(formInput("الرقم المرجعي للطلب").getAttribute("value")).isEqualTo(reference);
		clickChoice("هل وقّع المتقدم الإقرار؟", "نعم، وقّع الإقرار");
		// how and before whom it was signed is asked only once it is signed
		clickChoice("طريقة التوقيع", "توقيع ورقي في مقر الجمعية");
		formInput("الشاهد على التوقيع").sendKeys("نورة القحطاني");
		formTextarea("ملاحظات").sendKeys("وقّع المتقدم الإقرار بحضور الموظفة");
		showWholeForm();
		journeyScreenshot("declaration-form");
		scanForLatin("declaration-form", reference);
		completeTask(declaration);
		journey.runJobs(instance);

		assertThat(runtimeService.getVariable(instance.getId(), "declarationSigned")).isEqualTo("yes");
		assertThat(runtimeService.getVariable(instance.getId(), "signatureMethod")).isEqualTo("PAPER");
		assertThat(runtimeService.getVariable(instance.getId(), "declarationWitness")).isEqualTo("نورة القحطاني");
		assertThat(runtimeService.getVariable(instance.getId(), "declarationNotes")).isEqualTo("وقّع المتقدم الإقرار بحضور الموظفة");
		Map<String, Object> stored = jdbc.queryForMap("""
				SELECT d.signed, d.signature_method, d.witness, d.notes, d.recorded_by FROM applicant_declaration d
				JOIN support_request r ON r.id = d.request_id WHERE r.reference_number = ?""", reference);
		System.out.println("Declaration stored for " + reference + ": " + stored);
		assertThat(stored).containsEntry("signed", true).containsEntry("signature_method", "PAPER")
			.containsEntry("witness", "نورة القحطاني").containsEntry("notes", "وقّع المتقدم الإقرار بحضور الموظفة")
			.containsEntry("recorded_by", USER);
		assertThat(openTaskOf(instance, "Task_ConductSocialResearch")).as("the request went on to social research").isNotNull();
	}

	/**
	 * researcher1 finds the request in the group's list, claims it, and records a field visit: its date typed first day
	 * first (refused at the field), then as the field's description shows.
	 */
	private void researcherClaimsAndRecordsTheSocialResearch(ProcessInstance instance, String reference) {
		String taskName = "إجراء البحث الاجتماعي";
		logOut();
		logIn("researcher1");
		Task research = openTaskOf(instance, "Task_ConductSocialResearch");
		assertThat(research.getAssignee()).as("not anybody's yet: the researcher claims it").isNull();
		openTask(reference, research.getId(), taskName);
		journeyScreenshot("research-task-unclaimed");
		scanForLatin("research-unclaimed", reference);
		claim(taskName);
		dismissNotifications();
		assertThat(formInput("اسم المتقدم").getAttribute("value")).isEqualTo("محمد عبدالله سعيد الحياني");

		WebElement visit = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath(fieldXpath("تتطلب الحالة زيارة ميدانية") + "//input[@type='checkbox']")));
		scrollToMiddle(visit);
		visit.click();
		WebElement visitDate = formInput("تاريخ الزيارة");
		String format = fieldDescription("تاريخ الزيارة");
		assertThat(format).isEqualTo("ميلادي، السنة-الشهر-اليوم بالأرقام: مثل 2026-11-25");
		typeAndSeeRefused("تاريخ الزيارة", "27/11/2026");
		journeyScreenshot("visit-date-refused-at-the-field");
		scanForLatin("visit-date-refused", reference);
		visitDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		visitDate.sendKeys("2026-11-27");
		formInput("موقع الزيارة").sendKeys("منزل الأسرة في حي النخيل");
		formTextarea("نتائج البحث الاجتماعي").sendKeys("أسرة من أربعة أفراد، الدخل لا يكفي الاحتياجات الأساسية");
		choose("توصية الباحث", "التوصية بالقبول");
		wait.until(ExpectedConditions.invisibilityOfElementLocated(
				By.xpath(fieldXpath("تاريخ الزيارة") + "//div[contains(@class,'fjs-form-field-error')]")));
		showWholeForm();
		journeyScreenshot("research-form-filled");
		scanForLatin("research-form", reference);
		completeTask(research);
		journey.runJobs(instance);

		assertThat(runtimeService.getVariable(instance.getId(), "fieldVisitRequired")).isEqualTo(true);
		assertThat(runtimeService.getVariable(instance.getId(), "visitDate")).isEqualTo("2026-11-27");
		assertThat(runtimeService.getVariable(instance.getId(), "visitLocation")).isEqualTo("منزل الأسرة في حي النخيل");
		assertThat(runtimeService.getVariable(instance.getId(), "researchFindings")).isEqualTo("أسرة من أربعة أفراد، الدخل لا يكفي الاحتياجات الأساسية");
		assertThat(runtimeService.getVariable(instance.getId(), "researchRecommendation")).isEqualTo("RECOMMEND_APPROVAL");
		Map<String, Object> stored = jdbc.queryForMap("""
				SELECT s.researcher, s.field_visit, s.visit_date, s.visit_location, s.findings, s.recommendation FROM social_research s
				JOIN support_request r ON r.id = s.request_id WHERE r.reference_number = ?""", reference);
		System.out.println("Research stored for " + reference + ": " + stored);
		assertThat(stored).containsEntry("researcher", "researcher1").containsEntry("field_visit", true)
			.containsEntry("visit_location", "منزل الأسرة في حي النخيل")
			.containsEntry("findings", "أسرة من أربعة أفراد، الدخل لا يكفي الاحتياجات الأساسية")
			.containsEntry("recommendation", "RECOMMEND_APPROVAL");
		assertThat(stored.get("visit_date").toString()).startsWith("2026-11-27");
		assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_DecideOnSupportRequest")
			.list()).extracting(Task::getAssignee).containsExactlyInAnyOrder("committee1", "committee2", "committee3");
	}

	/** A committee member finds the vote in "مهامي" (it is assigned to them alone), reads the research and approves. */
	private void committeeMemberVotesToApprove(ProcessInstance instance, String reference, String member) {
		String taskName = "البت في طلب الدعم";
		logOut();
		logIn(member);
		Task vote = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_DecideOnSupportRequest")
			.taskAssignee(member).singleResult();
		assertThat(vote).as("%s's vote", member).isNotNull();
		openTask("مهامي", reference, vote.getId(), taskName);
		claim(taskName);
		wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("صوتك")));
		dismissNotifications();
		assertThat(formTextarea("نتائج البحث الاجتماعي").getAttribute("value")).isEqualTo("أسرة من أربعة أفراد، الدخل لا يكفي الاحتياجات الأساسية");
		clickChoice("صوتك", "قبول");
		formTextarea("سبب التصويت").sendKeys("الأسرة مستحقة للسلة الغذائية وفق البحث الاجتماعي");
		showWholeForm();
		journeyScreenshot("vote-" + member);
		scanForLatin("vote-" + member, reference);
		completeTask(vote);
		journey.runJobs(instance);
		assertThat(jdbc.queryForMap("""
				SELECT v.vote, v.reason FROM committee_vote v JOIN support_request r ON r.id = v.request_id
				WHERE r.reference_number = ? AND v.member = ?""", reference, member))
			.containsEntry("vote", "APPROVE").containsEntry("reason", "الأسرة مستحقة للسلة الغذائية وفق البحث الاجتماعي");
	}

	/** Three approvals: the decision is recorded, the applicant told, the beneficiary registered with a file number. */
	private void assertTheCommitteeApproved(ProcessInstance instance, String reference, String nationalId) {
		assertThat(runtimeService.getVariable(instance.getId(), "committeeOutcome")).isEqualTo("APPROVED");
		Map<String, Object> decision = jdbc.queryForMap("""
				SELECT d.outcome, d.approve_votes, d.reject_votes, d.return_votes FROM committee_decision d
				JOIN support_request r ON r.id = d.request_id WHERE r.reference_number = ?""", reference);
		System.out.println("Decision stored for " + reference + ": " + decision);
		assertThat(decision).containsEntry("outcome", "APPROVED").containsEntry("approve_votes", 3)
			.containsEntry("reject_votes", 0).containsEntry("return_votes", 0);
		String fileNumber = (String) runtimeService.getVariable(instance.getId(), "fileNumber");
		assertThat(fileNumber).matches("HY-F-\\d{6,}"); // an import may move it past six digits
		assertThat(jdbc.queryForObject("SELECT file_number FROM beneficiary WHERE national_id = ?", String.class, nationalId))
			.isEqualTo(fileNumber);
		assertThat(jdbc.queryForList("SELECT template FROM notification WHERE reference_number = ? ORDER BY id", String.class, reference))
			.contains("decision-APPROVED");
		assertThat(openTaskOf(instance, "Task_DeliverService")).as("the service is due").isNotNull();
	}

	/** reception1 claims the delivery, sees the file number, and records what was handed over and when. */
	private void receptionDeliversTheService(ProcessInstance instance, String reference) {
		String taskName = "تقديم الخدمة";
		logOut();
		logIn(USER);
		Task delivery = openTaskOf(instance, "Task_DeliverService");
		openTask(reference, delivery.getId(), taskName);
		claim(taskName);
		wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("تاريخ تقديم الخدمة")));
		dismissNotifications();
		assertThat(formInput("رقم ملف المستفيد").getAttribute("value")).isEqualTo(runtimeService.getVariable(instance.getId(), "fileNumber"));
		formTextarea("الخدمة المقدمة").sendKeys("سلة غذائية شهرية لأسرة من أربعة أفراد");
		formInput("القيمة (ريال)").sendKeys("350");
		// the moment a person takes to read the date's description: typed within form-js's 300 ms of the amount, the
		// date was once found empty when إكمال was pressed (see notes/walk.md)
		atAPersonsPace();
		assertThat(fieldDescription("تاريخ تقديم الخدمة")).isEqualTo("ميلادي، السنة-الشهر-اليوم بالأرقام: مثل 2026-11-25");
		formInput("تاريخ تقديم الخدمة").sendKeys("2026-11-29");
		atAPersonsPace();
		assertThat(formInput("تاريخ تقديم الخدمة").getAttribute("value")).as("the date as typed, still in its field").isEqualTo("2026-11-29");
		assertThat(formInput("القيمة (ريال)").getAttribute("value")).isEqualTo("350");
		showWholeForm();
		journeyScreenshot("deliver-service-form");
		scanForLatin("deliver-service-form", reference, (String) runtimeService.getVariable(instance.getId(), "fileNumber"));
		completeTask(delivery);
		journey.runJobs(instance);

		assertThat(runtimeService.getVariable(instance.getId(), "serviceDescription")).isEqualTo("سلة غذائية شهرية لأسرة من أربعة أفراد");
		assertThat(((Number) runtimeService.getVariable(instance.getId(), "serviceAmount")).intValue()).isEqualTo(350);
		assertThat(runtimeService.getVariable(instance.getId(), "deliveredOn")).isEqualTo("2026-11-29");
		Map<String, Object> stored = jdbc.queryForMap("""
				SELECT d.description, d.amount, d.delivered_on, d.delivered_by, r.status FROM service_delivery d
				JOIN support_request r ON r.id = d.request_id WHERE r.reference_number = ?""", reference);
		System.out.println("Delivery stored for " + reference + ": " + stored);
		assertThat(stored).containsEntry("description", "سلة غذائية شهرية لأسرة من أربعة أفراد").containsEntry("delivered_by", USER);
		assertThat(((Number) stored.get("amount")).intValue()).isEqualTo(350);
		assertThat(stored.get("delivered_on").toString()).startsWith("2026-11-29");
		assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("CallActivity_ServiceSurvey");
	}

	/**
	 * The invitation waits masar.notification.delays.survey-invitation (two hours) after the service: the engine's clock
	 * is moved and the dispatcher run, as in production it runs every few seconds. Returns the link it carries.
	 */
	private String theInvitationIsSentTwoHoursLater(String reference) {
		dispatcher.dispatchDue();
		assertThat(invitation(reference).status()).as("not in the same hour as the service").isEqualTo("PENDING");
		journey.moveClock(Duration.ofHours(2));
		dispatcher.dispatchDue();
		Notifications.Queued sent = invitation(reference);
		assertThat(sent.status()).isEqualTo("SENT");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/survey\\.html\\?t=[\\w-]+").matcher(sent.body());
		assertThat(link.find()).as("a survey link in %s", sent.body()).isTrue();
		return link.group();
	}

	private Notifications.Queued invitation(String reference) {
		return notifications.findByReference(reference).stream().filter(n -> n.template().equals("survey-invitation"))
			.findFirst().orElseThrow(() -> new AssertionError("no survey invitation for " + reference));
	}

	/**
	 * supervisor1 in Cockpit, in Arabic: finds the request among the running journeys by its reference number and sees
	 * it at its last step, waiting for the beneficiary's rating, its request closed as served.
	 */
	private void supervisorSeesTheRequestAtItsLastStepInCockpit(ProcessInstance instance, String reference) {
		logOut();
		driver.manage().window().setSize(new Dimension(1400, 1000));
		driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
		new WebDriverWait(driver, Duration.ofSeconds(120))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] input[ng-model='username']")))
			.sendKeys("supervisor1");
		driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "حالات الإجراء الجارية"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		journeyScreenshot("cockpit-dashboard");

		// the processes, the journey, then its running instances narrowed to the reference number
		// Cockpit renders its pages in steps: an element found just before a step is gone, so it is found again
		WebDriverWait steady = (WebDriverWait) wait.ignoring(StaleElementReferenceException.class)
			.ignoring(ElementClickInterceptedException.class);
		steady.until(browser -> {
			browser.findElement(By.cssSelector("a[href='#/processes']")).click();
			return true;
		});
		steady.until(browser -> {
			browser.findElement(By.xpath("//a[normalize-space()='" + PROCESS_NAME + "']")).click();
			return true;
		});
		steady.until(browser -> {
			WebElement search = browser.findElement(By.cssSelector("[cam-widget-search] input.main-field"));
			search.click();
			search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			search.sendKeys("المفتاح التجاري");
			browser.findElement(By.xpath("//li[contains(@class,'uib-typeahead-match')]//a[contains(normalize-space(.),'المفتاح التجاري (الرقم المرجعي)')]"))
				.click();
			return true;
		});
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-search-pill] .value-field input")))
			.sendKeys(reference + Keys.ENTER);
		wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("a[href*='process-instance/" + instance.getId() + "']"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), reference));
		// the activity tree beside the diagram names where the request stands
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='مرشّح']"))).click();
		WebElement tree = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tree-node")));
		// the tree cuts long names short on screen ("قياس رضا المستفيد عن الخ...")
		wait.until(ExpectedConditions.textToBePresentInElement(tree, "قياس رضا المستفيد"));
		assertThat(tree.getText()).contains("رحلة المستفيد");
		// and the survey it called waits for the beneficiary
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='حالات الإجراء المستدعاة']"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "قياس رضا المستفيد"));
		BrowserPages.settle(driver);
		assertThat(tree.getText()).doesNotContain("تقديم الخدمة");
		journeyScreenshot("cockpit-request-at-its-last-step");
		// the definition keys are identifiers (as in the URL), like the reference numbers; the footer and time zone are Arabic
		scanForLatin("cockpit-request", reference, JourneyDriver.PROCESS, "satisfaction-survey");
		assertThat(jdbc.queryForObject("SELECT status FROM support_request WHERE reference_number = ?", String.class, reference))
			.isEqualTo("SERVED");
		// the request in plain Arabic: the family file's tab of the instance view (issue 19)
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='ملف الأسرة']"))).click();
		WebElement stage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//div[contains(@class,'masar-family')]//table//tr[td[normalize-space()='" + reference + "']]/td[2]")));
		assertThat(stage.getText()).isNotBlank().doesNotContain("SERVED");
		assertThat(driver.findElement(By.cssSelector(".masar-family-view")).getText()).contains("كامل");
		journeyScreenshot("cockpit-family-file");
	}

	/** The beneficiary opens the link from the invitation, rates the service by clicking and types a comment. */
	private void beneficiaryRatesTheServiceFromTheLink(ProcessInstance instance, String reference, String link) {
		driver.get("http://localhost:" + port + link);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey")));
		assertThat(driver.findElement(By.id("reference")).getText()).isEqualTo(reference);
		driver.findElement(By.cssSelector(".scale[data-name='overall'] input[value='5']")).click();
		driver.findElement(By.cssSelector(".scale[data-name='speed'] input[value='4']")).click();
		driver.findElement(By.cssSelector(".scale[data-name='courtesy'] input[value='5']")).click();
		driver.findElement(By.cssSelector(".scale[data-name='clarity'] input[value='4']")).click();
		driver.findElement(By.cssSelector(".scale[data-name='fairness'] input[value='5']")).click();
		driver.findElement(By.id("comment")).sendKeys("شكرًا لكم، وصلت السلة في موعدها");
		journeyScreenshot("survey-page");
		scanForLatin("survey-page", reference);
		driver.findElement(By.cssSelector("#survey button[type='submit']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "وصل تقييمكم"));
		journeyScreenshot("survey-answered");
		scanForLatin("survey-answered", reference);

		Map<String, Object> stored = jdbc.queryForMap("""
				SELECT status, subject, overall, speed, courtesy, clarity, fairness, answer_comment, recorded_how FROM survey
				WHERE reference_number = ?""", reference);
		System.out.println("Survey stored for " + reference + ": " + stored);
		assertThat(stored).containsEntry("status", "ANSWERED").containsEntry("subject", "SERVICE").containsEntry("overall", 5)
			.containsEntry("speed", 4).containsEntry("courtesy", 5).containsEntry("clarity", 4).containsEntry("fairness", 5)
			.containsEntry("answer_comment", "شكرًا لكم، وصلت السلة في موعدها").containsEntry("recorded_how", "ONLINE");
		// a good rating needs no service recovery: the survey and the journey end
		var finished = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(finished.getState()).isEqualTo("COMPLETED");
		assertThat(finished.getEndActivityId()).isEqualTo("Event_ServiceDelivered");
	}

	/** The open task at {@code activityId} of the request. */
	private Task openTaskOf(ProcessInstance instance, String activityId) {
		Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
		assertThat(task).as("open task %s", activityId).isNotNull();
		return task;
	}

	/** Presses إكمال and waits for the engine to have completed the task. */
	private void completeTask(Task task) {
		atAPersonsPace();
		assertNoFormFailure();
		WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//section[contains(@class,'task-details')]//button[normalize-space()='إكمال']")));
		complete.click();
		wait.until(browser -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
	}

	/** A person clicks the option's own label, as on screen. */
	private void clickChoice(String label, String option) {
		WebElement input = radio(label, option);
		scrollToMiddle(input);
		input.click();
		wait.until(browser -> input.isSelected());
	}

	private WebElement formTextarea(String label) {
		WebElement area = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(fieldXpath(label) + "//textarea")));
		scrollToMiddle(area);
		return area;
	}

	/** The help line under a field, as staff read it. */
	private String fieldDescription(String label) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath(fieldXpath(label) + "//div[contains(@class,'fjs-form-field-description')]"))).getText();
	}

	/** The user menu at the top, then تسجيل الخروج, as a person leaves the desk to a colleague. */
	private void logOut() {
		dismissNotifications();
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .dropdown-toggle"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'account')]//a[normalize-space()='تسجيل الخروج']"))).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] input[ng-model='username']")));
		journeyScreenshot(currentUser + "-logged-out");
		scanForLatin("logged-out-" + currentUser);
	}

	/** Screens after reception's are numbered as they come: journey-08-..., journey-09-... */
	private int journeyScreens = 7;

	private void journeyScreenshot(String what) {
		screenshot(String.format("journey-%02d-%s", ++journeyScreens, what));
	}

	/** Latin words seen per screen, outside the allow-list. */
	private final Map<String, List<String>> latinFound = new java.util.LinkedHashMap<>();

	/** Words staff may read in Latin letters: reference numbers, IBAN, e-mail, file types, keys, the engine's ids. */
	private static final java.util.regex.Pattern ALLOWED_LATIN = java.util.regex.Pattern.compile(
			"HY(-[A-Z])?-[0-9-]+|IQ-[0-9-]+|SA[0-9 ]+|[\\w.+-]+@[\\w.-]+|PDF|JPEG|PNG|T[1-4]|R[0-9]+|[0-9a-f]+(-[0-9a-f]+){3,}");

	private void scanForLatin(String screen, String... alsoAllowed) {
		// what is read out or shown on hover counts too: labels for screen readers, titles, placeholders
		String text = driver.findElement(By.tagName("body")).getText() + "\n" + ((JavascriptExecutor) driver).executeScript("""
				return [...document.querySelectorAll('[aria-label],[title],[placeholder]')]
				  .filter(e => e.offsetParent !== null)
				  .flatMap(e => ['aria-label', 'title', 'placeholder'].map(a => e.getAttribute(a) || ''))
				  .join('\\n');""");
		for (String allowed : alsoAllowed) {
			text = text.replace(allowed, " ");
		}
		List<String> words = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9@._+-]*")
			.matcher(text)
			.results()
			.map(java.util.regex.MatchResult::group)
			.filter(word -> !ALLOWED_LATIN.matcher(word).matches())
			.distinct()
			.toList();
		if (!words.isEmpty()) {
			latinFound.put(screen, words);
		}
	}

	private boolean inView(WebElement element) {
		return (Boolean) ((JavascriptExecutor) driver).executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return r.top >= 0 && r.bottom <= window.innerHeight;""", element);
	}

	private void scrollToMiddle(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	private WebElement radio(String label, String option) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//div[contains(@class,'fjs-container')]//div[contains(@class,'fjs-form-field')][label[contains(.,'"
				+ label + "')]]//label[contains(normalize-space(.),'" + option + "')]//input | //div[contains(@class,'fjs-container')]//div[contains(@class,'fjs-form-field')][label[contains(.,'"
				+ label + "')]]//div[label[contains(normalize-space(.),'" + option + "')]]/input")));
	}

	/** Adds a household member with the list's own button, typing into the new row. */
	private void addMember(String name, String relation, String age) {
		int before = driver.findElements(By.cssSelector(".fjs-repeat-row-container")).size();
		WebElement add = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-repeat-render-add")));
		scrollToMiddle(add);
		atAPersonsPace();
		assertThat(add.getText()).contains("إضافة فرد");
		add.click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-repeat-row-container"), before + 1));
		int n = before + 1;
		memberInput(n, "الاسم").sendKeys(name);
		String row = "(//div[contains(@class,'fjs-repeat-row-container')])[" + n + "]";
		String field = row + "//div[contains(@class,'fjs-form-field')][label[contains(.,'صلة القرابة')]]";
		WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(field + "//div[contains(@class,'fjs-select-display')]")));
		scrollToMiddle(select);
		assertThat(select.getText()).isEqualTo("اختر");
		select.click();
		// the list scrolls within itself, as a person scrolls it with the wheel
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + relation + "']")));
		pickWithArrowKeys(field, relation);
		memberInput(n, "العمر").sendKeys(age);
		WebElement complete = driver.findElement(By.xpath("//section[contains(@class,'task-details')]//button[normalize-space()='إكمال']"));
		wait.until(browser -> complete.isEnabled());
	}

	/**
	 * The moment a person takes between typing a value and pressing a button. form-js 1.8.7 takes a typed value 300 ms
	 * after the last key; a list button pressed sooner works on the list as it was and drops what was just typed (not
	 * a pace a person reaches, and not a timer of the engine).
	 */
	private void atAPersonsPace() {
		new Actions(driver).pause(Duration.ofMillis(500)).perform();
	}

	private WebElement memberInput(int row, String label) {
		WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("(//div[contains(@class,'fjs-repeat-row-container')])["
				+ row + "]//div[contains(@class,'fjs-form-field')][label[contains(.,'" + label + "')]]//input")));
		scrollToMiddle(input);
		return input;
	}

	/** The Arabic Tasklist labels as served to the browser. */
	private static Map<String, String> arabicLabels() throws IOException {
		Path file = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/ar.json");
		Map<String, Object> json = new com.fasterxml.jackson.databind.ObjectMapper().readValue(file.toFile(),
				new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
				});
		@SuppressWarnings("unchecked")
		Map<String, String> labels = (Map<String, String>) json.get("labels");
		return labels;
	}

	private void uploadDocument(String reference, String fileName) {
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(MediaType.APPLICATION_PDF);
		fileHeaders.setContentDispositionFormData("file", fileName);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("type", "ID_COPY");
		body.add("file", new HttpEntity<>(new ByteArrayResource("%PDF-1.4".getBytes()), fileHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		assertThat(rest.withBasicAuth(USER, PASSWORD)
			.postForEntity("/api/requests/" + reference + "/documents", new HttpEntity<>(body, headers), String.class)
			.getStatusCode()
			.is2xxSuccessful()).isTrue();
	}

	private void logIn() {
		logIn(USER);
	}

	private void logIn(String user) {
		currentUser = user;
		// the window grown for the last whole-form screenshot goes back to a screen's size
		driver.manage().window().setSize(new Dimension(1400, 1000));
		driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
		// the first load parses Tasklist's bundles: slow on a busy machine
		new WebDriverWait(driver, Duration.ofSeconds(120))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] input[ng-model='username']")))
			.sendKeys(user);
		driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
		// the filters the application creates for every user
		wait.until(ExpectedConditions.visibilityOfElementLocated(filter("مهامي")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(filter(GROUP_FILTER)));
		screenshot("after-login");
	}

	private void startJourney(String nationalId) {
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.start-process-action a"))).click();
		wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[contains(@class,'modal-dialog')]//a[normalize-space()='" + PROCESS_NAME + "']")))
			.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog .fjs-container .fjs-form")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel("قناة التواصل")));
		assertNoFormFailure();

		choose("قناة التواصل", "مقابلة شخصية");
		formInput("اسم المتقدم الرباعي").sendKeys("محمد عبدالله سعيد الحياني");
		formInput("رقم الهوية الوطنية أو الإقامة").sendKeys(nationalId);
		formInput("رقم الجوال").sendKeys("0551234567");
		choose("نوع الدعم المطلوب", "سلة غذائية");
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath(fieldXpath("وافق المتقدم") + "//input[@type='checkbox']")))
			.click();
		screenshot("start-form");

		wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary') and normalize-space()='بدء']")))
			.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("masar-started")));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
		screenshot("after-start");
	}

	/**
	 * Selects the group filter and narrows it to the new request by business key, so tasks of other tests never push
	 * it off the first page (the filter sorts by due date), then opens the task.
	 */
	private void openTask(String businessKey, String taskId) {
		openTask(businessKey, taskId, TASK_NAME);
	}

	private void openTask(String businessKey, String taskId, String taskName) {
		openTask(GROUP_FILTER, businessKey, taskId, taskName);
	}

	private void openTask(String filterName, String businessKey, String taskId, String taskName) {
		wait.until(ExpectedConditions.elementToBeClickable(filter(filterName))).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//h4[@uib-tooltip='" + filterName + "']")));
		narrowToReference(businessKey);
		clickTaskInList(taskId, taskName);
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//section[contains(@class,'task-details')]//h2[normalize-space()='" + taskName + "']")));
	}

	/** Narrows the selected filter's list to one request, with Tasklist's search by the reference number. */
	private void narrowToReference(String businessKey) {
		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-search] input.main-field")));
		search.click();
		search.sendKeys("الرقم المرجعي");
		wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("li.uib-typeahead-match a[title='الرقم المرجعي للطلب']")))
			.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-search-pill] .value-field input")))
			.sendKeys(businessKey + Keys.ENTER);
	}

	/**
	 * The list refreshes itself, so a link found just before a refresh is gone: find it again and retry. A card low in
	 * the list can sit under Tasklist's fixed footer, so it is scrolled to the middle of its list first.
	 */
	private void clickTaskInList(String taskId, String taskName) {
		By taskLink = By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(@href,'task=" + taskId + "')]");
		wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class).until(browser -> {
			WebElement link = browser.findElement(taskLink);
			assertThat(link.getText()).isEqualTo(taskName);
			((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
			link.click();
			return true;
		});
	}

	/** Until claimed the form is shown greyed out ({@code .disabled-form}); claiming makes it editable. */
	private void claim() {
		claim(TASK_NAME);
	}

	private void claim(String taskName) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container")));
		if (driver.findElements(By.cssSelector(".task-details button.claim")).stream().noneMatch(WebElement::isDisplayed)) {
			// assigned already: the reception task goes to the receptionist who started the request
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details .disabled-form")));
			return;
		}
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-details button.claim"))).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details button.claim")));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details .disabled-form")));
		assertThat(taskService.createTaskQuery().taskAssignee(currentUser).taskName(taskName).count()).isPositive();
	}

	/** form-js renders selects as its own dropdown, not a native select. */
	private void choose(String label, String option) {
		String field = fieldXpath(label);
		WebElement display = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(field + "//div[contains(@class,'fjs-select-display')]")));
		// a person scrolls the field into view before opening its list
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", display);
		By itemXpath = By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']");
		// form-js opens the list on the mouse press and on focus; a press that lands while the field left behind is
		// re-rendered on blur may leave it closed, so a person who sees it closed steps back and forth with the keyboard,
		// which focuses the field and opens it
		WebElement item = null;
		for (int attempt = 0; item == null && attempt < 4; attempt++) {
			if (attempt % 2 == 0) {
				wait.until(ExpectedConditions.elementToBeClickable(By.xpath(field + "//div[contains(@class,'fjs-select-display')]"))).click();
			}
			else {
				driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
				driver.switchTo().activeElement().sendKeys(Keys.TAB);
			}
			try {
				item = new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.visibilityOfElementLocated(itemXpath));
			}
			catch (TimeoutException closed) {
				// still closed: the next attempt opens it the other way
			}
		}
		assertThat(item).as("the list of %s opened", label).isNotNull();
		pickWithArrowKeys(field, option);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.xpath(field + "//div[contains(@class,'fjs-select-display')]"), option));
	}

	/**
	 * Picks an option of an open form-js list with the arrow keys and Enter. The list scrolls itself smoothly, so an
	 * item clicked while it still moves may be under the next field by then (CI: click intercepted by the member's
	 * income field); the keys go where the list says it is.
	 */
	private void pickWithArrowKeys(String field, String option) {
		By focused = By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item') and contains(@class,'focused')]");
		int items = driver.findElements(By.xpath(field + "//*[contains(@class,'fjs-dropdownlist-item')]")).size();
		for (int step = 0; step <= items && !option.equals(wait.until(ExpectedConditions.visibilityOfElementLocated(focused)).getText().trim()); step++) {
			new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
		}
		assertThat(driver.findElement(focused).getText().trim()).as("the option %s reached with the arrow keys", option).isEqualTo(option);
		new Actions(driver).sendKeys(Keys.ENTER).perform();
	}

	/** Types a date as it should not be typed, leaves the field and sees it refused there, with the format to use. */
	private WebElement typeAndSeeRefused(String label, String typed) {
		WebElement input = formInput(label);
		input.sendKeys(typed);
		input.sendKeys(Keys.TAB);
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath(fieldXpath(label) + "//div[contains(@class,'fjs-form-field-error')]")));
		wait.until(ExpectedConditions.textToBePresentInElement(error, "الصيغة"));
		return input;
	}

	private WebElement formInput(String label) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(fieldXpath(label) + "//input")));
	}

	private static String fieldXpath(String label) {
		return "//div[contains(@class,'fjs-container')]//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label') and contains(.,'"
				+ label + "')]]";
	}

	private static By formLabel(String label) {
		return By.xpath("//div[contains(@class,'fjs-container')]//label[contains(@class,'fjs-form-field-label') and contains(.,'" + label + "')]");
	}

	private static By filter(String name) {
		return By.xpath("//div[contains(@class,'task-filter')]//h4[@uib-tooltip='" + name + "']/a");
	}

	/** Tasklist always has a hidden "Form failure:" alert in the page; it must not be shown. */
	private void assertNoFormFailure() {
		assertThat(driver.findElements(By.xpath("//*[contains(text(),'خطأ في النموذج') or contains(text(),'Form failure')]")))
			.as("visible 'Form failure' alerts")
			.noneMatch(WebElement::isDisplayed);
	}

	private void dismissNotifications() {
		for (WebElement close : driver.findElements(By.cssSelector(".page-notifications [ng-transclude] > button.close"))) {
			try {
				close.click();
			}
			catch (StaleElementReferenceException closedMeanwhile) {
				// the notification went away by itself
			}
		}
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".page-notifications .alert"), 0));
	}

	/** The task pane scrolls; grow the window by what it hides so the screenshot shows the whole form. */
	private void showWholeForm() {
		// from a screen's size: the walk shows several forms one after the other
		driver.manage().window().setSize(new Dimension(1400, 1000));
		Number hidden = (Number) ((JavascriptExecutor) driver).executeScript("""
				let hidden = 0;
				for (let e = document.querySelector('.task-details .fjs-container'); e; e = e.parentElement) {
				  const overflow = getComputedStyle(e).overflowY;
				  if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) {
				    hidden = Math.max(hidden, e.scrollHeight - e.clientHeight);
				  }
				}
				return hidden;""");
		Dimension size = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(size.getWidth(), size.getHeight() + hidden.intValue() + 40));
		wait.until(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript("""
				const form = document.querySelector('.task-details .fjs-container').getBoundingClientRect();
				return form.bottom <= window.innerHeight;"""));
	}

	private void screenshot(String name) {
		if (driver == null) {
			return;
		}
		try {
			Path file = BrowserPages.SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			System.out.println("Screenshot: " + file.toAbsolutePath());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			System.err.println("Could not take screenshot " + name + ": " + e);
		}
	}

}
