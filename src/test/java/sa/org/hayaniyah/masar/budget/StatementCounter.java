package sa.org.hayaniyah.masar.budget;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what one call sends to the database, on the calling thread only (the job executor and the outbox dispatcher
 * run on others): round trips (each statement or batch executed, and each commit), the statements by kind (a batch
 * counts each of its statements) and the commits.
 */
public final class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

	public static final StatementCounter INSTANCE = new StatementCounter();

	private static final ThreadLocal<Counts> RECORDING = new ThreadLocal<>();

	/** What one call cost; mutable while it is recorded. */
	public static final class Counts {

		public int roundTrips, select, insert, update, delete, other, commits;

		public int[] values() {
			return new int[] { roundTrips, select, insert, update, delete, commits };
		}

	}

	public static final List<String> COLUMNS = List.of("round trips", "SELECT", "INSERT", "UPDATE", "DELETE", "commits");

	private StatementCounter() {
	}

	public static DataSource wrap(DataSource dataSource) {
		if (dataSource instanceof ProxyDataSource) {
			return dataSource;
		}
		return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(INSTANCE).methodListener(INSTANCE).build();
	}

	/** Runs the call and returns what it sent. */
	public static Counts count(Runnable call) {
		return count(() -> {
			call.run();
			return null;
		}).counts();
	}

	public record Counted<T>(T result, Counts counts) {
	}

	public static <T> Counted<T> count(Supplier<T> call) {
		Counts counts = new Counts();
		Counts outer = RECORDING.get();
		RECORDING.set(counts);
		try {
			return new Counted<>(call.get(), counts);
		}
		finally {
			if (outer == null) {
				RECORDING.remove();
			}
			else {
				RECORDING.set(outer);
			}
		}
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		Counts counts = RECORDING.get();
		if (counts == null) {
			return;
		}
		counts.roundTrips++;
		for (QueryInfo query : queryInfoList) {
			int times = Math.max(1, query.getParametersList().size());
			switch (kind(query.getQuery())) {
				case "SELECT", "WITH" -> counts.select += times;
				case "INSERT" -> counts.insert += times;
				case "UPDATE" -> counts.update += times;
				case "DELETE" -> counts.delete += times;
				default -> counts.other += times;
			}
		}
	}

	static String kind(String sql) {
		String trimmed = sql.stripLeading();
		while (trimmed.startsWith("(")) {
			trimmed = trimmed.substring(1).stripLeading();
		}
		int end = 0;
		while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
			end++;
		}
		return trimmed.substring(0, end).toUpperCase(Locale.ROOT);
	}

	@Override
	public void beforeMethod(MethodExecutionContext executionContext) {
	}

	@Override
	public void afterMethod(MethodExecutionContext executionContext) {
		Counts counts = RECORDING.get();
		Method method = executionContext.getMethod();
		if (counts != null && executionContext.getTarget() instanceof Connection && method.getName().equals("commit")) {
			counts.commits++;
			counts.roundTrips++;
		}
	}

}
