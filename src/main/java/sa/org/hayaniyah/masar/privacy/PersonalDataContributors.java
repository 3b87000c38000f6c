package sa.org.hayaniyah.masar.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** All modules' contributors as one: the inventory, finding a person's keys, export and anonymisation. */
@Service
class PersonalDataContributors {

	/** Keys lead to keys (national ID, request, survey, called instance): a case is never deeper than this. */
	private static final int MAX_ROUNDS = 6;

	private final List<PersonalDataContributor> contributors;

	PersonalDataContributors(List<PersonalDataContributor> contributors) {
		this.contributors = contributors;
	}

	public List<PersonalDataInventory> inventory() {
		return contributors.stream().map(PersonalDataContributor::inventory).toList();
	}

	/** Asks every module for the keys it holds until none finds a new one. */
	public DataSubject identify(DataSubject subject) {
		for (int round = 0; round < MAX_ROUNDS; round++) {
			contributors.forEach(c -> c.identify(subject));
			if (!subject.grew()) {
				return subject;
			}
		}
		throw new IllegalStateException("keys still growing after " + MAX_ROUNDS + " rounds: " + subject);
	}

	Map<String, List<Map<String, Object>>> export(DataSubject subject) {
		Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
		contributors.forEach(c -> export.putAll(c.export(subject)));
		return export;
	}

	void anonymise(DataSubject subject) {
		contributors.forEach(c -> c.anonymise(subject));
	}

	int correct(DataSubject subject, Correction correction) {
		return contributors.stream().mapToInt(c -> c.correct(subject, correction)).sum();
	}

	List<DataSubject> expired(RetentionCutoffs cutoffs) {
		return contributors.stream().flatMap(c -> c.expired(cutoffs).stream()).toList();
	}

	void expire(RetentionCutoffs cutoffs) {
		contributors.forEach(c -> c.expire(cutoffs));
	}

	boolean open(DataSubject subject) {
		return contributors.stream().anyMatch(c -> c.open(subject));
	}

	Optional<Instant> lastActivity(DataSubject subject) {
		return contributors.stream().flatMap(c -> c.lastActivity(subject).stream()).max(Instant::compareTo);
	}

}
