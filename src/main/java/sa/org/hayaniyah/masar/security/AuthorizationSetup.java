package sa.org.hayaniyah.masar.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may do what, granted at every start (idempotently: a grant that exists is completed, never duplicated).
 * Tasks themselves are granted by the engine to their candidate group or assignee ({@code TASK_WORK}), so a group
 * sees and works its own tasks only; nobody but supervisors reads process instances and their variables;
 * analysts change definitions but never see a family's data; {@code camunda-admin} may do everything, as
 * Camunda's own admin set-up grants it. A family's file in the application's own API follows the same lines through
 * {@link RequestAccess} (need-to-know from the request's tasks).
 */
@Component
public class AuthorizationSetup {

	public record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
	}

	static final String JOURNEY = "beneficiary-journey";

	static final String INQUIRY = "beneficiary-inquiry";

	/** The processes whose tasks staff work in Tasklist. */
	static final List<String> PROCESSES = List.of(JOURNEY, INQUIRY, "satisfaction-survey", "beneficiary-outreach");

	public static final List<String> STAFF = List.of(Roles.RECEPTION, Roles.SOCIAL_RESEARCH, Roles.RESEARCH_COMMITTEE, Roles.SUPERVISORS);

	private final AuthorizationService authorizationService;

	AuthorizationSetup(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	static List<Grant> grants() {
		List<Grant> grants = new ArrayList<>();
		for (String staff : STAFF) {
			grants.add(new Grant(staff, APPLICATION, "tasklist", ACCESS));
			// names of colleagues (assignees, committee members) and groups
			grants.add(new Grant(staff, USER, ANY, READ));
			grants.add(new Grant(staff, GROUP, ANY, READ));
			for (String process : PROCESSES) {
				grants.add(new Grant(staff, PROCESS_DEFINITION, process, READ));
			}
		}
		// reception starts requests and records inquiries from Tasklist
		grants.add(new Grant(Roles.RECEPTION, PROCESS_DEFINITION, JOURNEY, READ, CREATE_INSTANCE));
		grants.add(new Grant(Roles.RECEPTION, PROCESS_DEFINITION, INQUIRY, READ, CREATE_INSTANCE));
		grants.add(new Grant(Roles.RECEPTION, PROCESS_INSTANCE, ANY, CREATE));

		grants.add(new Grant(Roles.SUPERVISORS, APPLICATION, "cockpit", ACCESS));
		grants.add(new Grant(Roles.SUPERVISORS, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
		grants.add(new Grant(Roles.SUPERVISORS, PROCESS_INSTANCE, ANY, READ));
		grants.add(new Grant(Roles.SUPERVISORS, TASK, ANY, READ));
		grants.add(new Grant(Roles.SUPERVISORS, DECISION_DEFINITION, ANY, READ, READ_HISTORY));
		grants.add(new Grant(Roles.SUPERVISORS, DEPLOYMENT, ANY, READ));

		grants.add(new Grant(Roles.ANALYSTS, APPLICATION, "cockpit", ACCESS));
		grants.add(new Grant(Roles.ANALYSTS, DEPLOYMENT, ANY, CREATE, READ, DELETE));
		grants.add(new Grant(Roles.ANALYSTS, PROCESS_DEFINITION, ANY, READ, UPDATE));
		grants.add(new Grant(Roles.ANALYSTS, DECISION_DEFINITION, ANY, READ, UPDATE));
		grants.add(new Grant(Roles.ANALYSTS, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));

		// what Camunda's own admin set-up grants the administrators: everything
		for (Resources resource : Resources.values()) {
			grants.add(new Grant(Roles.ADMINS, resource, ANY, Permissions.ALL));
		}
		return grants;
	}

	@EventListener
	public void onEngineStarted(ApplicationStartedEvent event) {
		grants().forEach(this::grant);
	}

	public void grant(Grant grant) {
		Authorization authorization = authorizationService.createAuthorizationQuery()
			.groupIdIn(grant.group())
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.singleResult();
		if (authorization == null) {
			authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(grant.group());
			authorization.setResource(grant.resource());
			authorization.setResourceId(grant.resourceId());
		}
		for (Permission permission : grant.permissions()) {
			authorization.addPermission(permission);
		}
		authorizationService.saveAuthorization(authorization);
	}

}
