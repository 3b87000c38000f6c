package sa.org.hayaniyah.masar.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * What every report computes the same way. The database only counts and sums; the division and its rounding (HALF_UP)
 * happen here, from those integers, so H2 and PostgreSQL give the same figures.
 */
public final class ReportFigures {

	private ReportFigures() {
	}

	/** part / whole × 100, 1 decimal HALF_UP; {@code null} when whole is 0. */
	public static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** sum / count, 2 decimals HALF_UP; {@code null} when count is 0. */
	public static BigDecimal average(long sum, long count) {
		return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The start of a report day as timestamps are stored ({@code Timestamp.from(instant)}, the JVM's local time), so a
	 * period's edges and the rows compare alike.
	 */
	public static Timestamp dayStart(LocalDate day) {
		return Timestamp.valueOf(day.atStartOfDay());
	}

}
