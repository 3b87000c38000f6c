package sa.org.hayaniyah.masar.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.survey.ServiceRecoveryRules.Form;
import sa.org.hayaniyah.masar.survey.ServiceRecoveryRules.Recovery;

class ServiceRecoveryRulesTest {

	@Test
	void theCaseClosesOnlyWithWhatWasDone() {
		assertThatThrownBy(() -> ServiceRecoveryRules.check(new Form("", true))).hasMessageContaining("recoveryAction");
		Recovery recovery = ServiceRecoveryRules.check(new Form("اتصلنا بالمستفيد واعتذرنا", "true"));
		assertThat(recovery.calledBack()).isTrue();
		assertThat(recovery.action()).isEqualTo("اتصلنا بالمستفيد واعتذرنا");
	}

}
