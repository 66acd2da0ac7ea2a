package com.novastoryteller;

import java.io.PrintStream;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The commands the jar runs instead of serving, named by the first argument. A command says what it did in its own
 * words, and nothing else: the console shows no log lines (they still go to the log file), and a command that cannot
 * run ends with one line saying why and what to do, never with a stack trace.
 */
final class OneOffCommand {

    private static final Set<String> NAMES = Set.of("createsuperuser", "seed-data", "migrate-media");

    /** H2's "Database may be already in use": the file is held by a program that does not share it. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private OneOffCommand() {
    }

    static Optional<String> named(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]) ? Optional.of(args[0]) : Optional.empty();
    }

    /** Runs the command without the web server and answers its exit code. */
    static int run(String command, String[] args, PrintStream err) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                Application.COMMAND_PROPERTY, command,
                "logging.level.root", "WARN",
                "logging.threshold.console", "OFF"));
        // A class, not a lambda: the event registry's multicaster would hand a lambda every event, not only this one.
        CommandSettings settings = new CommandSettings();
        application.addListeners(settings);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        }
        catch (RuntimeException failure) {
            err.println(whyItFailed(command, failure, settings.database, settings.log));
            return 1;
        }
        return SpringApplication.exit(context);
    }

    /** One line: what went wrong, what to do about it, and where the details are. */
    static String whyItFailed(String command, Throwable failure, String database, @Nullable String log) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String details = log == null ? "" : " The details are in " + log + ".";
        if (inChain(failure, e -> e instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN)) {
            return command + " could not open " + database + ": another program holds it (the server while it starts"
                    + " or stops, a server of a version that does not share it, or an H2 console). Wait until the server"
                    + " has started, or stop that program, and run " + command + " again." + details;
        }
        if (inChain(failure, e -> e instanceof ConnectException
                || e instanceof SQLException sql && String.valueOf(sql.getSQLState()).startsWith("08"))) {
            return command + " could not use " + database + ": " + firstLine(cause) + ". Check that the database is"
                    + " running and that spring.datasource.url, username and password are right, then run " + command
                    + " again." + details;
        }
        return command + " failed: " + firstLine(cause) + "." + details;
    }

    private static boolean inChain(Throwable failure, Predicate<Throwable> test) {
        for (Throwable each = failure; each != null; each = each.getCause() == each ? null : each.getCause()) {
            if (test.test(each)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** Notes, as the settings are read, which database and log the command uses: a failure names them. */
    private static final class CommandSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        volatile String database = "the database";
        volatile @Nullable String log;

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent prepared) {
            ConfigurableEnvironment settings = prepared.getEnvironment();
            log = settings.getProperty("logging.file.name");
            String url = settings.getProperty("spring.datasource.url", "");
            // Named without its settings, which may hold a password.
            database = url.isEmpty() ? "the database" : url.split("[;?]", 2)[0];
            // The server holds the embedded database's file: the command uses it through the server.
            DatabaseSharing.runningServer(settings).ifPresent(shared -> {
                settings.getPropertySources().addFirst(new MapPropertySource("the running server's database",
                        Map.of("spring.datasource.url", shared)));
                database = database + " (through the running server)";
            });
        }
    }
}
