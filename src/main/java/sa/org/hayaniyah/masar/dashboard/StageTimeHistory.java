package sa.org.hayaniyah.masar.dashboard;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps each request's time per stage as the engine writes its history: when an activity a stage is timed by ends, its
 * duration is added to the request's row ({@link KeptFigures#stageEnded}), in the engine's transaction. The engine's
 * own database handler runs first: for an activity started in an earlier transaction it reads the start time, from
 * which the event's duration comes.
 */
@Component
class StageTimeHistory extends AbstractProcessEnginePlugin implements HistoryEventHandler {

	private final KeptFigures kept;

	StageTimeHistory(KeptFigures kept) {
		this.kept = kept;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getHistoryEventHandler() != null || !configuration.isEnableDefaultDbHistoryEventHandler()) {
			throw new IllegalStateException("the supervisors' stage times expect the engine's default history handler");
		}
		configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(new DbHistoryEventHandler(), this));
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricActivityInstanceEventEntity activity
				&& activity.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)
				&& JourneyStage.PROCESS.equals(activity.getProcessDefinitionKey()) && activity.getEndTime() != null) {
			JourneyStage.ofTimedActivity(activity.getActivityId())
				.ifPresent(stage -> kept.stageEnded(activity.getProcessInstanceId(), stage, activity.getEndTime().toInstant(),
						activity.getDurationInMillis() == null ? 0 : activity.getDurationInMillis()));
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

}
