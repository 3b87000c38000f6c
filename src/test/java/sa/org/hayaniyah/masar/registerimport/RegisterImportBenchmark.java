package sa.org.hayaniyah.masar.registerimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.org.hayaniyah.masar.TestDatabase;

/**
 * The register import at 50,000 families with 200,000 members on PostgreSQL (issue 20): the dry run, then the import,
 * then the same file again. Not a test: {@code ./mvnw -B test -Pbenchmark -Dtest=RegisterImportBenchmark}; prints the
 * figures and writes them to {@code target/benchmark/register-import.md}. The driver rewrites batched inserts into
 * multi-row ones ({@code reWriteBatchedInserts}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterImportBenchmark {

	static final int FAMILIES = Integer.getInteger("benchmark.families", 50_000);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerBenchmarkDatabase(registry);
		registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
	}

	@Autowired
	RegisterImports imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyThousandFamilies() throws IOException {
		long t0 = System.nanoTime();
		byte[] csv = SampleRegister.csv(FAMILIES, 1_000_000);
		double made = (System.nanoTime() - t0) / 1e9;
		long t1 = System.nanoTime();
		RegisterImports.Report dry = imports.dryRun(csv, "register.csv");
		double dryRun = (System.nanoTime() - t1) / 1e9;
		long t2 = System.nanoTime();
		RegisterImports.ImportSummary done = imports.run(csv, "register.csv", "supervisor1");
		double importing = (System.nanoTime() - t2) / 1e9;
		long t3 = System.nanoTime();
		RegisterImports.ImportSummary again = imports.run(csv, "register.csv", "supervisor1");
		double sameAgain = (System.nanoTime() - t3) / 1e9;
		int beneficiaries = jdbc.sql("SELECT COUNT(*) FROM beneficiary_file").query(Integer.class).single();
		int members = jdbc.sql("SELECT COUNT(*) FROM household_on_request").query(Integer.class).single();
		int deliveries = jdbc.sql("SELECT COUNT(*) FROM delivery_summary").query(Integer.class).single();
		String cores = Integer.toString(Runtime.getRuntime().availableProcessors());
		String version = jdbc.sql("SHOW server_version").query(String.class).single();
		String table = String.format(Locale.ROOT, """
				# Register import benchmark (issue 20)

				%d families, %d rows (%d members), CSV of %.1f MB; %s cores; PostgreSQL %s; batches of 500 families,
				reWriteBatchedInserts on.

				| step | time |
				|---|---:|
				| dry run (every row checked, matched against the register, nothing written) | %.1f s |
				| import (families, requests, members, deliveries, checkpoints) | %.1f s |
				| the same file again (unchanged) | %.2f s |

				Written: %d beneficiary files, %d household members, %d deliveries; report: %d accepted, %d refused,
				%d possible duplicates. Generating the file took %.1f s.
				""", FAMILIES, dry.rows(), dry.rows() - FAMILIES, csv.length / 1e6, cores, version, dryRun, importing,
				sameAgain, beneficiaries, members, deliveries, done.accepted(), done.refused(), done.duplicates(), made);
		System.out.println(table);
		Path out = Path.of("target/benchmark/register-import.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table, StandardCharsets.UTF_8);
		assertThat(done.familiesWritten()).isEqualTo(FAMILIES);
		assertThat(done.membersWritten()).isEqualTo(4 * FAMILIES);
		assertThat(again.unchanged()).isTrue();
	}

}
