package sa.org.hayaniyah.masar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessVariableTest {

	@Test
	void readsAnIdWhetherAFormOrJsonGaveAnIntegerALongOrDigits() {
		assertThat(JourneyVariables.SUPPORT_REQUEST_ID.convert(42)).isEqualTo(42L);
		assertThat(JourneyVariables.SUPPORT_REQUEST_ID.convert(42L)).isEqualTo(42L);
		assertThat(JourneyVariables.SUPPORT_REQUEST_ID.convert(" 42 ")).isEqualTo(42L);
		assertThat(JourneyVariables.SUPPORT_REQUEST_ID.convert(null)).isNull();
	}

	@Test
	void readsACounterAsAnIntegerWhateverNumberTypeWasStored() {
		assertThat(JourneyVariables.COMMITTEE_ROUND.convert(2L)).isEqualTo(2);
		assertThat(JourneyVariables.COMMITTEE_ROUND.convert(2)).isEqualTo(2);
		assertThat(JourneyVariables.COMMITTEE_ROUND.get(Map.of())).isNull();
	}

	@Test
	void readsAFlagAsAFormSendsIt() {
		assertThat(JourneyVariables.CLARIFICATION_NEEDED.convert(true)).isTrue();
		assertThat(JourneyVariables.CLARIFICATION_NEEDED.convert("true")).isTrue();
		assertThat(JourneyVariables.CLARIFICATION_NEEDED.convert("no")).isFalse();
	}

	@Test
	void namesTheVariableAndTheTypesWhenAStoredValueDoesNotFit() {
		assertThatThrownBy(() -> JourneyVariables.COMMITTEE_DEADLINE.convert("2026-12-07"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Process variable committeeDeadline holds a String where a Date is expected");
		assertThatThrownBy(() -> JourneyVariables.SUPPORT_REQUEST_ID.convert("HY-1"))
			.hasMessageContaining("supportRequestId");
	}

	@Test
	void readsAndWritesMapsOfVariablesByItsName() {
		Map<String, Object> variables = new HashMap<>();
		Date deadline = new Date();
		JourneyVariables.COMMITTEE_DEADLINE.put(variables, deadline);
		JourneyVariables.REFERENCE_NUMBER.put(variables, "HY-1447-000001");
		assertThat(variables).containsEntry("committeeDeadline", deadline).containsEntry("referenceNumber", "HY-1447-000001");
		assertThat(JourneyVariables.COMMITTEE_DEADLINE.get(variables)).isSameAs(deadline);
	}

}
