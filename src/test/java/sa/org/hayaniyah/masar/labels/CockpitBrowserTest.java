package sa.org.hayaniyah.masar.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.WebDriver;
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
 * A supervisor in Cockpit and on the reports page, in an Arabic browser: the dashboard, a process, a case's
 * variables and the satisfaction report show Arabic words and labels (سلة غذائية, مقابلة شخصية, قبول الطلب, سعودي)
 * instead of codes, and no English word outside a short allow-list. Screenshots go to {@code target/screenshots}.
 * Skipped without the Debian Chromium, like TasklistBrowserTest.
 */
@MasarIntegrationTest
@Tag("browser")
class CockpitBrowserTest extends DatabaseTestSupport {

	/**
	 * Names, not words: Camunda's name in the footer ("Camunda Platform / v7.24.0"), the time zone, file types, and
	 * identifiers such as reference numbers.
	 */
	private static final Set<String> ALLOWED = Set.of("Camunda", "UTC", "BPMN", "DMN", "CSV", "PDF", "JSON");

	/** A Latin word standing alone, not a part of an identifier (beneficiary-journey, HY-1448-000001, Task_X). */
	private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w\\-:.])[A-Za-z]{2,}(?![\\w\\-:.])");

	@LocalServerPort
	int port;

	@Autowired
	JourneyDriver journey;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeAll
	static void requireBrowser() {
		BrowserPages.requireChromium(CockpitBrowserTest.class);
	}

	@AfterEach
	void quitBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void aSupervisorReadsArabicLabelsInCockpitAndOnTheReportsPage() throws IOException {
		// today, as the reports page's default period is this month: earlier tests may have moved the engine's clock
		ClockUtil.reset();
		// an approved request waiting for delivery, and its satisfaction survey data
		ProcessInstance instance = journey.toCommittee(TestApplicants.nationalId());
		journey.vote(instance, "committee1", "APPROVE");
		journey.vote(instance, "committee2", "APPROVE");
		journey.vote(instance, "committee3", "APPROVE");
		runtimeService.startProcessInstanceByKey("satisfaction-survey", "HY-COCKPIT-1", Map.of("surveySubject", "SERVICE",
				"supportType", "FOOD_BASKET", "channel", "C1", "applicantName", "سعد", "mobile", "+966551234567"));

		startBrowser();
		try {
			driver.get(base() + "/camunda/app/cockpit/default/");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] input[ng-model='username']")))
				.sendKeys("supervisor1");
			driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys("masar-demo");
			driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "حالات الإجراء الجارية"));
			BrowserPages.settle(driver);
			screenshot("cockpit-dashboard");
			assertNoEnglish("cockpit dashboard");

			String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(JourneyDriver.PROCESS)
				.latestVersion().singleResult().getId();
			driver.get(base() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "رحلة المستفيد"));
			BrowserPages.settle(driver);
			screenshot("cockpit-process");
			assertNoEnglish("cockpit process page");

			driver.get(base() + "/camunda/app/cockpit/default/#/process-instance/" + instance.getId()
					+ "/runtime?tab=variables-tab");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "supportType"));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "سلة غذائية"));
			BrowserPages.settle(driver);
			screenshot("cockpit-case-variables");
			String variables = driver.findElement(By.tagName("body")).getText();
			assertThat(variables).contains("سلة غذائية", "مقابلة شخصية", "قبول الطلب", "سعودي")
				.doesNotContain("FOOD_BASKET", "APPROVED", "SAUDI", "Actions");
			assertThat(driver.findElements(By.cssSelector("[data-masar-code='FOOD_BASKET']"))).as("the code kept in the title")
				.isNotEmpty();

			driver.get(base() + "/staff/reports.html");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#satisfaction tbody"), "الإجمالي"));
			screenshot("reports");
			String report = driver.findElement(By.id("satisfaction")).getText();
			assertThat(report).contains("سلة غذائية", "مقابلة شخصية").doesNotContain("FOOD_BASKET", "C1");
			assertNoEnglish("reports page");
		}
		catch (RuntimeException | AssertionError e) {
			screenshot("failure-cockpit-labels");
			throw e;
		}
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
		System.out.printf("%s: %d English words outside the allow-list %s%n", screen, english.size(), english);
		assertThat(english).as("English words on the %s", screen).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private void startBrowser() throws IOException {
		driver = new ChromeDriver(BrowserPages.headless("ar", 1400, 1000));
		wait = new WebDriverWait(driver, Duration.ofSeconds(90));   // a loaded 2-core machine
	}

	private void screenshot(String name) {
		BrowserPages.screenshot(driver, name);
	}

}
