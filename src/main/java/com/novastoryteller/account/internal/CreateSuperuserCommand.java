package com.novastoryteller.account.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.Application;
import com.novastoryteller.account.AccountAlreadyExists;
import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;
import com.novastoryteller.web.InvalidRequest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * {@code java -jar nova-storyteller.jar createsuperuser --username=NAME --email=EMAIL --password=PASS}:
 * creates the installation's admin and exits. In a terminal it asks for what is missing.
 */
@Component
@ConditionalOnProperty(name = Application.COMMAND_PROPERTY, havingValue = "createsuperuser")
class CreateSuperuserCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Accounts accounts;
    private final Validator validator;
    private final @Nullable Console console;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = 1;

    CreateSuperuserCommand(Accounts accounts, Validator validator) {
        this.accounts = accounts;
        this.validator = validator;
        this.console = System.console();
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Function<String, @Nullable String> option = name -> arguments.containsOption(name)
                ? arguments.getOptionValues(name).stream().findFirst().orElse(null) : null;
        String username = valueOrAsk(option.apply("username"), "Username", false);
        String email = valueOrAsk(option.apply("email"), "E-mail", false);
        String password = valueOrAsk(option.apply("password"), "Password", true);
        if (username == null || email == null || password == null) {
            err.println("createsuperuser needs --username, --email and --password (or a terminal to ask in).");
            return;
        }
        var details = new NewAccount(email, username, password,
                orDefault(option.apply("first-name"), "Admin"), orDefault(option.apply("last-name"), "Storyteller"));
        Set<ConstraintViolation<NewAccount>> problems = validator.validate(details);
        if (!problems.isEmpty()) {
            err.println(problems.stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining(System.lineSeparator())));
            return;
        }
        try {
            accounts.open(details, Role.ADMIN);
            out.println("Superuser '" + username + "' created. Sign in at /signin.");
            exitCode = 0;
        }
        catch (AccountAlreadyExists | InvalidRequest e) {
            err.println(e.getMessage() + " No account was created.");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private @Nullable String valueOrAsk(@Nullable String value, String label, boolean secret) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        if (console == null) {
            return null;
        }
        String answer = secret ? new String(console.readPassword("%s: ", label)) : console.readLine("%s: ", label);
        return answer == null || answer.isBlank() ? null : answer.strip();
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
