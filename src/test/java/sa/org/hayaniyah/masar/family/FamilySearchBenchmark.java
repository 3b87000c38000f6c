package sa.org.hayaniyah.masar.family;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sa.org.hayaniyah.masar.Benchmarks;
import sa.org.hayaniyah.masar.TestDatabase;
import sa.org.hayaniyah.masar.security.Roles;

/**
 * The family search at 100,000 families on PostgreSQL, through {@link FamilySearch} as a supervisor (the audit lines
 * of the families shown included). Not a test: run it with {@code ./mvnw -B test -Pbenchmark
 * -Dtest=FamilySearchBenchmark}; it prints the table and writes it to {@code target/benchmark/family-search.md}.
 * <p>
 * The families are made in SQL: each a request with a four-part name drawn from pools of common names in their usual
 * spellings (أحمد, احمد, عبد الله, عبدالله, ...), its own national ID and mobile; every third is registered with a file
 * number. Their requests have no process instance, so the stage is read from the status alone; the engine's task query
 * still runs for each search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FamilySearchBenchmark {

	static final int FAMILIES = Integer.getInteger("benchmark.families", 100_000);

	static final int WARM_UP = 5;

	static final int RUNS = 50;

	static final String[] FIRST = { "محمد", "أحمد", "احمد", "عبد الله", "عبدالله", "خالد", "سعد", "فهد", "عبد الرحمن",
			"عبدالعزيز", "فاطمة", "فاطمه", "نورة", "سارة", "مريم", "عائشة", "ليلى", "مصطفى", "إبراهيم", "ابراهيم", "يوسف",
			"علي", "حسن", "حسين", "ناصر", "سلطان", "تركي", "بندر", "منيرة", "هيا", "لطيفة", "أسماء", "آمنة", "هند", "ريم",
			"سلمان", "ماجد", "راشد", "عمر", "عثمان" };

	static final String[] FAMILY = { "الحياني", "الحيانى", "القحطاني", "الدوسري", "العتيبي", "الشمري", "المطيري", "الحربي",
			"الزهراني", "الغامدي", "العنزي", "الشهري", "السبيعي", "البقمي", "الرشيدي", "الجهني", "المالكي", "العمري",
			"الأحمدي", "السهلي", "الخالدي", "الشهراني", "الرويلي", "الظفيري", "الثبيتي", "الصاعدي", "اللحياني", "الفيفي",
			"العسيري", "القرني", "البلوي", "الحازمي", "المري", "الهاجري", "العجمي", "الكبيسي", "التميمي", "السلمي",
			"الحارثي", "الزهراني" };

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerBenchmarkDatabase(registry);
	}

	@Autowired
	FamilySearch search;

	@Autowired
	DataSource dataSource;

	@Test
	void familySearch() throws IOException {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long start = System.nanoTime();
		seed(jdbc);
		jdbc.execute("ANALYZE");
		System.out.printf(Locale.ROOT, "seeded %,d families in %.1f s%n", FAMILIES, (System.nanoTime() - start) / 1e9);

		Caller supervisor = new Caller("supervisor1", List.of(Roles.SUPERVISORS));
		int n = FAMILIES / 2;
		String fullName = jdbc.queryForObject("SELECT applicant_name FROM support_request WHERE national_id = ?",
				String.class, nationalId(n));
		List<Benchmarks.Query> queries = List.of(
				new Benchmarks.Query("name, four parts as written", () -> search.search(supervisor, fullName, 20)),
				new Benchmarks.Query("name, four parts in another spelling", () -> search.search(supervisor, respell(fullName), 20)),
				new Benchmarks.Query("name, first and family name", () -> search.search(supervisor, "احمد الحيانى", 20)),
				new Benchmarks.Query("name, a letter mistyped", () -> search.search(supervisor, mistyped(fullName), 20)),
				new Benchmarks.Query("name, one common word (محمد)", () -> search.search(supervisor, "محمد", 20)),
				new Benchmarks.Query("name, one family name", () -> search.search(supervisor, "الدوسري", 20)),
				new Benchmarks.Query("national ID", () -> search.search(supervisor, nationalId(n + 1), 20)),
				new Benchmarks.Query("mobile 05…", () -> search.search(supervisor, "05" + mobileDigits(n + 2), 20)),
				new Benchmarks.Query("mobile +966 5…", () -> search.search(supervisor, "+966 5" + mobileDigits(n + 3), 20)),
				new Benchmarks.Query("request reference", () -> search.search(supervisor, reference(n + 4), 20)),
				new Benchmarks.Query("file number", () -> search.search(supervisor, fileNumber(n - n % 3), 20)));
		check(supervisor, fullName, n);
		List<Double> all = new ArrayList<>();
		Map<String, double[]> figures = new LinkedHashMap<>();
		for (Benchmarks.Query query : queries) {
			List<Double> millis = Benchmarks.time(query, WARM_UP, RUNS);
			all.addAll(millis);
			figures.put(query.name(), Benchmarks.p50AndP95(millis));
			System.out.printf(Locale.ROOT, "  %-40s p50 %7.1f ms  p95 %7.1f ms%n", query.name(), figures.get(query.name())[0],
					figures.get(query.name())[1]);
		}
		figures.put("all searches above", Benchmarks.p50AndP95(all));
		String plan = String.join("\n", jdbc.queryForList("""
				EXPLAIN ANALYZE SELECT national_id, search_name FROM applicant_search
				WHERE search_name LIKE '%احمد%' AND search_name LIKE '%الحياني%' LIMIT 200""", String.class));
		Benchmarks.writeTable("family-search.md", String.format(Locale.ROOT, "Family search as supervisor1 (%,d families)", FAMILIES), RUNS, WARM_UP, "search", figures,
				"The name query's plan", plan);
	}

	/** The figures mean something only if the searches find what was seeded. */
	private void check(Caller caller, String fullName, int n) {
		// a few families share a name drawn from the pools: the one looked for is among the whole name's matches
		for (String name : List.of(fullName, respell(fullName))) {
			List<FamilySearch.Hit> hits = search.search(caller, name, 20);
			require(hits.get(0).score() == 1 && hits.stream().anyMatch(h -> h.score() == 1 && h.nationalId().equals(nationalId(n))),
					"the name " + name);
		}
		require(search.search(caller, mistyped(fullName), 20).stream().anyMatch(h -> h.nationalId().equals(nationalId(n))),
				"the mistyped name " + mistyped(fullName));
		require(search.search(caller, nationalId(n + 1), 20).size() == 1, "the national ID");
		require(search.search(caller, "05" + mobileDigits(n + 2), 20).size() == 1, "the mobile");
		require(search.search(caller, reference(n + 4), 20).size() == 1, "the reference");
		require(search.search(caller, fileNumber(n - n % 3), 20).size() == 1, "the file number");
		require(search.search(caller, "محمد", 20).size() == 20, "a common name");
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException("the search did not find " + what);
		}
	}

	/** The name with its last word's last letter but one replaced, as a hurried clerk types it. */
	private static String mistyped(String name) {
		int at = name.length() - 2;
		return name.substring(0, at) + (name.charAt(at) == 'ن' ? 'ت' : 'ن') + name.substring(at + 1);
	}

	/** The same name as another clerk types it: alef without hamza, haa for taa marbuta, "عبد الله" joined. */
	private static String respell(String name) {
		return name.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه').replace("عبد ال", "عبدال");
	}


	static String nationalId(int n) {
		return String.format(Locale.ROOT, "19%08d", n);
	}

	static String mobileDigits(int n) {
		return String.format(Locale.ROOT, "5%08d", n).substring(1);
	}

	static String reference(int n) {
		return String.format(Locale.ROOT, "HY-1447-%06d", n);
	}

	static String fileNumber(int n) {
		return String.format(Locale.ROOT, "HY-F-%06d", n);
	}

	private void seed(JdbcTemplate jdbc) {
		String first = array(FIRST);
		String family = array(FAMILY);
		for (int from = 1; from <= FAMILIES; from += 20_000) {
			int to = Math.min(FAMILIES, from + 19_999);
			jdbc.update("""
					INSERT INTO support_request (reference_number, channel, national_id, applicant_name, mobile, support_type,
					  status, submitted_at, committee_deadline, city, household_size, monthly_income)
					SELECT 'HY-1447-' || lpad(n::text, 6, '0'), 'C1', '19' || lpad(n::text, 8, '0'),
					  (%1$s)[1 + mod(hashint4(n * 4)::bigint + 2147483648, 40)] || ' '
					    || (%1$s)[1 + mod(hashint4(n * 4 + 1)::bigint + 2147483648, 40)] || ' '
					    || (%1$s)[1 + mod(hashint4(n * 4 + 2)::bigint + 2147483648, 40)] || ' '
					    || (%2$s)[1 + mod(hashint4(n * 4 + 3)::bigint + 2147483648, 40)],
					  '+9665' || lpad(n::text, 8, '0'), 'FOOD_BASKET', CASE WHEN n %% 3 = 0 THEN 'SERVED' ELSE 'OPEN' END,
					  now() - n * interval '1 minute', now() - n * interval '1 minute' + interval '14 days', 'الحيانية', 5, 2500
					FROM generate_series(?, ?) n""".formatted(first, family), from, to);
		}
		jdbc.update("""
				INSERT INTO beneficiary (file_number, national_id, full_name, mobile, registered_at, first_request_id)
				SELECT 'HY-F-' || lpad(substr(s.national_id, 3)::int::text, 6, '0'), s.national_id, s.applicant_name, s.mobile,
				  s.submitted_at, s.id
				FROM support_request s WHERE s.status = 'SERVED'""");
	}

	private static String array(String[] values) {
		StringBuilder array = new StringBuilder("ARRAY[");
		for (int i = 0; i < values.length; i++) {
			array.append(i == 0 ? "" : ", ").append('\'').append(values[i]).append('\'');
		}
		return array.append(']').toString();
	}

}
