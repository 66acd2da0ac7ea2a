package com.novastoryteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DotEnvFileTests {

    @Test
    void readsVariablesLikeAShellWould() {
        var variables = DotEnvFile.parse(List.of(
                "# where everything is kept",
                "STORYTELLER_DATA_DIR=/srv/stories",
                "export SERVER_PORT=9090",
                "SPRING_DATASOURCE_PASSWORD=\"with # hash\"",
                "STORYTELLER_PROVIDERS_WRITER=embedded # the default",
                "not a variable",
                ""));

        assertThat(variables).containsExactly(
                java.util.Map.entry("STORYTELLER_DATA_DIR", "/srv/stories"),
                java.util.Map.entry("SERVER_PORT", "9090"),
                java.util.Map.entry("SPRING_DATASOURCE_PASSWORD", "with # hash"),
                java.util.Map.entry("STORYTELLER_PROVIDERS_WRITER", "embedded"));
    }
}
