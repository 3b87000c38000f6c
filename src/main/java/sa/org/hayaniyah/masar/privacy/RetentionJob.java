package sa.org.hayaniyah.masar.privacy;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.BENEFICIARY;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.org.hayaniyah.masar.common.AuditTrail;

/**
 * PDPL retention with no way back: a request or inquiry closed longer ago than the retention period, and a
 * beneficiary file whose family was last served longer ago than its own period, lose their personal data in every
 * module's tables, the outbox files and the engine's history (deleted, not left to history cleanup's removal time).
 * What stays is anonymous (channel, support type, status, dates, outcomes) for the statistics, and no row of it
 * points at a file that still names the person. Anything of the subject still open waits for a later run.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final PersonalDataContributors contributors;

	private final RetentionProperties retention;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RetentionJob(PersonalDataContributors contributors, RetentionProperties retention, AuditTrail audit, Clock clock,
			TransactionTemplate transaction) {
		this.contributors = contributors;
		this.retention = retention;
		this.audit = audit;
		this.clock = clock;
		this.transaction = transaction;
	}

	/** Anonymises what expired, each subject in a transaction of its own; returns how many subjects. */
	@Scheduled(cron = "${masar.retention.cron}")
	public int apply() {
		Instant now = clock.instant();
		RetentionCutoffs cutoffs = new RetentionCutoffs(now.minus(retention.closedRequestPeriod()),
				now.minus(retention.beneficiaryFilePeriod()));
		List<DataSubject> expired = transaction.execute(status -> contributors.expired(cutoffs));
		int anonymised = 0;
		for (DataSubject candidate : expired) {
			Boolean done = transaction.execute(status -> anonymise(candidate, cutoffs));
			if (Boolean.TRUE.equals(done)) {
				anonymised++;
			}
		}
		contributors.expire(cutoffs);
		if (anonymised > 0 || !expired.isEmpty()) {
			log.info("Retention anonymised {} of {} expired records", anonymised, expired.size());
		}
		return anonymised;
	}

	private boolean anonymise(DataSubject candidate, RetentionCutoffs cutoffs) {
		DataSubject subject = contributors.identify(candidate);
		if (contributors.open(subject)) {
			return false;
		}
		// a file is kept while anything of the family is more recent than its period
		if (subject.has(BENEFICIARY) && contributors.lastActivity(subject).filter(last -> last.isAfter(cutoffs.beneficiaryFiles()))
			.isPresent()) {
			return false;
		}
		contributors.anonymise(subject);
		subject.strings(REFERENCE)
			.forEach(reference -> audit.record("system", AuditTrail.Action.ANONYMISE, reference, "retention period passed"));
		return true;
	}

}
