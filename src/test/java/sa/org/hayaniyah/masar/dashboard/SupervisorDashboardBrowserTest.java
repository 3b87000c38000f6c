package sa.org.hayaniyah.masar.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sa.org.hayaniyah.masar.BrowserPages;
import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.JourneyDriver;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;

/**
 * A supervisor in Cockpit (issue 24): logs in as supervisor1 by typing, finds the supervisors' board on the dashboard
 * with its charts, follows a request that missed its two-week deadline to its instance page, then opens the board as
 * a tab of the beneficiary journey's definition page and changes the period by typing. Arabic only, no English word
 * outside a short allow-list. Screenshots go to {@code target/screenshots} ({@code supervisors-*.png}). Skipped without
 * the Debian Chromium, like the other browser tests.
 */
@MasarIntegrationTest
@Tag("browser")
class SupervisorDashboardBrowserTest extends DatabaseTestSupport {

	private static final Set<String> ALLOWED = Set.of("Camunda", "UTC", "BPMN", "DMN", "CSV", "PDF", "JSON");

	private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w\\-:.])[A-Za-z]{2,}(?![\\w\\-:.])");

	@LocalServerPort
	int port;

	@Autowired
	JourneyDriver journey;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeAll
	static void requireBrowser() {
		BrowserPages.requireChromium(SupervisorDashboardBrowserTest.class);
	}

	@AfterEach
	void quitBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void aSupervisorSeesTheChartsAndFollowsALateRequestToItsInstance() throws IOException {
		// a request submitted 16 days ago, waiting for the committee: two days past its deadline
		ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(16))));
		ProcessInstance late = journey.toCommittee(TestApplicants.nationalId());
		// one decided within its two weeks (submitted 10 days ago, decided 2 days ago) and a satisfaction answer, so
		// the month's line and the satisfaction bars have something to draw
		ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(10))));
		ProcessInstance decided = journey.toCommittee(TestApplicants.nationalId());
		ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(2))));
		for (String member : List.of("committee1", "committee2", "committee3")) {
			journey.vote(decided, member, "APPROVE");
		}
		ClockUtil.reset();
		ProcessInstance survey = runtimeService.startProcessInstanceByKey("satisfaction-survey", "HY-SUP-BROWSER-1",
				Map.of("surveySubject", "SERVICE", "supportType", "FOOD_BASKET", "channel", "C1", "applicantName", "سعد",
						"mobile", "+966551234567"));
		journey.answerSurvey(survey, 5, "");
		String reference = late.getBusinessKey();

		startBrowser();
		try {
			driver.get(base() + "/camunda/app/cockpit/default/");
			type(wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector("form[name='signinForm'] input[ng-model='username']"))), "supervisor1");
			type(driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")), "masar-demo");
			driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();

			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "لوحة المشرفين"));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".masar-sup[data-loaded='true']")));
			WebElement board = driver.findElement(By.cssSelector(".masar-sup"));
			BrowserPages.settle(driver);
			assertThat(board.findElements(By.cssSelector("svg.masar-chart"))).as("charts on the dashboard").hasSizeGreaterThanOrEqualTo(6);
			assertThat(board.findElements(By.cssSelector("svg.masar-chart rect.masar-chart-bar"))).as("bars drawn").isNotEmpty();
			assertThat(board.findElements(By.cssSelector("svg.masar-chart path.masar-chart-line, svg.masar-chart circle")))
				.as("the line of decisions within the deadline")
				.isNotEmpty();
			String text = board.getText();
			assertThat(text).contains("الطلبات المفتوحة في كل مرحلة", "قرار لجنة البحث", "تجاوز مهلة الأسبوعين",
					"القرارات الصادرة خلال مهلة الأسبوعين", "الوسيط", "المئين التسعون", "مقابلة شخصية", "رضا المستفيدين",
					"الاستفسارات والشكاوى");
			assertThat(text).doesNotContain("COMMITTEE", "PAST", "C1 ", "FOOD_BASKET", "Task_");
			assertNoEnglish("supervisors' board on the dashboard");
			WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//a[contains(@class,'masar-sup-late-link')][contains(., '" + reference + "')]")));
			scrollTo(driver.findElement(By.id("masar-sup-late")));
			screenshot("supervisors-dashboard-late");
			scrollTo(board);
			screenshot("supervisors-dashboard");
			scrollTo(driver.findElement(By.id("masar-sup-times")));
			screenshot("supervisors-dashboard-times");

			// following the late request lands on its instance page, where the family file's tab reads it in Arabic
			scrollTo(link);
			link.click();
			wait.until(ExpectedConditions.urlContains("/process-instance/" + late.getId()));
			// the instance view's tab "ملف الأسرة" (the family module's) is the request in plain Arabic for supervisors
			wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='ملف الأسرة']"))).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".masar-family"), reference));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".masar-family"), "لدى لجنة البحث"));
			BrowserPages.settle(driver);
			screenshot("supervisors-late-instance");

			// the same board as a tab of the journey's definition page, with a period typed in
			String definitionId = repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(JourneyDriver.PROCESS)
				.latestVersion()
				.singleResult()
				.getId();
			driver.get(base() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
			WebElement tab = wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//a[normalize-space(.)='لوحة المشرفين']")));
			tab.click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".masar-sup[data-loaded='true']")));
			WebElement from = driver.findElement(By.cssSelector(".masar-sup input[name='from']"));
			from.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			type(from, "2026-01-01");
			driver.findElement(By.cssSelector(".masar-sup button[type='submit']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("masar-sup-decisions"), "يناير"));
			BrowserPages.settle(driver);
			assertThat(driver.findElements(By.cssSelector(".masar-sup svg.masar-chart"))).hasSizeGreaterThanOrEqualTo(4);
			scrollTo(driver.findElement(By.id("masar-sup-decisions")));
			screenshot("supervisors-journey-tab");

			// a mistyped period is refused at the form, in Arabic
			from.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			type(from, "2026-13-01");
			driver.findElement(By.cssSelector(".masar-sup button[type='submit']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".masar-sup-error"), "غير صحيح"));
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-supervisors");
			throw e;
		}
	}

	/** Types like a person, one key at a time. */
	private static void type(WebElement field, String text) {
		for (char c : text.toCharArray()) {
			field.sendKeys(String.valueOf(c));
		}
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
		BrowserPages.settle(driver);
	}

	private void assertNoEnglish(String screen) {
		String text = driver.findElement(By.tagName("body")).getText().replace("Camunda Platform", "Camunda");
		List<String> english = new ArrayList<>();
		Matcher word = LATIN_WORD.matcher(text);
		while (word.find()) {
			if (!ALLOWED.contains(word.group())) {
				english.add(word.group());
			}
		}
		assertThat(english).as("English words on the %s", screen).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private void startBrowser() throws IOException {
		driver = new ChromeDriver(BrowserPages.headless("ar", 1400, 1000));
		wait = new WebDriverWait(driver, Duration.ofSeconds(90));
	}

	private void screenshot(String name) {
		BrowserPages.screenshot(driver, name);
	}

}
