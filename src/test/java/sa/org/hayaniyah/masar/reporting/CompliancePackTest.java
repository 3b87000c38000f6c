package sa.org.hayaniyah.masar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.reporting.CompliancePack.AuditTrail;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Completeness;
import sa.org.hayaniyah.masar.reporting.CompliancePack.DecisionEntry;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Decisions;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Figures;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Inquiries;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Outreach;
import sa.org.hayaniyah.masar.reporting.CompliancePack.ReasonCount;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Referrals;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Registration;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Requests;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Satisfaction;
import sa.org.hayaniyah.masar.reporting.CompliancePack.VerificationOutcomes;

/**
 * The compliance pack of 2033, a year no other test uses, over a seeded data set whose figures are worked out by
 * hand; rows just before 2033-01-01 00:00 and at 2034-01-01 00:00 stay out. The pack names decisions and requests
 * by number and employees by user id, and none of the applicants' names, national IDs, mobiles or incomes.
 */
@MasarIntegrationTest
class CompliancePackTest extends DatabaseTestSupport {

	static final LocalDate FROM = LocalDate.of(2033, 1, 1);

	static final LocalDate TO = LocalDate.of(2033, 12, 31);

	static final LocalDate TO_EXCLUSIVE = LocalDate.of(2034, 1, 1);

	static final String RETIRED_REASON = "CP_TEST_RETIRED";

	/** A retired referral reason whose label needs RFC 4180 quoting. */
	static final String RETIRED_LABEL = "سبب أُلغي لاحقاً, \"تجريبي\"";

	/** Seeded once per test JVM (one per database), reused by every test. */
	private static Seed seed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompliancePack pack;

	@Autowired
	CompliancePackPdf pdf;

	@Autowired
	TestRestTemplate rest;

	/** Requests by letter; the decisions by their number; who applied (what must never appear). */
	record Seed(Map<String, String> references, Map<String, String> decisions, List<String> personalData,
			List<String> arabicNames) {
	}

	@BeforeEach
	void seedOnce() {
		if (seed == null) {
			seed = new Seeder().seed();
		}
	}

	@Test
	void everyFigureMatchesTheHandComputedAnswer() throws Exception {
		Figures f = pack.compute(FROM, TO_EXCLUSIVE);
		Map<String, String> ref = seed.references();
		Map<String, String> dec = seed.decisions();

		assertThat(f.from()).isEqualTo(FROM);
		assertThat(f.toExclusive()).isEqualTo(TO_EXCLUSIVE);

		// C1: A (2033-01-01 00:00), B, C; C2: D, E; C4: F; C5: G; C7: H, I; C8: J (2033-12-31 23:59) -> 3+2+1+1+2+1 = 10;
		// X (2032-12-31 23:59:59) and Y (2034-01-01 00:00) are out
		assertThat(f.requests()).isEqualTo(new Requests(List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"),
				Map.of("C1", 3, "C2", 2, "C3", 0, "C4", 1, "C5", 1, "C6", 0, "C7", 2, "C8", 1), 10));
		assertThat(f.requests().byChannel().keySet()).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");

		// verified at submission: A B C D E F H (G, I, J never verified; X, Y out) = 7; complete in attempt 1: A (a warning
		// only), D, F (warnings only), H = 4; 4/7 = 57.14 -> 57.1
		assertThat(f.completeness()).isEqualTo(new Completeness(List.of("R2"), 7, 4, bd("57.1")));

		// attempts: A1 V, B1 M, B2 V, C1 I (invalid and missing: invalid), C2 M (missing and warning), C3 V, D1 V, E1 I,
		// E2 V, F1 V, H1 V -> valid 7, invalid 2, missing 2
		assertThat(f.verification()).isEqualTo(new VerificationOutcomes(List.of("R2", "T3"), 7, 2, 2));

		// ELIGIBILITY 3 and REQUIRED_DOCUMENTS 3 (tie: by code), then the ones: the retired reason, DECISION_TIMELINE,
		// FIELD_VISIT; SUPPORT_TYPES (2032-12-31 23:59:59) and OTHER (2034-01-01 00:00) are out -> 3+3+1+1+1 = 9
		assertThat(f.referrals()).isEqualTo(new Referrals(List.of("R3", "O8"), List.of(
				new ReasonCount("ELIGIBILITY", "لم تتضح شروط الاستحقاق", 3),
				new ReasonCount("REQUIRED_DOCUMENTS", "لم تتضح المستندات المطلوبة", 3),
				new ReasonCount(RETIRED_REASON, RETIRED_LABEL, 1),
				new ReasonCount("DECISION_TIMELINE", "لم تتضح مواعيد البت في الطلب", 1),
				new ReasonCount("FIELD_VISIT", "لم يتضح إجراء الزيارة الميدانية", 1)), 9));

		// final decisions: X (in time), A round 2 (exactly at the deadline: in time), B by supervisor1 (2 days late),
		// D (1 second late), E (in time) = 5, in time 3, 3/5 = 60.0; A's RETURNED and B's UNDECIDED are not final;
		// J's (2034-01-01 00:00) is out. Breaches recorded: B (apology), C (apology), D (none) = 3, apologies 2;
		// J's breach (2034-01-15) is out
		assertThat(f.decisions()).isEqualTo(new Decisions(List.of("R5"), 5, 3, bd("60.0"), 3, 2));

		// registered: X's, E's, H's (2033-12-31 23:59:59) = 3, J's (2034-01-01 00:00:30) out;
		// delivered: X's twice, E's once = 3, J's (2034-01-03) out
		assertThat(f.registration()).isEqualTo(new Registration(List.of("R6", "R7"), 3, 3));

		// received q1..q6 = 6; answered q1 q2 q3 q4 = 4; within SLA q1, q2 (exactly at due), q4 = 3, 3/4 = 75.0;
		// escalated q3 q5 = 2; complaints q4 q5 = 2, reviewed q4 = 1; q7 (2034-01-01 00:00) and q8 (2032-12-31 23:59:59) out
		assertThat(f.inquiries()).isEqualTo(new Inquiries(List.of("O3", "R1"), 6, 4, 3, bd("75.0"), 2, 2, 1));

		// surveys sent sv1..sv7 = 7; answered sv1..sv4 = 4 (scores 5, 4, 2, 1), satisfied 2; CSAT 2/4 = 50.0;
		// average 12/4 = 3.00; response 4/7 = 57.14 -> 57.1. Recovery opened in 2033: sv3's, sv4's and sv9's
		// (its survey was sent in 2032) = 3, closed sv3's and sv9's = 2; sv8's (opened 2034-01-02) is out
		assertThat(f.satisfaction())
			.isEqualTo(new Satisfaction(List.of("O5", "O6"), 7, 4, 2, bd("50.0"), bd("3.00"), bd("57.1"), 3, 2));

		// ID_EXPIRING 1, SUPPORT_RENEWAL 1, NO_CONTACT 2, SERVICE_NOT_DELIVERED 0 -> found 4, done 3; the follow-up found
		// at 2034-01-01 00:00 is out
		assertThat(f.outreach()).isEqualTo(new Outreach(List.of("G1", "O4"),
				Map.of("ID_EXPIRING", 1, "SUPPORT_RENEWAL", 1, "NO_CONTACT", 2, "SERVICE_NOT_DELIVERED", 0), 4, 3));
		assertThat(f.outreach().byReason().keySet()).containsExactly("ID_EXPIRING", "SUPPORT_RENEWAL", "NO_CONTACT",
				"SERVICE_NOT_DELIVERED");

		// in the order decided; the votes of the deciding round, by member
		assertThat(f.auditTrail()).isEqualTo(new AuditTrail(List.of("R5", "A1"), List.of(
				new DecisionEntry(dec.get("X"), ref.get("X"), "APPROVED", "COMMITTEE", at(2033, 1, 5, 10, 0),
						List.of("committee1:APPROVE", "committee2:APPROVE", "committee3:REJECT"), 0),
				new DecisionEntry(dec.get("A"), ref.get("A"), "REJECTED", "COMMITTEE", at(2033, 1, 15, 0, 0),
						List.of("committee1:REJECT", "committee2:REJECT"), 1),
				new DecisionEntry(dec.get("B"), ref.get("B"), "APPROVED", "supervisor1", at(2033, 2, 26, 10, 0),
						List.of("committee1:APPROVE", "committee2:REJECT"), 0),
				new DecisionEntry(dec.get("D"), ref.get("D"), "REJECTED", "COMMITTEE", at(2033, 4, 15, 8, 0).plusSeconds(1),
						List.of("committee2:REJECT", "committee3:REJECT"), 0),
				new DecisionEntry(dec.get("E"), ref.get("E"), "APPROVED", "COMMITTEE", at(2033, 5, 20, 11, 0),
						List.of("committee1:APPROVE", "committee3:APPROVE"), 2))));

		// a period with nothing at all: zeros, no percentages
		Figures empty = pack.compute(LocalDate.of(2035, 1, 1), LocalDate.of(2035, 2, 1));
		assertThat(empty.requests().total()).isZero();
		assertThat(empty.completeness()).isEqualTo(new Completeness(List.of("R2"), 0, 0, null));
		assertThat(empty.decisions()).isEqualTo(new Decisions(List.of("R5"), 0, 0, null, 0, 0));
		assertThat(empty.inquiries().withinSlaPercent()).isNull();
		assertThat(empty.referrals().byReason()).isEmpty();
		assertThat(empty.auditTrail().decisions()).isEmpty();
	}

	@Test
	void theCsvHasOneRowPerFigureAndTheDecisionsAndNoPersonalData() {
		byte[] bytes = CompliancePackCsv.write(pack.compute(FROM, TO_EXCLUSIVE));
		// a UTF-8 byte order mark, so Excel reads the Arabic labels as UTF-8
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
		// the retired reason's label has a comma and quotes: quoted, its quotes doubled
		assertThat(text).contains(",\"reason:" + RETIRED_REASON + " سبب أُلغي لاحقاً, \"\"تجريبي\"\"\",1\r\n");

		Map<String, String> ref = seed.references();
		Map<String, String> dec = seed.decisions();
		String c = "C1 C2 C3 C4 C5 C6 C7 C8";
		assertThat(parse(text)).containsExactly(
				row("section", "clauses", "metric", "value"),
				row("requests_by_channel", "C1", "count", "3"),
				row("requests_by_channel", "C2", "count", "2"),
				row("requests_by_channel", "C3", "count", "0"),
				row("requests_by_channel", "C4", "count", "1"),
				row("requests_by_channel", "C5", "count", "1"),
				row("requests_by_channel", "C6", "count", "0"),
				row("requests_by_channel", "C7", "count", "2"),
				row("requests_by_channel", "C8", "count", "1"),
				row("requests_by_channel", c, "total", "10"),
				row("completeness_at_submission", "R2", "verified", "7"),
				row("completeness_at_submission", "R2", "complete", "4"),
				row("completeness_at_submission", "R2", "complete_percent", "57.1"),
				row("verification_outcomes", "R2 T3", "valid", "7"),
				row("verification_outcomes", "R2 T3", "invalid", "2"),
				row("verification_outcomes", "R2 T3", "missing", "2"),
				row("referrals", "R3 O8", "reason:ELIGIBILITY لم تتضح شروط الاستحقاق", "3"),
				row("referrals", "R3 O8", "reason:REQUIRED_DOCUMENTS لم تتضح المستندات المطلوبة", "3"),
				row("referrals", "R3 O8", "reason:" + RETIRED_REASON + " " + RETIRED_LABEL, "1"),
				row("referrals", "R3 O8", "reason:DECISION_TIMELINE لم تتضح مواعيد البت في الطلب", "1"),
				row("referrals", "R3 O8", "reason:FIELD_VISIT لم يتضح إجراء الزيارة الميدانية", "1"),
				row("referrals", "R3 O8", "total", "9"),
				row("decisions_within_14_days", "R5", "decided", "5"),
				row("decisions_within_14_days", "R5", "within_deadline", "3"),
				row("decisions_within_14_days", "R5", "within_deadline_percent", "60.0"),
				row("decisions_within_14_days", "R5", "breaches", "3"),
				row("decisions_within_14_days", "R5", "apologies_sent", "2"),
				row("registration_and_service", "R6 R7", "registered", "3"),
				row("registration_and_service", "R6 R7", "services_delivered", "3"),
				row("inquiries", "O3 R1", "received", "6"),
				row("inquiries", "O3 R1", "answered", "4"),
				row("inquiries", "O3 R1", "answered_within_sla", "3"),
				row("inquiries", "O3 R1", "answered_within_sla_percent", "75.0"),
				row("inquiries", "O3 R1", "escalated", "2"),
				row("inquiries", "O3 R1", "complaints", "2"),
				row("inquiries", "O3 R1", "complaints_reviewed", "1"),
				row("satisfaction", "O5 O6", "surveys_sent", "7"),
				row("satisfaction", "O5 O6", "surveys_answered", "4"),
				row("satisfaction", "O5 O6", "satisfied", "2"),
				row("satisfaction", "O5 O6", "csat_percent", "50.0"),
				row("satisfaction", "O5 O6", "average_score", "3.00"),
				row("satisfaction", "O5 O6", "response_rate_percent", "57.1"),
				row("satisfaction", "O5 O6", "recovery_opened", "3"),
				row("satisfaction", "O5 O6", "recovery_closed", "2"),
				row("outreach", "G1 O4", "reason:ID_EXPIRING", "1"),
				row("outreach", "G1 O4", "reason:SUPPORT_RENEWAL", "1"),
				row("outreach", "G1 O4", "reason:NO_CONTACT", "2"),
				row("outreach", "G1 O4", "reason:SERVICE_NOT_DELIVERED", "0"),
				row("outreach", "G1 O4", "found", "4"),
				row("outreach", "G1 O4", "completed", "3"),
				row("decision", "R5 A1", dec.get("X"),
						ref.get("X") + "|APPROVED|COMMITTEE|2033-01-05T10:00:00|committee1:APPROVE;committee2:APPROVE;committee3:REJECT|0"),
				row("decision", "R5 A1", dec.get("A"),
						ref.get("A") + "|REJECTED|COMMITTEE|2033-01-15T00:00:00|committee1:REJECT;committee2:REJECT|1"),
				row("decision", "R5 A1", dec.get("B"),
						ref.get("B") + "|APPROVED|supervisor1|2033-02-26T10:00:00|committee1:APPROVE;committee2:REJECT|0"),
				row("decision", "R5 A1", dec.get("D"),
						ref.get("D") + "|REJECTED|COMMITTEE|2033-04-15T08:00:01|committee2:REJECT;committee3:REJECT|0"),
				row("decision", "R5 A1", dec.get("E"),
						ref.get("E") + "|APPROVED|COMMITTEE|2033-05-20T11:00:00|committee1:APPROVE;committee3:APPROVE|2"));

		// the numbers of decisions that are not final, or not of 2033, are not in it
		assertThat(text).doesNotContain(dec.get("A-returned")).doesNotContain(dec.get("J"));
		assertNoPersonalData(text);
		seed.arabicNames().forEach(name -> assertThat(text).doesNotContain(name));
	}

	@Test
	void thePdfIsOnTheLetterheadWithTheDecisionsAndNoPersonalData() throws Exception {
		byte[] bytes = pdf.render(pack.compute(FROM, TO_EXCLUSIVE));
		Files.createDirectories(Path.of("target", "compliance"));
		Files.write(Path.of("target", "compliance", "compliance-pack.pdf"), bytes);
		String text;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			text = new PDFTextStripper().getText(document);
		}
		// Arabic comes out of the PDF reordered; the Latin numbers and ids come out whole
		assertThat(text).contains("CP-2033-01-01-2033-12-31").contains("1380");
		for (String letter : List.of("X", "A", "B", "D", "E")) {
			assertThat(text).contains(seed.references().get(letter)).contains(seed.decisions().get(letter));
		}
		assertThat(text).contains("supervisor1").contains("committee1").contains("committee3");
		assertThat(text).doesNotContain(seed.references().get("J")).doesNotContain(seed.decisions().get("J"))
			.doesNotContain(seed.decisions().get("A-returned"));
		assertNoPersonalData(text);
	}

	@Test
	void supervisorsAndAdminsGetThePackOthersDoNot() throws Exception {
		String query = "?from=2033-01-01&to=2033-12-31";
		TestRestTemplate supervisor = rest.withBasicAuth("supervisor1", "masar-demo");

		ResponseEntity<String> json = supervisor.getForEntity("/api/compliance-pack" + query, String.class);
		assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(json.getBody()).contains("\"from\":\"2033-01-01\"", "\"toExclusive\":\"2034-01-01\"",
				"\"byChannel\":{\"C1\":3,\"C2\":2,\"C3\":0,\"C4\":1,\"C5\":1,\"C6\":0,\"C7\":2,\"C8\":1},\"total\":10",
				"\"completePercent\":57.1", "\"withinDeadlinePercent\":60.0", seed.decisions().get("E"));
		assertNoPersonalData(json.getBody());
		seed.arabicNames().forEach(name -> assertThat(json.getBody()).doesNotContain(name));

		ResponseEntity<byte[]> csv = supervisor.getForEntity("/api/compliance-pack.csv" + query, byte[].class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"compliance-pack-2033-01-01-2033-12-31.csv\"");
		assertThat(csv.getBody()).isEqualTo(CompliancePackCsv.write(pack.compute(FROM, TO_EXCLUSIVE)));

		ResponseEntity<byte[]> pdfResponse = rest.withBasicAuth("admin", "masar-demo")
			.getForEntity("/api/compliance-pack.pdf" + query, byte[].class);
		assertThat(pdfResponse.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdfResponse.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(new String(pdfResponse.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		for (String path : List.of("/api/compliance-pack", "/api/compliance-pack.csv", "/api/compliance-pack.pdf")) {
			assertThat(rest.withBasicAuth("reception1", "masar-demo").getForEntity(path + query, String.class).getStatusCode())
				.as("reception1 on %s", path)
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(rest.getForEntity(path + query, String.class).getStatusCode()).as("anonymous on %s", path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			ResponseEntity<ProblemDetail> backwards = supervisor.getForEntity(path + "?from=2033-12-31&to=2033-01-01",
					ProblemDetail.class);
			assertThat(backwards.getStatusCode()).as("from after to on %s", path).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(backwards.getBody().getDetail()).isEqualTo("from (2033-12-31) is after to (2033-01-01)");
			assertThat(backwards.getBody().getProperties()).containsEntry("arabic", "تاريخ بداية الفترة بعد تاريخ نهايتها");
		}
	}

	@Test
	void figuresCarryNoPersonalField() {
		assertThat(Arrays.stream(DecisionEntry.class.getRecordComponents()).map(RecordComponent::getName)).containsExactly(
				"decisionNumber", "reference", "outcome", "decidedBy", "decidedAt", "votes", "recused");
	}

	private void assertNoPersonalData(String text) {
		for (String value : seed.personalData()) {
			assertThat(text).as("personal data").doesNotContain(value);
		}
	}

	/** RFC 4180: fields separated by commas, rows by CRLF, quoted fields may hold commas, quotes (doubled) and CRLF. */
	static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		assertThat(field).as("text after the last CRLF").isEmpty();
		return rows;
	}

	private static List<String> row(String... fields) {
		return List.of(fields);
	}

	private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute);
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	/** The data set of 2033, with its edges; each comment says which figure a row feeds. */
	private final class Seeder {

		private final int base = ThreadLocalRandom.current().nextInt(10_000, 89_000);

		private final Map<String, String> references = new LinkedHashMap<>();

		private final Map<String, Long> requestIds = new HashMap<>();

		private final Map<String, String> decisions = new HashMap<>();

		private final List<String> personalData = new ArrayList<>();

		private final List<String> arabicNames = new ArrayList<>();

		private int sequence;

		Seed seed() {
			// requests: letter, channel, submitted at; the committee deadline is 14 days later
			request("A", "C1", at(2033, 1, 1, 0, 0));
			request("B", "C1", at(2033, 2, 10, 9, 0));
			request("C", "C1", at(2033, 3, 5, 10, 0));
			request("D", "C2", at(2033, 4, 1, 8, 0));
			request("E", "C2", at(2033, 5, 15, 12, 0));
			request("F", "C4", at(2033, 6, 20, 11, 0));
			request("G", "C5", at(2033, 7, 7, 7, 7));
			request("H", "C7", at(2033, 8, 8, 8, 0));
			request("I", "C7", at(2033, 11, 30, 13, 0));
			request("J", "C8", at(2033, 12, 31, 23, 59));
			request("X", "C1", at(2032, 12, 31, 23, 59).plusSeconds(59));
			request("Y", "C2", at(2034, 1, 1, 0, 0));

			verification("A", 1, "PASSED", "PASSED", "WARNING");
			verification("B", 1, "PASSED", "MISSING");
			verification("B", 2, "PASSED", "PASSED");
			verification("C", 1, "INVALID", "MISSING");
			verification("C", 2, "MISSING", "WARNING");
			verification("C", 3, "PASSED");
			verification("D", 1, "PASSED");
			verification("E", 1, "INVALID");
			verification("E", 2, "PASSED");
			verification("F", 1, "WARNING", "WARNING");
			verification("H", 1, "PASSED", "PASSED");
			verification("X", 1, "INVALID");
			verification("Y", 1, "PASSED");

			jdbc.sql("INSERT INTO referral_reason (code, label, active, created_by, created_at) VALUES (?, ?, FALSE, 'supervisor1', ?)")
				.params(RETIRED_REASON, RETIRED_LABEL, Timestamp.valueOf(at(2030, 1, 1, 0, 0)))
				.update();
			referral("A", null, "REQUIRED_DOCUMENTS", at(2033, 1, 1, 0, 0));
			referral("B", null, "REQUIRED_DOCUMENTS", at(2033, 2, 10, 9, 30));
			referral(null, null, "REQUIRED_DOCUMENTS", at(2033, 6, 1, 9, 0));
			referral("C", null, "ELIGIBILITY", at(2033, 3, 5, 10, 30));
			referral("D", null, "ELIGIBILITY", at(2033, 4, 1, 8, 30));
			referral("G", null, "ELIGIBILITY", at(2033, 7, 7, 8, 0));
			referral("E", null, "DECISION_TIMELINE", at(2033, 5, 15, 12, 30));
			referral("F", null, RETIRED_REASON, at(2033, 6, 20, 11, 30));
			referral("H", null, "FIELD_VISIT", at(2033, 12, 31, 23, 59));
			referral("X", null, "SUPPORT_TYPES", at(2032, 12, 31, 23, 59).plusSeconds(59));
			referral("Y", null, "OTHER", at(2034, 1, 1, 0, 0));

			// X: in time (deadline 2033-01-14 23:59:59)
			votes("X", 1, "committee1:APPROVE", "committee2:APPROVE", "committee3:REJECT");
			decision("X", "X", 1, "APPROVED", "COMMITTEE", at(2033, 1, 5, 10, 0), 0);
			// A: returned for more research, then rejected exactly at the deadline; committee3 declared a conflict
			votes("A", 1, "committee1:RETURN", "committee2:RETURN");
			decision("A", "A-returned", 1, "RETURNED", "COMMITTEE", at(2033, 1, 10, 9, 0), 1);
			votes("A", 2, "committee2:REJECT", "committee1:REJECT");
			decision("A", "A", 2, "REJECTED", "COMMITTEE", at(2033, 1, 15, 0, 0), 1);
			jdbc.sql("INSERT INTO committee_recusal (request_id, member, reason, recorded_at) VALUES (?, 'committee3', 'RELATIVE', ?)")
				.params(requestIds.get("A"), Timestamp.valueOf(at(2033, 1, 9, 9, 0)))
				.update();
			// B: a tie goes to supervisor1, who decides after the deadline (2033-02-24 09:00)
			votes("B", 1, "committee2:REJECT", "committee1:APPROVE");
			decision("B", null, 1, "UNDECIDED", "COMMITTEE", at(2033, 2, 20, 9, 0), 0);
			decision("B", "B", 1, "APPROVED", "supervisor1", at(2033, 2, 26, 10, 0), 0);
			// D: one second after the deadline
			votes("D", 1, "committee3:REJECT", "committee2:REJECT");
			decision("D", "D", 1, "REJECTED", "COMMITTEE", at(2033, 4, 15, 8, 0).plusSeconds(1), 0);
			// E: in time, two members recused
			votes("E", 1, "committee3:APPROVE", "committee1:APPROVE");
			decision("E", "E", 1, "APPROVED", "COMMITTEE", at(2033, 5, 20, 11, 0), 2);
			// J: decided as 2034 starts
			votes("J", 1, "committee1:APPROVE");
			decision("J", "J", 1, "APPROVED", "COMMITTEE", at(2034, 1, 1, 0, 0), 0);

			breach("B", at(2033, 2, 24, 9, 5), at(2033, 2, 24, 10, 0));
			breach("C", at(2033, 3, 19, 10, 5), at(2033, 3, 19, 11, 0));
			breach("D", at(2033, 4, 15, 8, 1), null);
			breach("J", at(2034, 1, 15, 0, 0), at(2034, 1, 15, 9, 0));

			long xFamily = beneficiary("X", at(2033, 1, 6, 9, 0));
			long eFamily = beneficiary("E", at(2033, 5, 21, 9, 0));
			long hFamily = beneficiary("H", at(2033, 12, 31, 23, 59).plusSeconds(59));
			long jFamily = beneficiary("J", at(2034, 1, 1, 0, 0).plusSeconds(30));
			delivery("X", xFamily, at(2033, 1, 20, 10, 0));
			delivery("X", xFamily, at(2033, 6, 20, 10, 0));
			delivery("E", eFamily, at(2033, 5, 30, 10, 0));
			delivery("J", jFamily, at(2034, 1, 3, 10, 0));

			// q1: answered next day; q2: exactly at due; q3: late and escalated; q4: complaint answered and reviewed;
			// q5: complaint escalated, unanswered; q6: last minute of the year, unanswered; q7, q8: out
			inquiry("PROCEDURE", at(2033, 1, 1, 0, 0), at(2033, 1, 2, 10, 0), null, null);
			inquiry("STATUS", at(2033, 3, 1, 9, 0), at(2033, 3, 3, 9, 0), null, null);
			inquiry("PROCEDURE", at(2033, 4, 1, 9, 0), at(2033, 4, 5, 9, 0), at(2033, 4, 3, 9, 0), null);
			inquiry("COMPLAINT", at(2033, 6, 1, 9, 0), at(2033, 6, 2, 9, 0), null, at(2033, 6, 4, 9, 0));
			inquiry("COMPLAINT", at(2033, 9, 1, 9, 0), null, at(2033, 9, 3, 9, 0), null);
			inquiry("SUGGESTION", at(2033, 12, 31, 23, 59), null, null, null);
			inquiry("COMPLAINT", at(2034, 1, 1, 0, 0), at(2034, 1, 1, 9, 0), null, at(2034, 1, 2, 9, 0));
			inquiry("PROCEDURE", at(2032, 12, 31, 23, 59).plusSeconds(59), at(2033, 1, 1, 9, 0), null, null);

			survey(at(2033, 1, 1, 0, 0), 5);
			survey(at(2033, 2, 1, 9, 0), 4);
			long sv3 = survey(at(2033, 3, 1, 9, 0), 2);
			long sv4 = survey(at(2033, 12, 31, 23, 0), 1);
			unansweredSurvey(at(2033, 4, 1, 9, 0), "PENDING");
			unansweredSurvey(at(2033, 5, 1, 9, 0), "NO_ANSWER");
			unansweredSurvey(at(2033, 6, 1, 9, 0), "NO_ANSWER");
			long sv8 = survey(at(2034, 1, 1, 0, 0), 1);
			long sv9 = survey(at(2032, 12, 31, 23, 59).plusSeconds(59), 2);
			recovery(sv3, at(2033, 3, 5, 9, 0), at(2033, 3, 7, 9, 0));
			recovery(sv4, at(2033, 12, 31, 23, 59), null);
			recovery(sv8, at(2034, 1, 2, 9, 0), null);
			recovery(sv9, at(2033, 1, 2, 9, 0), at(2033, 1, 3, 9, 0));

			followUp(xFamily, "ID_EXPIRING", "2033-02-01", "NOTIFY", at(2033, 1, 10, 6, 0), "DONE");
			followUp(xFamily, "SUPPORT_RENEWAL", "request:" + requestIds.get("X"), "RENEWAL_REQUEST", at(2033, 12, 1, 6, 0),
					"DONE");
			followUp(eFamily, "NO_CONTACT", "since:2033-05-30", "FIELD_VISIT", at(2033, 12, 31, 23, 59), "OPEN");
			followUp(hFamily, "NO_CONTACT", "since:2033-08-08", "FIELD_VISIT", at(2033, 11, 1, 6, 0), "DONE");
			followUp(eFamily, "ID_EXPIRING", "2034-02-01", "NOTIFY", at(2034, 1, 1, 0, 0), "DONE");

			return new Seed(references, decisions, personalData, arabicNames);
		}

		private String number(String prefix) {
			return prefix + (base + ++sequence);
		}

		private void request(String letter, String channel, LocalDateTime submittedAt) {
			String reference = number("HY-1454-7");
			String nationalId = TestApplicants.nationalId();
			String mobile = "+966" + TestApplicants.mobile(nationalId).substring(1);
			// one applicant writes their name in Latin letters, so its absence from the PDF text means something
			String name = "A".equals(letter) ? "Zubair Testname Khan " + letter : "نوف اختبار الحيانية " + letter;
			jdbc.sql("""
					INSERT INTO support_request (reference_number, channel, national_id, applicant_name, mobile, support_type,
					  status, submitted_at, committee_deadline, first_name, family_name, city, district, address,
					  household_size, monthly_income)
					VALUES (?, ?, ?, ?, ?, 'FOOD_BASKET', 'SERVED', ?, ?, ?, 'الحيانية', 'الحيانية', 'حي الاختبار',
					  'Testaddress Street 7', 4, 4321.98)""")
				.params(reference, channel, nationalId, name, mobile, Timestamp.valueOf(submittedAt),
						Timestamp.valueOf(submittedAt.plusDays(14)), name.split(" ")[0])
				.update();
			references.put(letter, reference);
			requestIds.put(letter, jdbc.sql("SELECT id FROM support_request WHERE reference_number = ?")
				.param(reference)
				.query(Long.class)
				.single());
			personalData.addAll(List.of(nationalId, mobile, mobile.substring(4), "4321.98", "Testaddress"));
			if ("A".equals(letter)) {
				personalData.addAll(List.of("Zubair", "Testname"));
			}
			else {
				arabicNames.add(name);
			}
		}

		private void verification(String letter, int attempt, String... outcomes) {
			for (int i = 0; i < outcomes.length; i++) {
				jdbc.sql("""
						INSERT INTO verification_result (request_id, attempt, rule, outcome, passed, message, checked_at)
						VALUES (?, ?, ?, ?, ?, 'test', ?)""")
					.params(requestIds.get(letter), attempt, "RULE_" + i, outcomes[i],
							"PASSED".equals(outcomes[i]) || "WARNING".equals(outcomes[i]), Timestamp.valueOf(at(2033, 1, 1, 0, 0)))
					.update();
			}
		}

		private void referral(String requestLetter, Long inquiryId, String reason, LocalDateTime at) {
			jdbc.sql("INSERT INTO referral (request_id, inquiry_id, reason_code, referred_by, referred_at) VALUES (?, ?, ?, 'reception1', ?)")
				.params(requestLetter == null ? null : requestIds.get(requestLetter), inquiryId, reason, Timestamp.valueOf(at))
				.update();
		}

		private void votes(String letter, int round, String... memberVotes) {
			for (String memberVote : memberVotes) {
				String[] parts = memberVote.split(":");
				jdbc.sql("""
						INSERT INTO committee_vote (request_id, round, member, vote, reason, voted_at)
						VALUES (?, ?, ?, ?, 'أسباب العضو عن أسرة نوف', ?)""")
					.params(requestIds.get(letter), round, parts[0], parts[1], Timestamp.valueOf(at(2033, 1, 1, 0, 0)))
					.update();
			}
		}

		/** {@code key} names the decision number in the seed; null for a decision without one. */
		private void decision(String letter, String key, int round, String outcome, String decidedBy, LocalDateTime at,
				int recused) {
			String decisionNumber = (key == null) ? null : number("HY-D-1454-");
			jdbc.sql("""
					INSERT INTO committee_decision (request_id, round, outcome, decided_by, reason, approve_votes, reject_votes,
					  return_votes, decided_at, decision_number, recused)
					VALUES (?, ?, ?, ?, 'دخل الأسرة 4321.98 ريالاً', 0, 0, 0, ?, ?, ?)""")
				.params(requestIds.get(letter), round, outcome, decidedBy, Timestamp.valueOf(at), decisionNumber, recused)
				.update();
			if (key != null) {
				decisions.put(key, decisionNumber);
			}
		}

		private void breach(String letter, LocalDateTime recordedAt, LocalDateTime apologySentAt) {
			jdbc.sql("""
					INSERT INTO sla_breach (request_id, deadline, recorded_at, new_expected_date, apology_sent_at)
					VALUES (?, ?, ?, ?, ?)""")
				.params(requestIds.get(letter), Timestamp.valueOf(recordedAt.minusMinutes(5)), Timestamp.valueOf(recordedAt),
						java.sql.Date.valueOf(recordedAt.toLocalDate().plusDays(7)),
						apologySentAt == null ? null : Timestamp.valueOf(apologySentAt))
				.update();
		}

		private long beneficiary(String letter, LocalDateTime registeredAt) {
			String fileNumber = number("HY-F-1454-7");
			String nationalId = TestApplicants.nationalId();
			String mobile = "+966" + TestApplicants.mobile(nationalId).substring(1);
			String name = "مستفيدة اختبار الحيانية " + letter;
			jdbc.sql("""
					INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(fileNumber, nationalId, name, mobile, Timestamp.valueOf(registeredAt), requestIds.get(letter))
				.update();
			personalData.addAll(List.of(nationalId, mobile, mobile.substring(4)));
			arabicNames.add(name);
			return jdbc.sql("SELECT id FROM beneficiary WHERE file_number = ?").param(fileNumber).query(Long.class).single();
		}

		private void delivery(String letter, long beneficiaryId, LocalDateTime recordedAt) {
			jdbc.sql("""
					INSERT INTO service_delivery (request_id, beneficiary_id, description, amount, delivered_on, delivered_by,
					  recorded_at) VALUES (?, ?, 'سلة غذائية', 350, ?, 'reception2', ?)""")
				.params(requestIds.get(letter), beneficiaryId, java.sql.Date.valueOf(recordedAt.toLocalDate()),
						Timestamp.valueOf(recordedAt))
				.update();
		}

		private void inquiry(String kind, LocalDateTime receivedAt, LocalDateTime answeredAt, LocalDateTime escalatedAt,
				LocalDateTime reviewedAt) {
			String nationalId = TestApplicants.nationalId();
			String mobile = "+966" + TestApplicants.mobile(nationalId).substring(1);
			String name = "سائل اختبار الحيانية " + sequence;
			jdbc.sql("""
					INSERT INTO inquiry (reference_number, channel, kind, question, person_name, national_id, mobile,
					  received_at, due_at, routed_to, answer, answered_by, answered_at, escalated_at, reviewed_by, reviewed_at,
					  status)
					VALUES (?, 'C2', ?, 'متى يصدر القرار؟', ?, ?, ?, ?, ?, 'RECEPTION', ?, ?, ?, ?, ?, ?, ?)""")
				.params(number("HY-Q-1454-7"), kind, name, nationalId, mobile, Timestamp.valueOf(receivedAt),
						// due two days after it was received (the seeded cases are written around that)
						Timestamp.valueOf(receivedAt.plusDays(2)), answeredAt == null ? null : "خلال أسبوعين",
						answeredAt == null ? null : "reception1", answeredAt == null ? null : Timestamp.valueOf(answeredAt),
						escalatedAt == null ? null : Timestamp.valueOf(escalatedAt), reviewedAt == null ? null : "supervisor1",
						reviewedAt == null ? null : Timestamp.valueOf(reviewedAt), answeredAt == null ? "OPEN" : "CLOSED")
				.update();
			personalData.addAll(List.of(nationalId, mobile, mobile.substring(4)));
			arabicNames.add(name);
		}

		private long survey(LocalDateTime sentAt, int overall) {
			long id = unansweredSurvey(sentAt, "ANSWERED");
			jdbc.sql("UPDATE survey SET answered_at = ?, overall = ?, recorded_how = 'ONLINE', closed_at = ? WHERE id = ?")
				.params(Timestamp.valueOf(sentAt.plusHours(1)), overall, Timestamp.valueOf(sentAt.plusHours(1)), id)
				.update();
			return id;
		}

		private long unansweredSurvey(LocalDateTime sentAt, String status) {
			String token = UUID.randomUUID().toString();
			jdbc.sql("""
					INSERT INTO survey (token, subject, service, channel, reference_number, sent_at, status)
					VALUES (?, 'SERVICE', 'FOOD_BASKET', 'C1', ?, ?, ?)""")
				.params(token, references.get("F"), Timestamp.valueOf(sentAt), status)
				.update();
			return jdbc.sql("SELECT id FROM survey WHERE token = ?").param(token).query(Long.class).single();
		}

		private void recovery(long surveyId, LocalDateTime openedAt, LocalDateTime closedAt) {
			jdbc.sql("INSERT INTO service_recovery (survey_id, reason, opened_at, handled_by, closed_at) VALUES (?, 'LOW_SCORE', ?, ?, ?)")
				.params(surveyId, Timestamp.valueOf(openedAt), "supervisor1", closedAt == null ? null : Timestamp.valueOf(closedAt))
				.update();
		}

		private void followUp(long beneficiaryId, String reason, String reasonKey, String action, LocalDateTime foundAt,
				String status) {
			jdbc.sql("""
					INSERT INTO outreach_follow_up (beneficiary_id, reason, reason_key, action, found_by, found_at, status,
					  completed_by, completed_at) VALUES (?, ?, ?, ?, 'outreach-run-2033', ?, ?, ?, ?)""")
				.params(beneficiaryId, reason, reasonKey, action, Timestamp.valueOf(foundAt), status,
						"DONE".equals(status) ? "system" : null, "DONE".equals(status) ? Timestamp.valueOf(foundAt) : null)
				.update();
		}

	}

}
