package sa.org.hayaniyah.masar.committee;

import static sa.org.hayaniyah.masar.notification.OfficialLetters.escape;
import static sa.org.hayaniyah.masar.notification.ReportTable.latin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.notification.OfficialLetters;
import sa.org.hayaniyah.masar.notification.ReportTable;
import sa.org.hayaniyah.masar.notification.ReportTable.Column;

/**
 * The minutes of a sitting (A1, R5), on the letterhead: every decision by number and request reference (no personal
 * data of the applicants), the members and how each voted, recusals, and the quorum and majority rule applied.
 */
@Component
class CommitteeMinutes {

	private static final Map<String, String> OUTCOMES = Map.of("APPROVED", "قبول الطلب", "REJECTED", "رفض الطلب", "RETURNED",
			"إعادة الطلب لمزيد من البحث");

	/** In reading order; the votes get the room, one member a line. */
	private static final List<Column> COLUMNS = List.of(new Column("رقم القرار", 16), new Column("الطلب", 17),
			new Column("نوع الدعم", 11), new Column("القرار", 10), new Column("الأصوات", 24), new Column("القاعدة المطبقة", 22));

	private static final Map<String, String> SUPPORT_TYPES = Map.of("FOOD_BASKET", "سلة غذائية", "CASH_ASSISTANCE",
			"مساعدة نقدية", "RENT_ASSISTANCE", "مساعدة في الإيجار", "MEDICAL_ASSISTANCE", "مساعدة علاجية",
			"HOUSEHOLD_FURNITURE", "أثاث منزلي", "SEASONAL_PROGRAM", "برنامج موسمي");

	private final OfficialLetters letters;

	private final IdentityService identityService;

	CommitteeMinutes(OfficialLetters letters, IdentityService identityService) {
		this.letters = letters;
		this.identityService = identityService;
	}

	byte[] render(CommitteeSittings.Sitting sitting, List<CommitteeSittings.MinutedDecision> decisions) {
		String number = String.format(Locale.ROOT, "HY-S-%d-%04d", sitting.hijriYear(), sitting.number());
		StringBuilder body = new StringBuilder();
		body.append("<p>عقدت لجنة البحث جلستها رقم (").append(sitting.number()).append(") لعام ").append(sitting.hijriYear())
			.append("هـ، وبتّت في الطلبات الآتية، وعددها ").append(decisions.size()).append(":</p>");
		ReportTable table = new ReportTable(COLUMNS, "");
		for (CommitteeSittings.MinutedDecision d : decisions) {
			String votes = d.votes().stream()
				.map(v -> escape(name(v.member())) + ": " + v.vote().label())
				.collect(Collectors.joining("<br/>"));
			if (!d.recused().isEmpty()) {
				votes += "<br/>تنحّى لتعارض المصالح: "
						+ d.recused().stream().map(m -> escape(name(m))).collect(Collectors.joining("، "));
			}
			String rule = "النصاب " + d.quorum() + " أعضاء، والأغلبية أكثر من " + Math.round(d.majority() * 100) + " بالمئة من الأصوات"
					+ ("COMMITTEE".equals(d.decidedBy()) ? "" : "<br/>بتّ فيه المشرف " + escape(name(d.decidedBy())) + " لتعادل الأصوات أو نقص النصاب");
			table.row(List.of(latin(d.decisionNumber()), latin(d.reference()),
					SUPPORT_TYPES.getOrDefault(d.supportType(), escape(d.supportType())),
					OUTCOMES.getOrDefault(d.outcome(), escape(d.outcome())), votes, rule));
		}
		body.append(table);
		body.append("<p>وأُغلق المحضر بواسطة ").append(escape(name(sitting.closedBy())))
			.append("، وتُبلّغ القرارات إلى أصحاب الطلبات وفق سياسة علاقات المستفيدين.</p>");
		return letters.renderReport(number, sitting.heldOn(),
				"محضر جلسة لجنة البحث رقم (" + sitting.number() + ") لعام " + sitting.hijriYear() + "هـ", body.toString());
	}

	private String name(String userId) {
		User user = identityService.createUserQuery().userId(userId).singleResult();
		return user == null ? userId : user.getFirstName() + " " + user.getLastName();
	}

}
