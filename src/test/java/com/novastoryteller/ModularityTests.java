package com.novastoryteller;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicFaces() {
        ApplicationModules.of(Application.class).verify();
    }
}
