package sa.org.hayaniyah.masar.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.ReferenceNumbers;
import sa.org.hayaniyah.masar.sla.SlaProperties;

/**
 * Opens, updates and closes support requests. One open request per national ID is enforced by the database,
 * so two reception desks (or two nodes) cannot open the same family twice.
 */
@Service
public class SupportRequests {

	private final SupportRequestRepository repository;

	private final ReferenceNumbers referenceNumbers;

	private final SlaProperties sla;

	private final Clock clock;

	SupportRequests(SupportRequestRepository repository, ReferenceNumbers referenceNumbers, SlaProperties sla, Clock clock) {
		this.repository = repository;
		this.referenceNumbers = referenceNumbers;
		this.sla = sla;
		this.clock = clock;
	}

	/**
	 * Opens a request. Staff's channels hold the national ID's one open slot (a second is refused); an online request
	 * never does, so a stranger cannot block the person at reception: it takes the slot only once verified, and while
	 * another request for the national ID is open it is flagged as a possible duplicate of it.
	 */
	@Transactional
	public SupportRequest open(NewSupportRequest request, String processInstanceId) {
		boolean holdsSlot = !request.channel().isOnline();
		if (holdsSlot) {
			refuseIfOpen(request.nationalId(), null);
		}
		String possibleDuplicateOf = repository.findAnyOpenReference(request.nationalId()).orElse(null);
		Instant now = clock.instant();
		String reference = referenceNumbers.next("HY", "support-request");
		try {
			long id = repository.insertOpen(reference, request, now, now.plus(sla.committeeDeadline()), processInstanceId,
					holdsSlot, possibleDuplicateOf);
			return get(id);
		}
		catch (DuplicateKeyException raceWithAnotherDesk) {
			throw DuplicateOpenRequestException.openedMeanwhile();
		}
	}

	/** The open request this one may duplicate (same national ID), flagged when it was opened. */
	public Optional<String> possibleDuplicateOf(long id) {
		return repository.findPossibleDuplicateOf(id);
	}

	public Optional<String> openReference(String nationalId) {
		return repository.findOpenReference(nationalId);
	}

	public SupportRequest get(long id) {
		return repository.findById(id).orElseThrow(() -> new IllegalArgumentException("No support request " + id));
	}

	public Optional<SupportRequest> findByReference(String reference) {
		return repository.findByReference(reference);
	}

	/** Records the verified support request form; refuses a national ID that has another open request. */
	@Transactional
	public void recordApplicant(long id, ApplicantDetails details) {
		refuseIfOpen(details.nationalId(), get(id).referenceNumber());
		try {
			repository.updateApplicant(id, details);
		}
		catch (DuplicateKeyException raceWithAnotherDesk) {
			throw DuplicateOpenRequestException.openedMeanwhile();
		}
	}

	/** PDPL: the purpose the applicant consented to, and when. */
	@Transactional
	public void recordConsent(long id, String purpose) {
		repository.updateConsent(id, purpose, clock.instant());
	}

	public List<HouseholdMember> householdMembers(long id) {
		return repository.members(id);
	}

	/** The household income as the social researcher verified it; a change voids the applicant's declaration (R4). */
	@Transactional
	public void correctMonthlyIncome(long id, BigDecimal income) {
		repository.updateMonthlyIncome(id, income);
	}

	/** The household with each member's row id, for a change that names a member. */
	public List<RecordedMember> recordedMembers(long id) {
		return repository.recordedMembers(id);
	}

	/**
	 * Applies a change to a registered family's household that a supervisor approved (issue 19), whatever the
	 * request's status (registered families' requests go on to be served and closed). A member named by an id that is
	 * not in the request's household is refused; nothing is written then.
	 *
	 * @return the household after the change, with what eligibility is judged on
	 * @throws IllegalArgumentException when the request is unknown or anonymised, or the member is not in it
	 */
	@Transactional
	public HouseholdAmendment.Household amendHousehold(long id, HouseholdAmendment amendment) {
		repository.lock(id);
		HouseholdAmendment.Household before = repository.household(id)
			.orElseThrow(() -> new IllegalArgumentException("No support request " + id));
		int size = before.householdSize();
		// a registered family's request was verified with both; a request without them counts from zero
		BigDecimal income = before.monthlyIncome() == null ? BigDecimal.ZERO : before.monthlyIncome();
		if (amendment instanceof HouseholdAmendment.Size s) {
			size = s.householdSize();
		}
		else if (amendment instanceof HouseholdAmendment.Income i) {
			income = i.monthlyIncome();
		}
		else if (amendment instanceof HouseholdAmendment.AddMember a) {
			repository.insertMember(id, a.member());
			income = income.add(a.member().monthlyIncome());
			size = size + 1;
		}
		else if (amendment instanceof HouseholdAmendment.RemoveMember r) {
			HouseholdMember gone = member(id, r.memberId());
			repository.deleteMember(id, r.memberId());
			income = income.subtract(gone.monthlyIncome()).max(BigDecimal.ZERO);
			size = Math.max(1, size - 1);
		}
		else if (amendment instanceof HouseholdAmendment.CorrectMember c) {
			HouseholdMember was = member(id, c.memberId());
			repository.updateMember(id, c.memberId(), c.member());
			income = income.add(c.member().monthlyIncome()).subtract(was.monthlyIncome()).max(BigDecimal.ZERO);
		}
		repository.updateHousehold(id, size, income);
		return repository.household(id).orElseThrow();
	}

	private HouseholdMember member(long id, long memberId) {
		return repository.recordedMembers(id)
			.stream()
			.filter(m -> m.id() == memberId)
			.map(RecordedMember::member)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Member " + memberId + " is not in request " + id + "'s household"));
	}

	/** The eligibility pre-check's result, for the committee (it does not decide). */
	@Transactional
	public void recordEligibility(long id, String eligibility, String reason) {
		repository.updateEligibility(id, eligibility, reason);
	}

	@Transactional
	public void close(long id, RequestStatus status, String reason) {
		repository.close(id, status, reason, clock.instant());
	}

	private void refuseIfOpen(String nationalId, String ownReference) {
		openReference(nationalId).filter(other -> !other.equals(ownReference)).ifPresent(other -> {
			throw new DuplicateOpenRequestException(other);
		});
	}

}
