package com.novastoryteller;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * Nova Storyteller: serves the web application, or runs one of the one-off commands
 * ({@code createsuperuser}, {@code seed-data}) without starting the web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Nova Storyteller")
public class Application {

    /** The property a one-off command's runner is switched on by. */
    public static final String COMMAND_PROPERTY = "storyteller.command";

    public static void main(String[] args) {
        Optional<String> command = OneOffCommand.named(args);
        SpringApplication application = new SpringApplication(Application.class);
        if (command.isEmpty()) {
            application.run(args);
            return;
        }
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                COMMAND_PROPERTY, command.get(),
                "logging.level.root", "WARN"));
        ConfigurableApplicationContext context = application.run(args);
        System.exit(SpringApplication.exit(context));
    }

    /** Microsecond ticks: what every supported database stores, so a time reads back as it was written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
