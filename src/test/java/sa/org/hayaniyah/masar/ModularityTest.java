package sa.org.hayaniyah.masar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Packages are capabilities (intake, verification, committee, sla, ...): no cycles, no reaching into internals.
 */
class ModularityTest {

	@Test
	void capabilitiesRespectTheirBoundaries() {
		ApplicationModules.of(MasarApplication.class).verify();
	}

}
