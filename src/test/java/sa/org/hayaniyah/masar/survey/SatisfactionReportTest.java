package sa.org.hayaniyah.masar.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.common.ReportFigures;
import sa.org.hayaniyah.masar.survey.SatisfactionReport.Figures;
import sa.org.hayaniyah.masar.survey.SatisfactionReport.RecoveryFigures;

/**
 * The satisfaction figures over a seeded data set whose answers are worked out by hand. The database is shared with
 * other tests, so each test seeds a period of its own (2031 for surveys, 2032 for service recovery).
 */
@MasarIntegrationTest
class SatisfactionReportTest extends DatabaseTestSupport {

	static final YearMonth MARCH = YearMonth.of(2031, 3);

	static final YearMonth APRIL = YearMonth.of(2031, 4);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SatisfactionReport report;

	@Test
	void figuresPerServiceChannelAndMonthMatchTheHandComputedAnswers() {
		// FOOD_BASKET / C1 / March: scores 5, 4, 2 -> answered 3, satisfied 2
		answered("FOOD_BASKET", "C1", at(2031, 3, 1, 0, 0), 5, "ONLINE", null);
		answered("FOOD_BASKET", "C1", at(2031, 3, 10, 9, 30), 4, "PHONE", "reception1");
		// sent in March, answered in April: still March's
		answered("FOOD_BASKET", "C1", at(2031, 3, 31, 23, 59), 2, "ONLINE", null);
		unanswered("FOOD_BASKET", "C1", at(2031, 3, 12, 8, 0), "PENDING");
		unanswered("FOOD_BASKET", "C1", at(2031, 3, 5, 8, 0), "NO_ANSWER");
		// FOOD_BASKET / C3 / March: nothing answered
		unanswered("FOOD_BASKET", "C3", at(2031, 3, 15, 11, 0), "NO_ANSWER");
		unanswered("FOOD_BASKET", "C3", at(2031, 3, 20, 11, 0), "PENDING");
		// INQUIRY / C1 / March: one neutral answer in person
		answered("INQUIRY", "C1", at(2031, 3, 18, 10, 0), 3, "IN_PERSON", "reception2");
		// FOOD_BASKET / C1 / April: scores 5, 5, 4, 4, 4, 3, 2, 2 (sum 29) -> answered 8, satisfied 5
		int[] april = { 5, 5, 4, 4, 4, 3, 2, 2 };
		for (int i = 0; i < april.length; i++) {
			answered("FOOD_BASKET", "C1", at(2031, 4, 1 + i, 12, 0), april[i], (i == 2) ? "PHONE" : "ONLINE",
					(i == 2) ? "reception3" : null);
		}
		unanswered("FOOD_BASKET", "C1", at(2031, 4, 20, 12, 0), "NO_ANSWER");
		unanswered("FOOD_BASKET", "C1", at(2031, 4, 30, 23, 59), "PENDING");
		// INQUIRY / C3 / April: one satisfied answer by phone, one pending
		answered("INQUIRY", "C3", at(2031, 4, 7, 14, 0), 4, "PHONE", "reception1");
		unanswered("INQUIRY", "C3", at(2031, 4, 8, 14, 0), "PENDING");
		// outside [2031-03-01, 2031-05-01)
		answered("FOOD_BASKET", "C1", at(2031, 2, 28, 23, 59), 1, "ONLINE", null);
		answered("FOOD_BASKET", "C1", at(2031, 5, 1, 0, 0), 1, "ONLINE", null);

		LocalDate from = LocalDate.of(2031, 3, 1);
		LocalDate toExclusive = LocalDate.of(2031, 5, 1);
		assertThat(report.byServiceChannelMonth(from, toExclusive)).containsExactly(
				// CSAT 2/3 = 66.67 -> 66.7; average 11/3 = 3.667 -> 3.67; response 3/5 = 60.0
				new Figures("FOOD_BASKET", "C1", MARCH, 5, 3, 2, bd("66.7"), bd("3.67"), bd("60.0")),
				// nothing answered: no CSAT, no average; response 0/2 = 0.0
				new Figures("FOOD_BASKET", "C3", MARCH, 2, 0, 0, null, null, bd("0.0")),
				// CSAT 0/1 = 0.0; average 3/1 = 3.00; response 1/1 = 100.0
				new Figures("INQUIRY", "C1", MARCH, 1, 1, 0, bd("0.0"), bd("3.00"), bd("100.0")),
				// CSAT 5/8 = 62.5; average 29/8 = 3.625 -> 3.63 (HALF_UP); response 8/10 = 80.0
				new Figures("FOOD_BASKET", "C1", APRIL, 10, 8, 5, bd("62.5"), bd("3.63"), bd("80.0")),
				// CSAT 1/1 = 100.0; average 4/1 = 4.00; response 1/2 = 50.0
				new Figures("INQUIRY", "C3", APRIL, 2, 1, 1, bd("100.0"), bd("4.00"), bd("50.0")));

		// sent 5+2+1+10+2 = 20, answered 3+0+1+8+1 = 13, satisfied 2+0+0+5+1 = 8, score sum 11+3+29+4 = 47:
		// CSAT 8/13 = 61.54 -> 61.5; average 47/13 = 3.615 -> 3.62; response 13/20 = 65.0
		assertThat(report.total(from, toExclusive))
			.isEqualTo(new Figures(null, null, null, 20, 13, 8, bd("61.5"), bd("3.62"), bd("65.0")));

		// April alone: the survey sent on 2031-05-01 stays out
		assertThat(report.total(LocalDate.of(2031, 4, 1), toExclusive))
			.isEqualTo(new Figures(null, null, null, 12, 9, 6, bd("66.7"), bd("3.67"), bd("75.0")));
		// May alone: just that survey
		assertThat(report.total(toExclusive, LocalDate.of(2031, 6, 1)))
			.isEqualTo(new Figures(null, null, null, 1, 1, 0, bd("0.0"), bd("1.00"), bd("100.0")));
		// a period with no surveys at all
		assertThat(report.total(LocalDate.of(2031, 7, 1), LocalDate.of(2031, 8, 1)))
			.isEqualTo(new Figures(null, null, null, 0, 0, 0, null, null, null));
		assertThat(report.byServiceChannelMonth(LocalDate.of(2031, 7, 1), LocalDate.of(2031, 8, 1))).isEmpty();
	}

	@Test
	void recoveryCountsCasesOpenedInThePeriodAndHowManyAreClosed() {
		long first = answered("FOOD_BASKET", "C2", at(2032, 1, 3, 9, 0), 1, "ONLINE", null);
		long second = answered("FOOD_BASKET", "C2", at(2032, 1, 15, 9, 0), 2, "PHONE", "reception1");
		long third = answered("INQUIRY", "C4", at(2032, 1, 28, 9, 0), 1, "ONLINE", null);
		long later = answered("INQUIRY", "C4", at(2032, 1, 30, 9, 0), 2, "ONLINE", null);
		recovery(first, at(2032, 1, 5, 10, 0), at(2032, 1, 6, 10, 0));
		recovery(second, at(2032, 1, 20, 10, 0), null);
		// opened on the last evening of January, closed in February: January's, and closed
		recovery(third, at(2032, 1, 31, 23, 59), at(2032, 2, 2, 10, 0));
		recovery(later, at(2032, 2, 1, 0, 0), null);

		// opened 3 in January, of which 2 closed
		assertThat(report.recovery(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 2, 1))).isEqualTo(new RecoveryFigures(3, 2));
		assertThat(report.recovery(LocalDate.of(2032, 2, 1), LocalDate.of(2032, 3, 1))).isEqualTo(new RecoveryFigures(1, 0));
	}

	@Test
	void roundingIsHalfUpFromIntegerCounts() {
		assertThat(ReportFigures.percent(1, 16)).isEqualTo(bd("6.3")); // 6.25, HALF_EVEN would give 6.2
		assertThat(ReportFigures.percent(2, 3)).isEqualTo(bd("66.7"));
		assertThat(ReportFigures.percent(1, 3)).isEqualTo(bd("33.3"));
		assertThat(ReportFigures.percent(0, 0)).isNull();
		assertThat(ReportFigures.average(9, 8)).isEqualTo(bd("1.13")); // 1.125, HALF_EVEN would give 1.12
		assertThat(ReportFigures.average(5, 1)).isEqualTo(bd("5.00"));
		assertThat(ReportFigures.average(0, 0)).isNull();
	}

	@Test
	void figuresNameNoEmployee() {
		// O6: a tool for improvement, not for punishment
		assertThat(Arrays.stream(Figures.class.getRecordComponents()).map(RecordComponent::getName)).containsExactly("service",
				"channel", "month", "sent", "answered", "satisfied", "csatPercent", "averageScore", "responseRatePercent");
	}

	private long answered(String service, String channel, LocalDateTime sentAt, int overall, String how, String recordedBy) {
		long id = insert(service, channel, sentAt, "ANSWERED");
		jdbc.sql("""
				UPDATE survey SET answered_at = ?, overall = ?, speed = ?, courtesy = ?, clarity = ?, fairness = ?,
				  recorded_how = ?, recorded_by = ?, closed_at = ? WHERE id = ?""")
			.params(Timestamp.valueOf(sentAt.plusDays(2)), overall, overall, overall, overall, overall, how, recordedBy,
					Timestamp.valueOf(sentAt.plusDays(2)), id)
			.update();
		return id;
	}

	private void unanswered(String service, String channel, LocalDateTime sentAt, String status) {
		insert(service, channel, sentAt, status);
	}

	private long insert(String service, String channel, LocalDateTime sentAt, String status) {
		String token = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO survey (token, subject, service, channel, reference_number, sent_at, status)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(token, "INQUIRY".equals(service) ? "INQUIRY" : "SERVICE", service, channel, "HY-SURVEY-TEST",
					Timestamp.valueOf(sentAt), status)
			.update();
		return jdbc.sql("SELECT id FROM survey WHERE token = ?").param(token).query(Long.class).single();
	}

	private void recovery(long surveyId, LocalDateTime openedAt, LocalDateTime closedAt) {
		jdbc.sql("INSERT INTO service_recovery (survey_id, reason, opened_at, handled_by, closed_at) VALUES (?, 'LOW_SCORE', ?, ?, ?)")
			.params(surveyId, Timestamp.valueOf(openedAt), "supervisor1", (closedAt != null) ? Timestamp.valueOf(closedAt) : null)
			.update();
	}

	private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute);
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
