package sa.org.hayaniyah.masar.security;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production only: refuses to start with no first administrator, with a default or weak password, or with demo users
 * switched on. The administrator itself is created by {@link IdentitySetup}, after the groups; demo accounts left in
 * the database are refused by {@link DemoAccountsCheck}.
 */
@Component
@Profile("prod")
class FirstAdminSetup {

	FirstAdminSetup(FirstAdminProperties admin, DemoUsersProperties demo) {
		if (demo.enabled()) {
			throw new IllegalStateException("Refusing to start: masar.demo.enabled is true in production; demo users exist only in the local default profile");
		}
		if (admin.id() == null || admin.id().isBlank()) {
			throw new IllegalStateException("Production needs a first administrator: set MASAR_ADMIN_ID and MASAR_ADMIN_PASSWORD");
		}
		List<String> problems = PasswordRules.problems(admin.id(), admin.password());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start: MASAR_ADMIN_PASSWORD is not acceptable (" + String.join(", ", problems)
					+ ")");
		}
	}

}
