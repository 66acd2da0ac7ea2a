package com.novastoryteller.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.Application;
import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;

/**
 * {@code seed-data}: one admin, two staff and five users, all with the password {@code password},
 * as the original guide describes. Refuses to run a second time.
 */
@Component
@ConditionalOnProperty(name = Application.COMMAND_PROPERTY, havingValue = "seed-data")
class SeedDataCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String DEMO_PASSWORD = "password";

    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private int exitCode = 1;

    SeedDataCommand(Accounts accounts, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<DemoAccount> demo = demoAccounts();
        if (accounts.anyExists(demo.stream().map(DemoAccount::username).toList())) {
            System.err.println("The demo data is already there (an account named admin, staff1 or user1 exists). "
                    + "Nothing was changed.");
            return;
        }
        transaction.executeWithoutResult(status -> demo.forEach(account -> accounts.open(account.details(), account.role())));
        System.out.println("Created " + demo.size() + " demo accounts: admin, staff1-staff2, user1-user5; password '"
                + DEMO_PASSWORD + "'. Change these passwords before anyone else can reach this installation.");
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    static List<DemoAccount> demoAccounts() {
        List<DemoAccount> demo = new ArrayList<>();
        demo.add(new DemoAccount("admin", "admin@test.com", "Ada", "Admin", Role.ADMIN));
        IntStream.rangeClosed(1, 2).forEach(n -> demo.add(
                new DemoAccount("staff" + n, "staff" + n + "@test.com", "Sam", "Staff " + n, Role.STAFF)));
        List<String> firstNames = List.of("Mia", "Leo", "Zara", "Omar", "Lily");
        IntStream.rangeClosed(1, 5).forEach(n -> demo.add(
                new DemoAccount("user" + n, "user" + n + "@test.com", firstNames.get(n - 1), "Parent", Role.USER)));
        return demo;
    }

    record DemoAccount(String username, String email, String firstName, String lastName, Role role) {

        NewAccount details() {
            return new NewAccount(email, username, DEMO_PASSWORD, firstName, lastName);
        }
    }
}
