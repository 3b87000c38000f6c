package sa.org.hayaniyah.masar.outreach;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "البحث عن الأسر التي تحتاج إلى متابعة": records a follow-up for every new finding; those already followed up are
 * skipped, so a second run the same day creates nothing.
 */
@Component
class FindFamiliesNeedingAttentionDelegate implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(FindFamiliesNeedingAttentionDelegate.class);

	private final FamiliesNeedingAttention families;

	private final OutreachFollowUps followUps;

	FindFamiliesNeedingAttentionDelegate(FamiliesNeedingAttention families, OutreachFollowUps followUps) {
		this.families = families;
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<FamiliesNeedingAttention.Finding> findings = families.find();
		int created = followUps.record(findings, execution.getProcessInstanceId());
		OutreachVariables.FOLLOW_UPS_CREATED.set(execution, created);
		log.info("Outreach found {} families' situations needing attention ({}), {} new follow-ups", findings.size(),
				FamiliesNeedingAttention.countByReason(findings), created);
	}

}
