package sa.org.hayaniyah.masar.security;

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
 * Creates the role groups at every start and, where enabled, the demo users. Idempotent: existing users keep
 * their passwords and memberships.
 */
@Component
class IdentitySetup {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	private final IdentityService identityService;

	private final DemoUsersProperties demo;

	IdentitySetup(IdentityService identityService, DemoUsersProperties demo) {
		this.identityService = identityService;
		this.demo = demo;
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
	}

	private void createDemoUser(DemoUsersProperties.DemoUser demoUser) {
		if (identityService.createUserQuery().userId(demoUser.id()).count() > 0) {
			return;
		}
		User user = identityService.newUser(demoUser.id());
		user.setFirstName(demoUser.firstName());
		user.setLastName(demoUser.lastName());
		user.setPassword(demoUser.password());
		user.setEmail(demoUser.id() + "@demo.hayaniyah.org.sa");
		identityService.saveUser(user);
		for (String group : demoUser.groups()) {
			identityService.createMembership(demoUser.id(), group);
		}
	}

}
