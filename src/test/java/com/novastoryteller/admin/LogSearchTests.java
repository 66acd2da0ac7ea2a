package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.server.ResponseStatusException;

import com.novastoryteller.web.InvalidRequest;

class LogSearchTests {

    @TempDir
    Path folder;

    LogSearch logs;

    @BeforeEach
    void writeLog() throws IOException {
        Files.write(folder.resolve("storyteller.log"), List.of("INFO started", "ERROR the kite broke", "INFO a fox",
                "error again"));
        logs = new LogSearch(new LogFiles(folder));
    }

    @Test
    void aTextFilterKeepsTheLastLinesWithItWhateverTheirCase() {
        assertThat(logs.tail("storyteller.log", 10, "error", false).text())
                .containsExactly("ERROR the kite broke", "error again");
        assertThat(logs.tail("storyteller.log", 10, null, false).text()).hasSize(4);
    }

    @Test
    void aPatternFilterMatchesAsAPattern() {
        assertThat(logs.tail("storyteller.log", 10, "^INFO a", true).text()).containsExactly("INFO a fox");
    }

    @Test
    void tooFewOrTooManyLinesAreRefusedNamingTheField() {
        assertThat(refusal(() -> logs.tail("storyteller.log", 9, null, false)))
                .containsEntry("lines", "Ask for 10 to 5000 lines.");
        assertThat(refusal(() -> logs.tail("storyteller.log", 5001, null, false))).containsKey("lines");
    }

    @Test
    void aFilterThatIsNoPatternOrTooLongIsRefused() {
        assertThat(refusal(() -> logs.tail("storyteller.log", 10, "(unclosed", true)).get("filter"))
                .startsWith("Not a pattern: ");
        assertThat(refusal(() -> logs.tail("storyteller.log", 10, "x".repeat(201), false)))
                .containsEntry("filter", "A filter is at most 200 characters.");
    }

    @Test
    void aFileNotInTheFolderIsNotFound() {
        assertThatThrownBy(() -> logs.file("../etc/passwd")).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("by that name");
        assertThatThrownBy(() -> logs.tail("other.log", 10, null, false)).isInstanceOf(ResponseStatusException.class);
    }

    private static Map<String, String> refusal(ThrowingCallable call) {
        return catchThrowableOfType(InvalidRequest.class, call).errors();
    }
}
