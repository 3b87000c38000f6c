package sa.org.hayaniyah.masar.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.org.hayaniyah.masar.JourneyTestSupport;
import sa.org.hayaniyah.masar.MasarIntegrationTest;
import sa.org.hayaniyah.masar.TestApplicants;
import sa.org.hayaniyah.masar.intake.SupportType;

/**
 * The answer library on day one holds the policy's own promises, and reception is offered every answer: the
 * inquiry's kind first, the others after them, labelled with their kind.
 */
@MasarIntegrationTest
class StarterAnswerLibraryTest extends JourneyTestSupport {

	/** The policy's channels C1–C8 as it names them. */
	private static final List<String> CHANNELS = List.of("المقابلة", "الاتصالات الهاتفية", "وسائل التواصل الاجتماعي",
			"الخطابات", "خدمات طلب المساعدة", "خدمة التطوع", "الموقع الإلكتروني للجمعية", "مناديب المكاتب الفرعية");

	@Autowired
	StandardAnswers standardAnswers;

	@Autowired
	DecisionService decisionService;

	private String seeded(String questionStart) {
		return standardAnswers.offeredFor(InquiryKind.PROCEDURE)
			.stream()
			.filter(a -> a.question().startsWith(questionStart))
			.map(StandardAnswers.StandardAnswer::answer)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no seeded answer to " + questionStart));
	}

	@Test
	void theCommitteesTwoWeeksAreInTheLibrary() {
		assertThat(seeded("متى يصلني الرد على طلب الدعم")).contains("لجنة البحث").contains("بالقبول أو الرفض")
			.contains("خلال أسبوعين");
	}

	@Test
	void everyDocumentTheDecisionTableAsksForIsInTheDocumentsAnswer() {
		String answer = seeded("ما المستندات المطلوبة");
		List<String> documents = Arrays.stream(SupportType.values())
			.flatMap(type -> decisionService.evaluateDecisionTableByKey("required-documents", Map.of("supportType", type.name()))
				.collectEntries("documentName")
				.stream())
			.map(Object::toString)
			.distinct()
			.toList();
		assertThat(documents).hasSizeGreaterThanOrEqualTo(6);
		assertThat(documents).allSatisfy(document -> assertThat(answer).contains(document));
	}

	@Test
	void allEightChannelsAndTheTwoWorkingDaysAreInTheLibrary() {
		String channels = seeded("كيف أتواصل مع الجمعية");
		assertThat(CHANNELS).allSatisfy(channel -> assertThat(channels).contains(channel));
		assertThat(seeded("متى يُرد على استفساري")).contains("خلال يومي عمل");
	}

	@Test
	void everyKindHasAStarterAnswer() {
		Map<InquiryKind, Long> byKind = standardAnswers.offeredFor(InquiryKind.PROCEDURE)
			.stream()
			.collect(Collectors.groupingBy(StandardAnswers.StandardAnswer::kind, Collectors.counting()));
		assertThat(byKind.keySet()).containsExactlyInAnyOrder(InquiryKind.values());
	}

	@Test
	void theInquirysKindComesFirstThenTheOthersLabelledWithTheirKind() {
		for (InquiryKind kind : InquiryKind.values()) {
			List<StandardAnswers.StandardAnswer> offered = standardAnswers.offeredFor(kind);
			int firstOther = (int) offered.stream().takeWhile(a -> a.kind() == kind).count();
			assertThat(firstOther).as("%s answers first", kind).isPositive();
			assertThat(offered.subList(firstOther, offered.size())).as("then only other kinds").noneMatch(a -> a.kind() == kind);
			assertThat(offered).as("every active answer is offered").hasSameSizeAs(standardAnswers.offeredFor(InquiryKind.PROCEDURE));

			List<Map<String, String>> options = standardAnswers.options(kind);
			assertThat(options.subList(0, firstOther)).allSatisfy(o -> assertThat(o.get("label")).doesNotContain("من إجابات"));
			for (int i = firstOther; i < options.size(); i++) {
				assertThat(options.get(i).get("label")).endsWith("من إجابات «" + offered.get(i).kind().arabic() + "»");
			}
		}
	}

	@Test
	void aComplaintsAnswerTaskOffersTheProcedureAnswersToo() {
		ProcessInstance instance = journey.start("beneficiary-inquiry", "reception1",
				TestApplicants.inquiryForm("COMPLAINT", "تأخر الرد على طلبي أكثر من أسبوعين"));
		String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
		String options = taskService.getVariableLocal(taskId, "standardAnswerOptions").toString();
		assertThat(options).contains("كيف تُعالَج شكواي؟")
			.contains("متى يصلني الرد على طلب الدعم؟ (مدة دراسة الطلب) — من إجابات «سؤال عن إجراء»");
		assertThat(options.indexOf("كيف تُعالَج شكواي؟")).isLessThan(options.indexOf("متى يصلني الرد على طلب الدعم"));
	}

}
