package sa.org.hayaniyah.masar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula is shown as text. */
class CompliancePackCsvTest {

	@Test
	void aLeadingFormulaCharacterIsNeutralised() {
		assertThat(CompliancePackCsv.field("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
		assertThat(CompliancePackCsv.field("+966500000000")).isEqualTo("\"'+966500000000\"");
		assertThat(CompliancePackCsv.field("-1+2")).isEqualTo("\"'-1+2\"");
		assertThat(CompliancePackCsv.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(CompliancePackCsv.field("\tcmd")).isEqualTo("\"'\tcmd\"");
	}

	@Test
	void otherCellsAreAsRfc4180Says() {
		assertThat(CompliancePackCsv.field("R5 A1")).isEqualTo("R5 A1");
		assertThat(CompliancePackCsv.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(CompliancePackCsv.field("ق=1")).isEqualTo("ق=1");
		assertThat(CompliancePackCsv.field("")).isEmpty();
		assertThat(CompliancePackCsv.field(null)).isEmpty();
	}

}
