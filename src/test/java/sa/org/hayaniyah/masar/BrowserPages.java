package sa.org.hayaniyah.masar;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests share about Camunda's webapps. */
public final class BrowserPages {

	private BrowserPages() {
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
