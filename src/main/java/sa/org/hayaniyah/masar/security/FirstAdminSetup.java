package sa.org.hayaniyah.masar.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Production only: the first administrator comes from the environment, and the application refuses to start with
 * no administrator or with a default or weak password. The administrator is a direct member of camunda-admin,
 * which also closes Camunda's unauthenticated first-user set-up endpoint.
 */
@Component
@Profile("prod")
class FirstAdminSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

	private final IdentityService identityService;

	private final FirstAdminProperties admin;

	FirstAdminSetup(IdentityService identityService, FirstAdminProperties admin) {
		if (admin.id() == null || admin.id().isBlank()) {
			throw new IllegalStateException("Production needs a first administrator: set MASAR_ADMIN_ID and MASAR_ADMIN_PASSWORD");
		}
		List<String> problems = PasswordRules.problems(admin.id(), admin.password());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start: MASAR_ADMIN_PASSWORD is not acceptable (" + String.join(", ", problems)
					+ ")");
		}
		this.identityService = identityService;
		this.admin = admin;
	}

	@EventListener
	public void onEngineStarted(ApplicationStartedEvent event) {
		if (identityService.createUserQuery().userId(admin.id()).count() == 0) {
			User user = identityService.newUser(admin.id());
			user.setFirstName(admin.firstName() == null ? "مدير" : admin.firstName());
			user.setLastName(admin.lastName() == null ? "النظام" : admin.lastName());
			user.setPassword(admin.password());
			identityService.saveUser(user);
			log.info("First administrator {} created", admin.id());
		}
		if (identityService.createGroupQuery().groupMember(admin.id()).groupId(Roles.ADMINS).count() == 0) {
			identityService.createMembership(admin.id(), Roles.ADMINS);
		}
	}

}
