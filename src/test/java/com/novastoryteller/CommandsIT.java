package com.novastoryteller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's one-off commands, run as an operator would run them, in a fresh directory. */
class CommandsIT {

    @TempDir
    Path workingDirectory;

    Path dataDirectory;

    @BeforeEach
    void configureThroughDotEnv() throws IOException {
        dataDirectory = workingDirectory.resolve("family-data");
        Files.writeString(workingDirectory.resolve(".env"), "# settings for this installation\n"
                + "STORYTELLER_DATA_DIR=" + dataDirectory + "\n");
    }

    @Test
    void createsuperuserCreatesAnAdminOnceAndRefusesATakenNameOrACommonPassword() throws Exception {
        Run first = run("createsuperuser", "--username=Headteacher", "--email=head@school.example", "--password=long enough");
        Run again = run("createsuperuser", "--username=headteacher", "--email=other@school.example", "--password=long enough");
        Run missing = run("createsuperuser", "--username=someone");
        Run weak = run("createsuperuser", "--username=caretaker", "--email=caretaker@school.example", "--password=password");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Superuser 'Headteacher' created").doesNotContain("Tomcat");
        assertThat(Files.exists(dataDirectory.resolve("db/storyteller.mv.db"))).as("database under the .env data dir").isTrue();
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.output()).contains("This username is already taken.");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.output()).contains("needs --username, --email and --password");
        assertThat(weak.exitCode()).isNotZero();
        assertThat(weak.output()).contains("passwords people pick most often", "No account was created.");
    }

    @Test
    void seedDataCreatesTheDemoAccountsAndRefusesToRunTwice() throws Exception {
        Run first = run("seed-data");
        Run second = run("seed-data");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Created 8 demo accounts", "and 15 sample stories");
        assertThat(second.exitCode()).isNotZero();
        assertThat(second.output()).contains("already there");
    }

    private Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", System.getProperty("storyteller.jar")));
        command.addAll(List.of(arguments));
        // Reading fifteen sample stories aloud would take minutes; narration has tests of its own.
        command.add("--storyteller.providers.narrator=off");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Run(int exitCode, String output) {
    }
}
