package sa.org.hayaniyah.masar.common;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A job's lock names the node that holds it ({@code ACT_RU_JOB.LOCK_OWNER_} = the engine's hostname, as the job log
 * has it, then a random part that keeps it unique), where the engine writes a bare random id. With two or more nodes
 * on one database, an operator looking at a job that waits for its lock to expire sees which node took it.
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getJobExecutor().setLockOwner(configuration.getHostname() + "/" + UUID.randomUUID());
	}

}
