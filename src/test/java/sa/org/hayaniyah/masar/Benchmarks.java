package sa.org.hayaniyah.masar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** What the query benchmarks share: timing a query, its percentiles, and the table they print and write. */
public final class Benchmarks {

	/** A query as a benchmark times it, named as its table row. */
	public record Query(String name, Supplier<Object> run) {
	}

	private Benchmarks() {
	}

	/** {@code warmUp} untimed runs, then {@code runs} timed ones, in milliseconds. */
	public static List<Double> time(Query query, int warmUp, int runs) {
		for (int i = 0; i < warmUp; i++) {
			query.run().get();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			query.run().get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		return millis;
	}

	/** The nearest-rank percentile {@code p} of sorted figures. */
	public static double percentile(double[] sorted, int p) {
		return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	/** The machine's load average over the last minute, as the benchmarks note it (other builds share the cores). */
	public static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
		}
		catch (IOException e) {
			return "unknown";
		}
	}

	/** p50 and p95 of the figures. */
	public static double[] p50AndP95(List<Double> millis) {
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new double[] { percentile(sorted, 50), percentile(sorted, 95) };
	}

	/**
	 * Prints and writes {@code target/benchmark/<file>}: the heading with the runs, the machine's processors and the
	 * date, one row per query (p50 and p95), then a query plan.
	 */
	public static void writeTable(String file, String heading, int runs, int warmUp, String firstColumn,
			Map<String, double[]> figures, String planTitle, String plan) throws IOException {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "%s (PostgreSQL, %d runs each after %d warm-up, %d processors), %s%n%n",
				heading, runs, warmUp, Runtime.getRuntime().availableProcessors(), LocalDate.now()));
		table.append("| ").append(firstColumn).append(" | p50 ms | p95 ms |\n|---|---:|---:|\n");
		figures.forEach((name, f) -> table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, f[0], f[1])));
		table.append('\n').append(planTitle).append(":\n\n```\n").append(plan).append("\n```\n");
		Path path = Path.of("target", "benchmark", file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, table);
		System.out.println("\n" + table);
	}

}
