package com.novastoryteller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Reads an optional {@code .env} file from the working directory as if its lines were environment
 * variables: real environment variables win, and {@code STORYTELLER_DATA_DIR} binds to
 * {@code storyteller.data-dir} by the same relaxed rules.
 */
class DotEnvFile implements EnvironmentPostProcessor {

    // Boot applies the environment-variable name mapping only to sources named like this one.
    static final String SOURCE_NAME = "dotenv-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path file = Path.of(".env");
        if (!Files.isRegularFile(file)) {
            return;
        }
        var source = new SystemEnvironmentPropertySource(SOURCE_NAME, parse(read(file)));
        environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
    }

    static Map<String, Object> parse(List<String> lines) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || equals < 1) {
                continue;
            }
            variables.put(line.substring(0, equals).strip(), unquote(line.substring(equals + 1).strip()));
        }
        return variables;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        if (quoted) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.toAbsolutePath(), e);
        }
    }
}
