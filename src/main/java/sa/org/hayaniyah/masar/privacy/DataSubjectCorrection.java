package sa.org.hayaniyah.masar.privacy;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.NATIONAL_ID;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.EdgeChecks;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;
import sa.org.hayaniyah.masar.common.SaudiMobile;

/**
 * PDPL's right to correct: a field is checked as intake checks it, set in every module's records of the person
 * and in their running cases' variables, and recorded on each of their references as a correction with its reason.
 */
@Service
public class DataSubjectCorrection {

	private final PersonalDataContributors contributors;

	private final AuditTrail audit;

	private final Clock clock;

	DataSubjectCorrection(PersonalDataContributors contributors, AuditTrail audit, Clock clock) {
		this.contributors = contributors;
		this.audit = audit;
		this.clock = clock;
	}

	/** Returns how many records changed; empty when nothing is held about the person. */
	@Transactional
	public Optional<Integer> correct(String nationalId, Object field, Object value, Object reason) {
		Correction correction = check(field, value, reason);
		DataSubject subject = contributors.identify(DataSubject.of(NATIONAL_ID, nationalId));
		if (!subject.has(REFERENCE)) {
			return Optional.empty();
		}
		int changed = contributors.correct(subject, correction);
		String why = correction.field().variable() + " corrected: " + reason.toString().strip();
		subject.strings(REFERENCE).forEach(reference -> audit.record(AuditTrail.Action.CORRECT, reference, why));
		return Optional.of(changed);
	}

	private Correction check(Object field, Object value, Object reason) {
		List<Violation> violations = new ArrayList<>();
		Correction.Field which = null;
		String name = EdgeChecks.text("field", "الحقل", field, 20, violations);
		for (Correction.Field f : Correction.Field.values()) {
			if (f.variable().equals(name)) {
				which = f;
			}
		}
		if (which == null && violations.isEmpty()) {
			violations.add(new Violation("field", "الحقل غير قابل للتصحيح: mobile أو email أو address أو district أو dateOfBirth",
					"field must be one of mobile, email, address, district, dateOfBirth"));
		}
		String text = EdgeChecks.text("value", "القيمة الصحيحة", value, 300, violations);
		String why = EdgeChecks.text("reason", "سبب التصحيح", reason, 250, violations);
		if (why == null || why.length() < 3) {
			violations.add(new Violation("reason", "اكتب سبب التصحيح ومن طلبه", "reason is required (3 to 250 characters)"));
		}
		String normalised = which == null || text == null ? null : normalise(which, text);
		if (normalised == null && which != null) {
			violations.add(new Violation("value", "القيمة غير صحيحة لهذا الحقل", "value is not valid for " + which.variable()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Correction(which, normalised);
	}

	private String normalise(Correction.Field field, String text) {
		return switch (field) {
			case MOBILE -> SaudiMobile.normalise(text).orElse(null);
			case EMAIL -> text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && text.length() <= 200 ? text.toLowerCase(Locale.ROOT) : null;
			case DISTRICT -> text.length() <= 100 ? text : null;
			case ADDRESS -> text;
			case DATE_OF_BIRTH -> {
				try {
					LocalDate date = LocalDate.parse(text);
					yield date.isBefore(LocalDate.now(clock)) && date.getYear() > 1900 ? date.toString() : null;
				}
				catch (DateTimeParseException e) {
					yield null;
				}
			}
		};
	}

}
