package sa.org.hayaniyah.masar.security;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups at every start, then, where configured, the demo users and the first administrator.
 * Idempotent: existing users keep their passwords and memberships.
 */
@Component
class IdentitySetup {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	/** Every demo user gets an address here: the mark by which production recognises a demo account. */
	static final String DEMO_MAIL_DOMAIN = "@demo.hayaniyah.org.sa";

	private final IdentityService identityService;

	private final DemoUsersProperties demo;

	private final FirstAdminProperties admin;

	IdentitySetup(IdentityService identityService, DemoUsersProperties demo, FirstAdminProperties admin) {
		this.identityService = identityService;
		this.demo = demo;
		this.admin = admin;
	}

	@EventListener
	public void onEngineStarted(ApplicationStartedEvent event) {
		for (Map.Entry<String, String> role : Roles.ARABIC_NAMES.entrySet()) {
			if (identityService.createGroupQuery().groupId(role.getKey()).count() == 0) {
				Group group = identityService.newGroup(role.getKey());
				group.setName(role.getValue());
				group.setType(Roles.ADMINS.equals(role.getKey()) ? "SYSTEM" : "WORKFLOW");
				identityService.saveGroup(group);
			}
		}
		if (demo.enabled()) {
			demo.users().forEach(this::createDemoUser);
			log.info("Demo users present: {}", demo.users().stream().map(DemoUsersProperties.DemoUser::id).toList());
		}
		if (admin.id() != null && !admin.id().isBlank()) {
			createFirstAdmin();
		}
	}

	/** A direct member of camunda-admin, which also closes Camunda's unauthenticated first-user set-up endpoint. */
	private void createFirstAdmin() {
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

	static boolean isDemoAccount(User user) {
		return user.getEmail() != null && user.getEmail().toLowerCase(Locale.ROOT).endsWith(DEMO_MAIL_DOMAIN);
	}

	private void createDemoUser(DemoUsersProperties.DemoUser demoUser) {
		if (identityService.createUserQuery().userId(demoUser.id()).count() > 0) {
			return;
		}
		User user = identityService.newUser(demoUser.id());
		user.setFirstName(demoUser.firstName());
		user.setLastName(demoUser.lastName());
		user.setPassword(demoUser.password());
		user.setEmail(demoUser.id() + DEMO_MAIL_DOMAIN);
		identityService.saveUser(user);
		for (String group : demoUser.groups()) {
			identityService.createMembership(demoUser.id(), group);
		}
	}

}
