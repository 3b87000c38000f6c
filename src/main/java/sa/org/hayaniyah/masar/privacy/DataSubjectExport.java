package sa.org.hayaniyah.masar.privacy;

import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.NATIONAL_ID;
import static sa.org.hayaniyah.masar.privacy.DataSubject.Key.REFERENCE;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.org.hayaniyah.masar.common.AuditTrail;
import sa.org.hayaniyah.masar.common.PersonalData;

/**
 * PDPL's right of access: everything held about one person, from every module's tables and files and from the
 * engine's runtime and history. Meant for the data subject, so nothing is masked; every export is audited, also
 * when nothing is held.
 */
@Service
class DataSubjectExport {

	private final PersonalDataContributors contributors;

	private final AuditTrail audit;

	DataSubjectExport(PersonalDataContributors contributors, AuditTrail audit) {
		this.contributors = contributors;
		this.audit = audit;
	}

	@Transactional
	public Map<String, List<Map<String, Object>>> export(String nationalId) {
		DataSubject subject = contributors.identify(DataSubject.of(NATIONAL_ID, nationalId));
		Map<String, List<Map<String, Object>>> export = contributors.export(subject);
		List<String> references = subject.strings(REFERENCE);
		if (references.isEmpty()) {
			audit.record(AuditTrail.Action.EXPORT, "-", "data-subject export, nothing held for " + PersonalData.mask(nationalId));
		}
		references.forEach(reference -> audit.record(AuditTrail.Action.EXPORT, reference, "data-subject export"));
		return export;
	}

}
