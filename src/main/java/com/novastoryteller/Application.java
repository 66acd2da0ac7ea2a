package com.novastoryteller;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.modulith.Modulithic;

/**
 * Nova Storyteller: serves the web application, or runs one of the one-off commands
 * ({@code createsuperuser}, {@code seed-data}, {@code migrate-media}) without starting the web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Nova Storyteller")
public class Application {

    /** The property a one-off command's runner is switched on by. */
    public static final String COMMAND_PROPERTY = "storyteller.command";

    public static void main(String[] args) {
        Optional<String> command = OneOffCommand.named(args);
        if (command.isPresent()) {
            System.exit(OneOffCommand.run(command.get(), args, System.err));
            return;
        }
        WarmUps.keepHeapSmall();
        new SpringApplication(Application.class).run(args);
    }

    /**
     * Whether this run is a one-off command rather than the server: a command serves nobody, so it warms up no
     * voices or models and runs no jobs.
     */
    public static boolean runsCommand(Environment environment) {
        return environment.containsProperty(COMMAND_PROPERTY);
    }

    /** Microsecond ticks: what every supported database stores, so a time reads back as it was written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
