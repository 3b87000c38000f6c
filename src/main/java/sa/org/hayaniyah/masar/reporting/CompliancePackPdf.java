package sa.org.hayaniyah.masar.reporting;

import static sa.org.hayaniyah.masar.notification.ReportTable.latin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.committee.Vote;
import sa.org.hayaniyah.masar.common.DualCalendar;
import sa.org.hayaniyah.masar.notification.OfficialLetters;
import sa.org.hayaniyah.masar.notification.ReportTable;
import sa.org.hayaniyah.masar.notification.ReportTable.Column;
import sa.org.hayaniyah.masar.outreach.Reason;
import sa.org.hayaniyah.masar.reporting.CompliancePack.DecisionEntry;
import sa.org.hayaniyah.masar.reporting.CompliancePack.Figures;
import sa.org.hayaniyah.masar.reporting.CompliancePack.ReasonCount;

/**
 * The compliance pack as a report on the association's letterhead, in Arabic, one section per group of clauses, for
 * the board and the regulator.
 */
@Component
class CompliancePackPdf {

	/** The channels as the policy names them. */
	private static final Map<String, String> CHANNELS = Map.of("C1", "المقابلة", "C2", "الاتصالات الهاتفية", "C3",
			"وسائل التواصل الاجتماعي", "C4", "الخطابات", "C5", "خدمات طلب المساعدة", "C6", "خدمة التطوع", "C7",
			"الموقع الإلكتروني للجمعية", "C8", "مناديب المكاتب الفرعية");

	private static final Map<String, String> OUTCOMES = Map.of("APPROVED", "قبول", "REJECTED", "رفض");

	private static final DateTimeFormatter GREGORIAN = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DECIDED_AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	/*
	 * A section's two columns are written in visual order, the label (read first) last, as ReportTable writes the
	 * decisions, which may run over pages. A section stays on one page.
	 */
	private static final String SECTION = "<div style=\"page-break-inside: avoid\">";

	private static final String TABLE = "<table class=\"data\" style=\"line-height: 1.3\">";

	/** The decisions' columns in reading order. */
	private static final List<Column> AUDIT_COLUMNS = List.of(new Column("رقم القرار", 17), new Column("رقم الطلب", 16),
			new Column("القرار", 7), new Column("صاحب القرار", 15), new Column("التاريخ", 15), new Column("أصوات الأعضاء", 23),
			new Column("المتنحّون", 7));

	private static final String FIGURE = " style=\"width: 22%; text-align: center\"";

	private final OfficialLetters letters;

	private final Clock clock;

	CompliancePackPdf(OfficialLetters letters, Clock clock) {
		this.letters = letters;
		this.clock = clock;
	}

	byte[] render(Figures f) {
		LocalDate to = f.toExclusive().minusDays(1);
		// the dates without "م" so the title fits one line; the first paragraph gives them with their Hijri dates
		String title = "تقرير الالتزام بسياسة علاقات المستفيدين للفترة من " + DAY_FIRST.format(f.from()) + " إلى "
				+ DAY_FIRST.format(to);
		return letters.renderReport("CP-" + f.from() + "-" + to, LocalDate.now(clock), title, body(f));
	}

	private static String body(Figures f) {
		StringBuilder html = new StringBuilder();
		html.append("<p>الفترة من ").append(dates(f.from())).append(" إلى ").append(dates(f.toExclusive().minusDays(1)))
			.append("</p>")
			.append(paragraph("يعرض التقرير أرقاماً مجمّعة وأرقام القرارات والطلبات فقط، ولا يتضمن أي بيانات شخصية للمستفيدين."));

		Table requests = new Table("الطلبات حسب قناة التواصل", f.requests().clauses().get(0) + "–"
				+ f.requests().clauses().get(f.requests().clauses().size() - 1), "القناة", "عدد الطلبات");
		f.requests().byChannel().forEach((channel, count) -> requests.row(channel + " " + CHANNELS.getOrDefault(channel, ""), count));
		html.append(requests.total("الإجمالي", f.requests().total()));

		html.append(new Table("اكتمال البيانات عند التقديم", f.completeness().clauses())
			.row("الطلبات التي جرى التحقق من بياناتها", f.completeness().verified())
			.row("المكتملة في المحاولة الأولى (لا بيانات غير صحيحة ولا ناقصة)", f.completeness().complete())
			.row("نسبة الاكتمال عند التقديم", percent(f.completeness().completePercent())));

		html.append(new Table("نتائج التحقق", f.verification().clauses(), "نتيجة محاولة التحقق", "عدد المحاولات")
			.row("صحيحة ومكتملة", f.verification().valid())
			.row("فيها بيانات غير صحيحة", f.verification().invalid())
			.row("فيها بيانات ناقصة", f.verification().missing()));

		Table referrals = new Table("الإحالة إلى الباحث الاجتماعي وأسبابها", f.referrals().clauses(), "سبب الإحالة",
				"عدد الإحالات");
		for (ReasonCount reason : f.referrals().byReason()) {
			referrals.row(reason.label(), reason.count());
		}
		html.append(referrals.total("الإجمالي", f.referrals().total()));

		html.append(new Table("البت خلال أسبوعين", f.decisions().clauses())
			.row("القرارات النهائية (قبول أو رفض)", f.decisions().decided())
			.row("صدرت خلال مهلة الأسبوعين", f.decisions().withinDeadline())
			.row("نسبة البت في المهلة", percent(f.decisions().withinDeadlinePercent()))
			.row("طلبات تجاوزت المهلة", f.decisions().breaches())
			.row("أُرسل فيها اعتذار وموعد جديد", f.decisions().apologiesSent()));

		html.append(new Table("التسجيل وتقديم الخدمة", f.registration().clauses())
			.row("المستفيدون المسجلون", f.registration().registered())
			.row("الخدمات المقدمة", f.registration().servicesDelivered()));

		html.append(new Table("الاستفسارات والرد عليها في موعدها", f.inquiries().clauses())
			.row("الاستفسارات الواردة", f.inquiries().received())
			.row("المجاب عنها", f.inquiries().answered())
			.row("المجاب عنها في موعدها", f.inquiries().answeredWithinSla())
			.row("نسبة الرد في الموعد (من المجاب عنها)", percent(f.inquiries().withinSlaPercent()))
			.row("المصعّدة إلى المشرفين بعد فوات الموعد", f.inquiries().escalated())
			.row("الشكاوى", f.inquiries().complaints())
			.row("الشكاوى التي راجعها مشرف", f.inquiries().complaintsReviewed()));

		html.append(new Table("رضا المستفيدين", f.satisfaction().clauses())
			.row("الاستبيانات المرسلة", f.satisfaction().surveysSent())
			.row("الاستبيانات المجاب عنها", f.satisfaction().surveysAnswered())
			.row("نسبة الاستجابة", percent(f.satisfaction().responseRatePercent()))
			.row("الراضون (تقييم 4 أو 5)", f.satisfaction().satisfied())
			.row("نسبة الرضا (CSAT)", percent(f.satisfaction().csatPercent()))
			.row("متوسط التقييم من 5", decimal(f.satisfaction().averageScore()))
			.row("حالات معالجة الخدمة المفتوحة", f.satisfaction().recoveryOpened())
			.row("المغلقة منها", f.satisfaction().recoveryClosed()));

		Table outreach = new Table("التواصل الاستباقي مع الأسر", f.outreach().clauses(), "سبب التواصل", "عدد الأسر");
		f.outreach().byReason().forEach((reason, count) -> outreach.row(arabicReason(reason), count));
		html.append(outreach.total("الإجمالي", f.outreach().found()).row("أُنجز التواصل معها", f.outreach().completed()));

		html.append(auditTrail(f));
		return html.toString();
	}

	private static String auditTrail(Figures f) {
		StringBuilder html = new StringBuilder(heading("سجل القرارات", String.join(" ", f.auditTrail().clauses())));
		if (f.auditTrail().decisions().isEmpty()) {
			return html.append(paragraph("لا توجد قرارات نهائية في هذه الفترة.")).toString();
		}
		ReportTable decisions = new ReportTable(AUDIT_COLUMNS, "font-size: 9pt");
		for (DecisionEntry d : f.auditTrail().decisions()) {
			StringBuilder votes = new StringBuilder();
			for (String vote : d.votes()) {
				String[] memberAndVote = vote.split(":", 2);
				votes.append("<div>")
					.append(latin(memberAndVote[0]))
					.append(": ")
					.append(Vote.valueOf(memberAndVote[1]).label())
					.append("</div>");
			}
			decisions.row(List.of(d.decisionNumber() == null ? "—" : latin(d.decisionNumber()), latin(d.reference()),
					OfficialLetters.escape(OUTCOMES.getOrDefault(d.outcome(), d.outcome())),
					"COMMITTEE".equals(d.decidedBy()) ? "اللجنة" : "المشرف " + latin(d.decidedBy()),
					latin(d.decidedAt().format(DECIDED_AT)), votes.isEmpty() ? "—" : votes.toString(),
					String.valueOf(d.recused())));
		}
		return html.append(decisions).toString();
	}

	/** A section: its heading with the clause IDs and a two-column table of label and figure. */
	private static final class Table {

		private final StringBuilder html;

		Table(String title, List<String> clauses) {
			this(title, String.join(" ", clauses), "البند", "العدد");
		}

		Table(String title, List<String> clauses, String labelHeader, String valueHeader) {
			this(title, String.join(" ", clauses), labelHeader, valueHeader);
		}

		Table(String title, String clauses, String labelHeader, String valueHeader) {
			html = new StringBuilder(SECTION).append(heading(title, clauses)).append(TABLE);
			line("th", labelHeader, valueHeader);
		}

		Table row(String label, Object value) {
			return line("td", label, String.valueOf(value));
		}

		Table total(String label, int value) {
			return line("th", label, String.valueOf(value));
		}

		/** In visual order: the figure on the left, the label on the right. */
		private Table line(String cell, String label, String value) {
			html.append("<tr>")
				.append(tag(cell, FIGURE, OfficialLetters.escape(value)))
				.append(tag(cell, "", OfficialLetters.escape(label)))
				.append("</tr>");
			return this;
		}

		@Override
		public String toString() {
			return html + "</table></div>";
		}

	}

	private static String tag(String name, String attributes, String html) {
		return "<" + name + attributes + ">" + html + "</" + name + ">";
	}

	private static String heading(String title, String clauses) {
		return "<h3 style=\"page-break-after: avoid\">" + OfficialLetters.escape(title) + " " + latin("[" + clauses + "]")
				+ "</h3>";
	}

	/** The Gregorian date and its Hijri date, neither broken across lines. */
	private static String dates(LocalDate date) {
		return nowrap(GREGORIAN.format(date) + " م") + " الموافق " + nowrap(DualCalendar.hijri(date));
	}

	private static String nowrap(String text) {
		return "<span style=\"white-space: nowrap\">" + OfficialLetters.escape(text) + "</span>";
	}

	private static String paragraph(String text) {
		return "<p>" + OfficialLetters.escape(text) + "</p>";
	}

	private static String arabicReason(String reason) {
		try {
			return Reason.valueOf(reason).arabic();
		}
		catch (IllegalArgumentException unknown) {
			return reason;
		}
	}

	private static String percent(BigDecimal value) {
		return (value == null) ? "—" : value.toPlainString() + "%";
	}

	private static String decimal(BigDecimal value) {
		return (value == null) ? "—" : value.toPlainString();
	}

}
