package sa.org.hayaniyah.masar.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A capability's share of PDPL, implemented by each module for the tables, variables and files it owns, naming only
 * its own tables (issue 25). The data-subject export, retention's anonymisation, corrections and the inventory test
 * all go through these, so there is one list of where personal data live.
 */
public interface PersonalDataContributor {

	/** Every table the module owns, each column classed as personal or not, and its process variables and files. */
	PersonalDataInventory inventory();

	/** Adds the keys this module holds for the subject's keys (a national ID to request IDs, a request to its surveys). */
	default void identify(DataSubject subject) {
	}

	/** The module's rows (and file extracts) about the subject, by table name. */
	Map<String, List<Map<String, Object>>> export(DataSubject subject);

	/**
	 * Removes the subject's personal data from the module's tables and files for good, and cuts the links from its rows
	 * to the subject's records; what stays is anonymous.
	 */
	void anonymise(DataSubject subject);

	/** Sets a corrected value in the module's records of the subject that are not anonymised; returns rows changed. */
	default int correct(DataSubject subject, Correction correction) {
		return 0;
	}

	/** The records whose retention period has passed, each as a subject of its own keys. */
	default List<DataSubject> expired(RetentionCutoffs cutoffs) {
		return List.of();
	}

	/**
	 * Removes what holds personal data about no one in particular once older than the retention period (the outbox
	 * files' old blocks), on retention's clock.
	 */
	default void expire(RetentionCutoffs cutoffs) {
	}

	/** Whether something of the subject is still being worked on: retention leaves the subject alone. */
	default boolean open(DataSubject subject) {
		return false;
	}

	/** When the module last served or heard from the subject. */
	default Optional<Instant> lastActivity(DataSubject subject) {
		return Optional.empty();
	}

}
