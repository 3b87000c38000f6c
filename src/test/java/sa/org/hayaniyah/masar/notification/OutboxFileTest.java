package sa.org.hayaniyah.masar.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention's two cuts of an outbox file: by the anonymised case's references, and by age on the engine's clock. */
class OutboxFileTest {

	@TempDir
	Path folder;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void blocksLeaveByReferenceAndByAge() throws Exception {
		Path file = folder.resolve("sms.log");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2020-01-01T08:00:00Z")));
		OutboxFile.append(file.toString(), new Outgoing(1, "HY-1441-000001", "SMS", "0551234567", null, "مرحبا سعد\nسطر ثان"));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-01T08:00:00Z")));
		OutboxFile.append(file.toString(), new Outgoing(2, "HY-1447-000002", "SMS", "0551234568", null, "مرحبا نورة"));
		OutboxFile.append(file.toString(), new Outgoing(3, "HY-1447-000003", "SMS", "0551234569", null, "مرحبا خالد"));

		assertThat(OutboxFile.blocks(file, List.of("HY-1441-000001"))).singleElement().asString().contains("سطر ثان");
		assertThat(OutboxFile.purge(file, List.of("HY-1447-000002"))).isEqualTo(1);
		assertThat(OutboxFile.purgeBefore(file, Instant.parse("2021-01-01T00:00:00Z"))).isEqualTo(1);

		String left = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(left).contains("مرحبا خالد", "[masar-3]").doesNotContain("سعد", "سطر ثان", "نورة");
		assertThat(left.lines().filter(l -> l.startsWith("--- "))).hasSize(1);
	}

}
