package sa.org.hayaniyah.masar.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

/**
 * Commands that put a case at an activity of the caller's choosing, past every step before it: starting with start
 * instructions (which needs only CREATE_INSTANCE, so reception could start a journey at registration), modifying a
 * running instance (one at a time or as a batch, synchronous or not), restarting and migrating. Only members of the
 * engine's administrator groups ({@code camunda-admin}) may issue them. A command without an authenticated user is
 * the engine or the application itself (job executor, batch jobs, start-up) and passes: every way in from outside
 * (engine REST, webapps) authenticates its caller.
 */
final class AdminOnlyCommands {

	static final String REFUSAL = "تعديل مسار الطلب أو بدؤه من خطوة وسطى للمشرف العام على النظام فقط"
			+ " / Start instructions, modification, restart and migration are for administrators only";

	private static final List<Class<?>> ADMIN_ONLY = List.of(StartProcessInstanceAtActivitiesCmd.class,
			ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
			AbstractRestartProcessInstanceCmd.class, AbstractMigrationCmd.class);

	private final ProcessEngineConfigurationImpl configuration;

	AdminOnlyCommands(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	void check(Command<?> command) {
		if (ADMIN_ONLY.stream().anyMatch(type -> type.isInstance(command)) && !isAdministratorOrEngine(configuration)) {
			throw new AuthorizationException(REFUSAL);
		}
	}

	/** No authenticated user (the engine's own work), or a member of an administrator group or an administrator user. */
	static boolean isAdministratorOrEngine(ProcessEngineConfigurationImpl configuration) {
		Authentication user = configuration.getIdentityService().getCurrentAuthentication();
		if (user == null) {
			return true;
		}
		List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
		List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
		List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
		return adminUsers.contains(user.getUserId()) || groups.stream().anyMatch(adminGroups::contains);
	}

}
