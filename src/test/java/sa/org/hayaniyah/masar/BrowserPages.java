package sa.org.hayaniyah.masar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests share about Camunda's webapps. */
public final class BrowserPages {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private BrowserPages() {
	}

	/**
	 * Headless Debian Chromium with the browser language {@code lang} (the webapps choose their language and direction
	 * by it) and a window of the given size; the screenshot folder exists afterwards.
	 */
	public static ChromeOptions headless(String lang, int width, int height) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height, "--lang=" + lang);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", lang));
		return options;
	}

	/** What the browser shows now, as {@code target/screenshots/<name>.png}; nothing when no browser was started. */
	public static Path screenshot(WebDriver driver, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		if (driver != null) {
			try {
				Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return file;
	}

	/**
	 * Every browser test class calls this first: without Debian's Chromium and ChromeDriver it is skipped with a
	 * warning, or fails where CI requires the browser tests ({@code masar.test.require-browser=true}).
	 */
	public static void requireChromium(Class<?> test) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String message = "Chromium not found: " + test.getSimpleName() + " SKIPPED (needs " + CHROMIUM + " and "
				+ CHROMEDRIVER + ")";
		if (Boolean.getBoolean("masar.test.require-browser")) {
			Assertions.fail(message + " but masar.test.require-browser=true");
		}
		System.err.println("\n*** WARNING *** " + message + " ***\n");
		Assumptions.abort(message);
	}

	/** Cockpit renders in steps and Masar's script labels after it: wait until the page stops changing. */
	public static void settle(WebDriver driver) {
		String before = "";
		for (int i = 0; i < 20; i++) {
			String now = driver.findElement(By.tagName("body")).getText();
			if (now.equals(before)) {
				return;
			}
			before = now;
			try {
				new WebDriverWait(driver, Duration.ofMillis(500)).until(d -> false);
			}
			catch (TimeoutException quiet) {
				// half a second passed
			}
		}
	}

}
