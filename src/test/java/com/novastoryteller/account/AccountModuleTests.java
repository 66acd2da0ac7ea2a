package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/** The account module with what it needs (usage, web, engine), on the test database. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class AccountModuleTests {

    @Autowired
    Accounts accounts;

    @Test
    void signingUpCreatesAnAccountThatCanBeFound() {
        String username = "mia" + UUID.randomUUID().toString().substring(0, 8);

        UserProfile signedUp = accounts.register(
                new NewAccount(username + "@example.org", username, "a long secret phrase", "Mia", "Rivers"),
                "127.0.0.1");

        UserProfile found = accounts.profile(signedUp.id());
        assertThat(found.username()).isEqualTo(username);
        assertThat(found.email()).isEqualTo(username + "@example.org");
        assertThat(found.role()).isEqualTo(Role.USER);
        assertThat(found.isActive()).isTrue();
        assertThat(accounts.anyExists(List.of(username))).isTrue();
    }
}
