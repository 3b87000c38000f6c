package sa.org.hayaniyah.masar.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production refuses to start while the database holds a demo account: a user the demo set-up created (its e-mail
 * address in the demo domain), or any user whose stored password is a published default such as the demo password.
 * It refuses rather than deleting: an account may own tasks, votes and audit entries, and which one to remove or
 * re-key is the operator's decision, so the message names the accounts and the ways out. The stored hashes are
 * compared with the engine's password manager, as the engine does, but without
 * {@code IdentityService.checkPassword}, which would count failed attempts. Runs while the context starts, before
 * the web server accepts a request.
 */
@Component
@Profile("prod")
class DemoAccountsCheck {

	DemoAccountsCheck(ProcessEngine processEngine) {
		PasswordManager passwords = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
			.getPasswordManager();
		List<String> found = new ArrayList<>();
		for (User user : processEngine.getIdentityService().createUserQuery().orderByUserId().asc().list()) {
			List<String> reasons = new ArrayList<>();
			if (IdentitySetup.isDemoAccount(user)) {
				reasons.add("demo account");
			}
			if (user instanceof UserEntity entity && hasDefaultPassword(entity, passwords)) {
				reasons.add("published default password");
			}
			if (!reasons.isEmpty()) {
				found.add(user.getId() + " (" + String.join(", ", reasons) + ")");
			}
		}
		if (!found.isEmpty()) {
			throw new IllegalStateException("Refusing to start: demo accounts in the production database: "
					+ String.join("; ", found) + ". Delete them in Camunda Admin > Users (or DELETE /engine-rest/user/{id}) "
					+ "from a non-production profile on this database, or give a real person's account its own e-mail "
					+ "address and a new password there; MASAR_ADMIN_ID and MASAR_ADMIN_PASSWORD create production's first "
					+ "administrator.");
		}
	}

	private static boolean hasDefaultPassword(UserEntity user, PasswordManager passwords) {
		return user.getPassword() != null && PasswordRules.DEFAULTS.stream()
			.anyMatch(candidate -> passwords.check(EncryptionUtil.saltPassword(candidate, user.getSalt()), user.getPassword()));
	}

}
