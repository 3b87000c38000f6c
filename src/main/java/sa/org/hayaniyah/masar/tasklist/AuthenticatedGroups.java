package sa.org.hayaniyah.masar.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before its first authorization check in every command the engine reads the id of every group that holds an
 * authorization ({@code SELECT DISTINCT GROUP_ID_} over the whole authorization table) to leave the user's other
 * groups out of its checks. With an authorization per task that is a full scan in every task query (about 200 ms at
 * 100,000 open requests, issue 22). A group without authorizations matches no authorization row anyway, so the checks
 * take the user's groups (staff have one or two) as they are: the same answers without the scan.
 */
@Component
class AuthenticatedGroups extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomSessionFactories() == null) {
			configuration.setCustomSessionFactories(new ArrayList<>());
		}
		configuration.getCustomSessionFactories().add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new Manager();
			}

		});
	}

	static class Manager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
		}

	}

}
