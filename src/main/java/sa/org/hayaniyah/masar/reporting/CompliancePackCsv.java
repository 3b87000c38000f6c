package sa.org.hayaniyah.masar.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import sa.org.hayaniyah.masar.reporting.CompliancePack.DecisionEntry;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Figures;
import sa.org.hayaniyah.masar.reporting.CompliancePack.ReasonCount;

/**
 * The compliance pack as one CSV, {@code section,clauses,metric,value}, one row per figure: clauses are space
 * separated, a percentage with nothing to divide by is empty. Referral rows name the reason as
 * {@code reason:<code> <label>}. Each final decision is a row {@code decision,R5 A1,<decision number>,} with the
 * value {@code <reference>|<outcome>|<decided by>|<decided at>|<member:VOTE;...>|<recused>}.
 * <p>
 * UTF-8 with a byte order mark, or Excel shows the Arabic labels as mojibake; fields quoted as RFC 4180 says, lines
 * ending in CRLF; no field starts a formula.
 */
final class CompliancePackCsv {

	private static final String BOM = "\uFEFF";

	private static final String CRLF = "\r\n";

	private final StringBuilder csv = new StringBuilder(BOM);

	private CompliancePackCsv() {
		row("section", "clauses", "metric", "value");
	}

	static byte[] write(Figures f) {
		CompliancePackCsv out = new CompliancePackCsv();
		f.requests().byChannel().forEach((channel, count) -> out.row("requests_by_channel", channel, "count", count));
		out.row("requests_by_channel", f.requests().clauses(), "total", f.requests().total());

		List<String> clauses = f.completeness().clauses();
		out.row("completeness_at_submission", clauses, "verified", f.completeness().verified());
		out.row("completeness_at_submission", clauses, "complete", f.completeness().complete());
		out.row("completeness_at_submission", clauses, "complete_percent", f.completeness().completePercent());

		clauses = f.verification().clauses();
		out.row("verification_outcomes", clauses, "valid", f.verification().valid());
		out.row("verification_outcomes", clauses, "invalid", f.verification().invalid());
		out.row("verification_outcomes", clauses, "missing", f.verification().missing());

		clauses = f.referrals().clauses();
		for (ReasonCount reason : f.referrals().byReason()) {
			out.row("referrals", clauses, "reason:" + reason.code() + " " + reason.label(), reason.count());
		}
		out.row("referrals", clauses, "total", f.referrals().total());

		clauses = f.decisions().clauses();
		out.row("decisions_within_14_days", clauses, "decided", f.decisions().decided());
		out.row("decisions_within_14_days", clauses, "within_deadline", f.decisions().withinDeadline());
		out.row("decisions_within_14_days", clauses, "within_deadline_percent", f.decisions().withinDeadlinePercent());
		out.row("decisions_within_14_days", clauses, "breaches", f.decisions().breaches());
		out.row("decisions_within_14_days", clauses, "apologies_sent", f.decisions().apologiesSent());

		clauses = f.registration().clauses();
		out.row("registration_and_service", clauses, "registered", f.registration().registered());
		out.row("registration_and_service", clauses, "services_delivered", f.registration().servicesDelivered());

		clauses = f.inquiries().clauses();
		out.row("inquiries", clauses, "received", f.inquiries().received());
		out.row("inquiries", clauses, "answered", f.inquiries().answered());
		out.row("inquiries", clauses, "answered_within_sla", f.inquiries().answeredWithinSla());
		out.row("inquiries", clauses, "answered_within_sla_percent", f.inquiries().withinSlaPercent());
		out.row("inquiries", clauses, "escalated", f.inquiries().escalated());
		out.row("inquiries", clauses, "complaints", f.inquiries().complaints());
		out.row("inquiries", clauses, "complaints_reviewed", f.inquiries().complaintsReviewed());

		clauses = f.satisfaction().clauses();
		out.row("satisfaction", clauses, "surveys_sent", f.satisfaction().surveysSent());
		out.row("satisfaction", clauses, "surveys_answered", f.satisfaction().surveysAnswered());
		out.row("satisfaction", clauses, "satisfied", f.satisfaction().satisfied());
		out.row("satisfaction", clauses, "csat_percent", f.satisfaction().csatPercent());
		out.row("satisfaction", clauses, "average_score", f.satisfaction().averageScore());
		out.row("satisfaction", clauses, "response_rate_percent", f.satisfaction().responseRatePercent());
		out.row("satisfaction", clauses, "recovery_opened", f.satisfaction().recoveryOpened());
		out.row("satisfaction", clauses, "recovery_closed", f.satisfaction().recoveryClosed());

		clauses = f.outreach().clauses();
		for (Map.Entry<String, Integer> reason : f.outreach().byReason().entrySet()) {
			out.row("outreach", clauses, "reason:" + reason.getKey(), reason.getValue());
		}
		out.row("outreach", clauses, "found", f.outreach().found());
		out.row("outreach", clauses, "completed", f.outreach().completed());

		clauses = f.auditTrail().clauses();
		for (DecisionEntry d : f.auditTrail().decisions()) {
			out.row("decision", clauses, d.decisionNumber(), String.join("|", d.reference(), d.outcome(), d.decidedBy(),
					iso(d), String.join(";", d.votes()), String.valueOf(d.recused())));
		}
		return out.csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String iso(DecisionEntry d) {
		return d.decidedAt().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

	private void row(String section, List<String> clauses, String metric, Object value) {
		row(section, String.join(" ", clauses), metric, value);
	}

	private void row(String section, String clauses, String metric, Object value) {
		String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : (value == null) ? "" : value.toString();
		csv.append(field(section)).append(',').append(field(clauses)).append(',').append(field(metric)).append(',')
			.append(field(text)).append(CRLF);
	}

	/**
	 * RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled. A field a spreadsheet
	 * would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage return first: a reason
	 * label or a decided-by name typed by staff) gets a leading apostrophe and is quoted, so it shows as text (OWASP CSV
	 * injection).
	 */
	static String field(String value) {
		if (value == null) {
			return "";
		}
		boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
		String text = formula ? "'" + value : value;
		boolean quote = formula || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
				|| text.indexOf('\n') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}
