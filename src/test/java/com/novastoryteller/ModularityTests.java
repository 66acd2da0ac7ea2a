package com.novastoryteller;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicFaces() {
        modules.verify();
    }

    /** The module diagram and each module's canvas, written on every build so docs/architecture is never stale. */
    @Test
    void documentsTheModules() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeDocumentation().writeAggregatingDocument();
    }
}
