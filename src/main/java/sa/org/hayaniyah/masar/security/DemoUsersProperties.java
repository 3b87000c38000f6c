package sa.org.hayaniyah.masar.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users of the default profile ({@code masar.demo.users}); the production profile has none.
 */
@ConfigurationProperties("masar.demo")
record DemoUsersProperties(boolean enabled, List<DemoUser> users) {

	public record DemoUser(String id, String password, String firstName, String lastName, List<String> groups) {
	}

	public DemoUsersProperties {
		users = users == null ? List.of() : users;
	}

}
