package sa.org.hayaniyah.masar.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import sa.org.hayaniyah.masar.verification.DeclarationRules.Declaration;
import sa.org.hayaniyah.masar.verification.DeclarationRules.Form;

class DeclarationRulesTest {

	@Test
	void theAnswerIsYesOrNoAndASignedDeclarationSaysHowItWasSigned() {
		assertThatThrownBy(() -> DeclarationRules.check(new Form(null, null, null, null)))
			.hasMessageContaining("declarationSigned");
		assertThatThrownBy(() -> DeclarationRules.check(new Form("yes", "FAX", null, null)))
			.hasMessageContaining("signatureMethod");
	}

	@Test
	void aWitnessCountsOnlyForASignedDeclaration() {
		Declaration signed = DeclarationRules.check(new Form("yes", "PAPER", " موظف الاستقبال ", null));
		assertThat(signed.signed()).isTrue();
		assertThat(signed.method()).isEqualTo(SignatureMethod.PAPER);
		assertThat(signed.witness()).isEqualTo("موظف الاستقبال");
		Declaration refused = DeclarationRules.check(new Form("no", "PAPER", "موظف الاستقبال", "رفض التوقيع"));
		assertThat(refused.signed()).isFalse();
		assertThat(refused.method()).isNull();
		assertThat(refused.witness()).isNull();
		assertThat(refused.notes()).isEqualTo("رفض التوقيع");
	}

}
