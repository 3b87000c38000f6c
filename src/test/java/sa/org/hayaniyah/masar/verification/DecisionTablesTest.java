package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import sa.org.hayaniyah.masar.DatabaseTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * The analysts' decision tables, evaluated through the engine's decision service as the verification step does.
 */
@MasarIntegrationTest
class DecisionTablesTest extends DatabaseTestSupport {

	@Autowired
	DecisionTables tables;

	@ParameterizedTest
	@CsvSource({ "FOOD_BASKET, ID_COPY FAMILY_RECORD INCOME_PROOF",
			"CASH_ASSISTANCE, ID_COPY FAMILY_RECORD INCOME_PROOF BANK_IBAN_CERTIFICATE",
			"RENT_ASSISTANCE, ID_COPY FAMILY_RECORD INCOME_PROOF LEASE_CONTRACT BANK_IBAN_CERTIFICATE",
			"MEDICAL_ASSISTANCE, ID_COPY FAMILY_RECORD INCOME_PROOF MEDICAL_REPORT",
			"HOUSEHOLD_FURNITURE, ID_COPY FAMILY_RECORD INCOME_PROOF", "SEASONAL_PROGRAM, ID_COPY FAMILY_RECORD" })
	void requiredDocumentsPerSupportType(SupportType type, String codes) {
		List<RequiredDocument> documents = tables.requiredDocuments(type);

		assertThat(documents).extracting(RequiredDocument::code).containsExactly(codes.split(" "));
		assertThat(documents).allSatisfy(d -> assertThat(d.arabicName()).containsPattern("\\p{IsArabic}"));
	}

	@ParameterizedTest
	@CsvSource({ "الحيانية, FOOD_BASKET, 6, 2500, ELIGIBLE", "الحيانيه, FOOD_BASKET, 2, 3000, ELIGIBLE",
			"الحيانية, FOOD_BASKET, 2, 3600, COMMITTEE_JUDGEMENT", "الحيانية, CASH_ASSISTANCE, 2, 4000, NOT_ELIGIBLE",
			"الرياض, FOOD_BASKET, 6, 1000, NOT_ELIGIBLE", "الحيانية, MEDICAL_ASSISTANCE, 1, 9000, COMMITTEE_JUDGEMENT",
			"الحيانية, SEASONAL_PROGRAM, 1, 9000, ELIGIBLE" })
	void eligibilityPreCheck(String city, SupportType type, int householdSize, BigDecimal income, String expected) {
		Eligibility eligibility = tables.eligibility(type, city, householdSize, income);

		assertThat(eligibility.outcome()).isEqualTo(expected);
		assertThat(eligibility.reason()).containsPattern("\\p{IsArabic}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "processes/required-documents.dmn", "processes/eligibility.dmn" })
	void everyDecisionHasItsShapeSoModelerOpensTheDiagram(String file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document dmn = factory.newDocumentBuilder().parse(Path.of(file).toFile());
		NodeList decisions = dmn.getElementsByTagNameNS("*", "decision");
		NodeList shapes = dmn.getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");

		assertThat(decisions.getLength()).isPositive();
		for (int i = 0; i < decisions.getLength(); i++) {
			String id = decisions.item(i).getAttributes().getNamedItem("id").getNodeValue();
			boolean shaped = false;
			for (int j = 0; j < shapes.getLength(); j++) {
				shaped |= id.equals(shapes.item(j).getAttributes().getNamedItem("dmnElementRef").getNodeValue());
			}
			assertThat(shaped).as("DMN DI shape for decision %s", id).isTrue();
		}
	}

}
