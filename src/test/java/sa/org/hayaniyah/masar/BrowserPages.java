package sa.org.hayaniyah.masar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests share about Camunda's webapps. */
public final class BrowserPages {

	private BrowserPages() {
	}

	/**
	 * Every browser test class calls this first: without Debian's Chromium and ChromeDriver it is skipped with a
	 * warning, or fails where CI requires the browser tests ({@code masar.test.require-browser=true}).
	 */
	public static void requireChromium(Class<?> test, Path chromium, Path chromedriver) {
		if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
			return;
		}
		String message = "Chromium not found: " + test.getSimpleName() + " SKIPPED (needs " + chromium + " and "
				+ chromedriver + ")";
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
