package org.latitude.architecture;

import org.junit.jupiter.api.Test;
import org.latitude.LatitudeApplication;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries (package-by-feature) hold: no cycles, no reaching into another module's internals. */
class ModularityTest {

    @Test
    void moduleBoundariesAreRespected() {
        ApplicationModules.of(LatitudeApplication.class).verify();
    }
}
