package sa.org.hayaniyah.masar.resilience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts both journey tests print and assert: per step what the clients were told was done against what the
 * database holds (lost), what is there more than once (duplicated), the deliveries the loopback gateway and mail
 * server received against the outbox, stuck instances, incidents.
 */
final class JourneyCounts {

	record Step(String name, long acknowledged, long present, long lost, long duplicated) {
	}

	final List<Step> steps = new ArrayList<>();

	final Map<String, Long> duplicates = new LinkedHashMap<>();

	long smsDeliveries;

	long smsDuplicateDeliveries;

	long mailDeliveries;

	long mailDuplicateDeliveries;

	long sentNeverDelivered;

	long deliveredButDueAgain;

	final Map<String, Long> outbox = new LinkedHashMap<>();

	final List<String> uncertain = new ArrayList<>();

	long uncertainResent;

	List<String> stuck;

	long incidents;

	static JourneyCounts take(Census db, Journey.Ledger ledger, SmsGateway sms, MailServer mail) {
		JourneyCounts c = new JourneyCounts();
		String byRequest = " x JOIN support_request r ON r.id = x.request_id";
		c.step(db, ledger, "requests", "request", "SELECT reference_number FROM support_request", "support_request", "national_id");
		c.step(db, ledger, "applicant data (T4)", "applicant-data", """
				SELECT p.business_key_ FROM act_hi_taskinst t JOIN act_hi_procinst p ON p.id_ = t.proc_inst_id_
				WHERE t.task_def_key_ = 'Task_ReceiveBeneficiary' AND t.end_time_ IS NOT NULL AND t.delete_reason_ = 'completed'""",
				"(SELECT proc_inst_id_ FROM act_hi_taskinst WHERE task_def_key_ = 'Task_ReceiveBeneficiary' "
						+ "AND delete_reason_ = 'completed') t", "proc_inst_id_");
		c.step(db, ledger, "declarations", "declaration", "SELECT r.reference_number FROM applicant_declaration" + byRequest,
				"applicant_declaration", "request_id");
		c.step(db, ledger, "social research", "research", "SELECT r.reference_number FROM social_research" + byRequest,
				"social_research", "request_id, round");
		for (String member : Journey.MEMBERS) {
			c.step(db, ledger, "votes of " + member, "vote:" + member,
					"SELECT r.reference_number FROM committee_vote" + byRequest + " WHERE x.member = '" + member + "'", "committee_vote",
					"request_id, round, member");
		}
		c.step(db, ledger, "service deliveries", "delivery", "SELECT r.reference_number FROM service_delivery" + byRequest,
				"service_delivery", "request_id");
		c.step(db, ledger, "survey answers", "survey",
				"SELECT r.reference_number FROM survey" + byRequest + " WHERE x.status = 'ANSWERED'", "survey", "request_id");

		c.duplicates.put("requests per national ID", db.duplicated("support_request", "national_id"));
		c.duplicates.put("journey instances per request", db.count("""
				SELECT COUNT(*) FROM (SELECT business_key_ FROM act_hi_procinst WHERE proc_def_key_ = 'beneficiary-journey'
				AND business_key_ IS NOT NULL GROUP BY business_key_ HAVING COUNT(*) > 1) d"""));
		c.duplicates.put("file numbers", db.duplicated("beneficiary", "file_number"));
		c.duplicates.put("beneficiary files per national ID", db.duplicated("beneficiary", "national_id"));
		c.duplicates.put("decision numbers", db.duplicated("committee_decision", "decision_number"));
		c.duplicates.put("decisions per request and round", db.duplicated("committee_decision", "request_id, round"));
		c.duplicates.put("notifications per request and template", db.duplicated("notification", "reference_number, template"));
		c.duplicates.put("verification checks per request, attempt and rule",
				db.duplicated("verification_result", "request_id, attempt, rule"));
		c.duplicates.put("verification runs beyond the first", db.count("SELECT COUNT(*) FROM verification_result WHERE attempt > 1"));
		c.duplicates.put("jobs run more than once (job log)", db.jobsRunTwice());

		Map<String, Integer> smsPerReference = sms.perReference();
		Map<String, Integer> mailPerReference = mail.perReference();
		c.smsDeliveries = smsPerReference.values().stream().mapToLong(Integer::longValue).sum();
		c.smsDuplicateDeliveries = smsPerReference.values().stream().filter(n -> n > 1).count();
		c.mailDeliveries = mailPerReference.values().stream().mapToLong(Integer::longValue).sum();
		c.mailDuplicateDeliveries = mailPerReference.values().stream().filter(n -> n > 1).count();
		for (Object[] row : db.rows("SELECT id, channel, status FROM notification WHERE channel IN ('SMS', 'EMAIL')")) {
			String reference = "masar-" + row[0];
			int delivered = ("SMS".equals(row[1]) ? smsPerReference : mailPerReference).getOrDefault(reference, 0);
			if ("SENT".equals(row[2]) && delivered == 0) {
				c.sentNeverDelivered++;
			}
			if (delivered > 0 && !List.of("SENT", "UNCERTAIN").contains(row[2])) {
				c.deliveredButDueAgain++;
			}
			if ("UNCERTAIN".equals(row[2])) {
				c.uncertain.add(reference + " (" + row[1] + ", delivered " + delivered + "x)");
				if (delivered > 1) {
					c.uncertainResent++;
				}
			}
		}
		for (Object[] row : db.rows("SELECT status, COUNT(*) FROM notification GROUP BY status ORDER BY status")) {
			c.outbox.put((String) row[0], ((Number) row[1]).longValue());
		}
		c.stuck = db.stuck();
		c.incidents = db.incidents();
		return c;
	}

	private void step(Census db, Journey.Ledger ledger, String label, String step, String presentSql, String table, String key) {
		Set<String> acknowledged = ledger.of(step);
		Set<String> present = db.present(presentSql);
		steps.add(new Step(label, acknowledged.size(), present.size(), Census.lost(acknowledged, present),
				db.duplicated(table, key)));
	}

	long lost() {
		return steps.stream().mapToLong(Step::lost).sum();
	}

	long duplicated() {
		return steps.stream().mapToLong(Step::duplicated).sum() + duplicates.values().stream().mapToLong(Long::longValue).sum();
	}

	long duplicateDeliveries() {
		return smsDuplicateDeliveries + mailDuplicateDeliveries;
	}

	String block() {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%-34s %12s %8s %5s %11s%n", "", "acknowledged", "present", "lost", "duplicated"));
		for (Step s : steps) {
			out.append(String.format("%-34s %12d %8d %5d %11d%n", s.name(), s.acknowledged(), s.present(), s.lost(), s.duplicated()));
		}
		out.append("duplicates:\n");
		duplicates.forEach((name, n) -> out.append(String.format("  %-52s %d%n", name, n)));
		out.append(String.format("deliveries: SMS gateway %d (duplicate deliveries %d), mail server %d (duplicate deliveries %d)%n",
				smsDeliveries, smsDuplicateDeliveries, mailDeliveries, mailDuplicateDeliveries));
		out.append(String.format("  SENT but never delivered %d, delivered but due to be sent again %d%n", sentNeverDelivered,
				deliveredButDueAgain));
		out.append("outbox by status: ").append(outbox).append('\n');
		out.append(String.format("UNCERTAIN %d%s, re-sent %d%n", uncertain.size(), uncertain.isEmpty() ? "" : " " + uncertain,
				uncertainResent));
		out.append(String.format("stuck instances %d%s, incidents %d%n", stuck.size(), stuck.isEmpty() ? "" : " " + stuck, incidents));
		out.append(String.format("TOTAL: lost %d, duplicated %d, duplicate deliveries %d, stuck %d, incidents %d, UNCERTAIN %d%n",
				lost(), duplicated(), duplicateDeliveries(), stuck.size(), incidents, uncertain.size()));
		return out.toString();
	}

}
