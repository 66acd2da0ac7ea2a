package com.novastoryteller.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the admin's config shows of a secret: that it is set, and at most its last four characters. */
class SecretsTests {

    @Test
    void keysShowOnlyTheirLastFourCharactersAndShortOnesNothing() {
        assertThat(Secrets.mask("sk-proj-abcdefghijklmnop1234")).isEqualTo("****1234");
        assertThat(Secrets.mask("short-key")).isEqualTo("****");
        assertThat(Secrets.mask(" ")).isEqualTo("not set");
        assertThat(Secrets.mask(null)).isEqualTo("not set");
    }

    @Test
    void databaseAddressesLoseTheirPasswordsHoweverTheyAreWritten() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://db:5432/stories?user=app&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/stories?user=app&password=****&ssl=true");
        assertThat(Secrets.maskUrl("jdbc:mariadb://app:hunter2@db/stories")).isEqualTo("jdbc:mariadb://****@db/stories");
        assertThat(Secrets.maskUrl("jdbc:h2:file:./data/db;PASSWORD=hunter2;MODE=Legacy"))
                .isEqualTo("jdbc:h2:file:./data/db;PASSWORD=****;MODE=Legacy");
    }
}
