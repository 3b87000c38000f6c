package sa.org.hayaniyah.masar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;

/**
 * A stranger hammering an employee's account, from outside: over HTTP Basic (engine REST) and the webapps' login
 * form. The client address comes from {@code X-Forwarded-For}, which the test profile trusts from the local proxy as
 * the prod profile does ({@code server.forward-headers-strategy: native}). Time moves with the engine clock.
 */
@MasarIntegrationTest
class LoginThrottlingTest extends DatabaseTestSupport {

	private static final String PASSWORD = "Throttle#2026-ok";

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	String employee;

	String strangerIp;

	String employeeIp;

	@BeforeEach
	void anEmployeeAndTwoAddresses() {
		int n = NEXT.incrementAndGet();
		employee = "throttled" + n;
		strangerIp = "203.0.113." + n;
		employeeIp = "198.51.100." + n;
		User user = identityService.newUser(employee);
		user.setFirstName("موظف");
		user.setLastName("اختبار");
		user.setPassword(PASSWORD);
		identityService.saveUser(user);
		identityService.createMembership(employee, Roles.RECEPTION);
		ClockUtil.setCurrentTime(new Date());
	}

	@AfterEach
	void removeEmployee() {
		identityService.deleteUser(employee);
	}

	@Test
	void wrongPasswordsSpacedPastEveryDelayNeverLockTheAccount() {
		for (int i = 0; i < 25; i++) {
			assertThat(basic(employee, "guess-" + i, strangerIp).getStatusCode()).as("guess %d", i)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			later(120);
		}
		assertThat(basic(employee, PASSWORD, employeeIp).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(basic(employee, PASSWORD, strangerIp).getStatusCode()).as("no lock even on the stranger's address")
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aStrangerHammeringOverHttpBasicIsSlowedWhileTheEmployeeLogsInFromElsewhere() {
		int unauthorized = 0;
		int throttled = 0;
		ResponseEntity<String> last = null;
		for (int i = 0; i < 25; i++) {
			last = basic(employee, "guess-" + i, strangerIp);
			if (last.getStatusCode() == HttpStatus.UNAUTHORIZED) {
				unauthorized++;
			}
			else if (last.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
				throttled++;
			}
			assertThat(basic(employee, PASSWORD, employeeIp).getStatusCode()).as("the employee right after guess %d", i)
				.isEqualTo(HttpStatus.OK);
		}
		System.out.printf("HTTP Basic: 25 wrong passwords from one address: %d answered 401, %d answered 429%n", unauthorized,
				throttled);
		assertThat(unauthorized).isBetween(1, 10);
		assertThat(unauthorized + throttled).isEqualTo(25);
		int retryAfter = assertThrottled(last);

		assertThat(basic(employee, PASSWORD, strangerIp).getStatusCode()).as("the stranger's address waits, right password or not")
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		later(retryAfter);
		assertThat(basic(employee, PASSWORD, strangerIp).getStatusCode()).as("not locked once the delay has passed")
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aStrangerHammeringTheWebappLoginIsSlowedWhileTheEmployeeLogsInFromElsewhere() {
		int throttled = 0;
		ResponseEntity<String> last = null;
		for (int i = 0; i < 25; i++) {
			last = webappLogin(employee, "guess-" + i, strangerIp);
			assertThat(last.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
			throttled += last.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS ? 1 : 0;
			assertThat(webappLogin(employee, PASSWORD, employeeIp).getStatusCode()).as("the employee right after guess %d", i)
				.isEqualTo(HttpStatus.OK);
		}
		System.out.printf("Webapp login: 25 wrong passwords from one address: %d answered 429%n", throttled);
		assertThat(throttled).isGreaterThanOrEqualTo(15);
		int retryAfter = assertThrottled(last);
		later(retryAfter);
		assertThat(webappLogin(employee, PASSWORD, strangerIp).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void oneAddressTryingManyAccountsRunsOutOfItsOwnBudgetOnly() {
		int firstThrottled = -1;
		for (int i = 0; i < 60 && firstThrottled < 0; i++) {
			if (basic("nobody" + i, "guess", strangerIp).getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
				firstThrottled = i;
			}
		}
		System.out.printf("One address, a new user name each time: throttled from attempt %d%n", firstThrottled + 1);
		assertThat(firstThrottled).as("the address's budget of failed logins").isBetween(10, 50);
		assertThrottled(basic(employee, PASSWORD, strangerIp));
		assertThat(basic(employee, PASSWORD, employeeIp).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private int assertThrottled(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		int retryAfter = Integer.parseInt(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
		assertThat(retryAfter).as("a bounded, temporary delay").isBetween(1, 300);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(response.getBody()).contains("\"status\":429").contains("محاولات");
		return retryAfter;
	}

	private void later(int seconds) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
	}

	private ResponseEntity<String> basic(String user, String password, String ip) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		headers.add("X-Forwarded-For", ip);
		return rest.exchange("/engine-rest/task/count", HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** As the login page does: the CSRF token and session first, then the form. */
	private ResponseEntity<String> webappLogin(String user, String password, String ip) {
		HttpHeaders get = new HttpHeaders();
		get.add("X-Forwarded-For", ip);
		ResponseEntity<String> page = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(get),
				String.class);
		String xsrf = cookie(page, "XSRF-TOKEN");
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-Forwarded-For", ip);
		headers.add("X-XSRF-TOKEN", xsrf);
		headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + cookie(page, "JSESSIONID"));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		return rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
				new HttpEntity<>(form, headers), String.class);
	}

	private static String cookie(ResponseEntity<?> response, String name) {
		return response.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(name.length() + 1, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

}
