package com.novastoryteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

/** A command that cannot run ends with one line saying why and what to do. */
class OneOffCommandTests {

    @Test
    void aDatabaseHeldByAnotherProgramIsNamedWithWhatToDo() {
        // As H2 says it: its own exception, the most specific cause, says only that a file is locked.
        var locked = new SQLException("Database may be already in use: \"/data/db/storyteller.mv.db\". Possible solutions:"
                + " close all other connection(s); use the server mode [90020-240]\nmore", "90020", 90020,
                new IllegalStateException("The file is locked: /data/db/storyteller.mv.db [2.4.240/7]"));
        String line = OneOffCommand.whyItFailed("createsuperuser", new BeanCreationException("accounts", "failed", locked),
                "jdbc:h2:file:./data/db/storyteller", "./data/logs/nova-storyteller.log");

        assertThat(line).doesNotContain("\n").startsWith("createsuperuser could not open jdbc:h2:file:./data/db/storyteller:")
                .contains("another program holds it", "Wait until the server has started, or stop that program",
                        "run createsuperuser again", "./data/logs/nova-storyteller.log");
    }

    @Test
    void anUnreachableDatabaseServerIsNamedWithWhatToCheck() {
        var refused = new SQLException("Connection to localhost:5432 refused.", "08001");

        String line = OneOffCommand.whyItFailed("seed-data", new IllegalStateException(refused), "the database", null);

        assertThat(line).doesNotContain("\n").contains("seed-data could not use the database: Connection to localhost:5432"
                + " refused.", "spring.datasource.url", "run seed-data again");
    }
}
