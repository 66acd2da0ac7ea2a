package com.novastoryteller.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.novastoryteller.account.internal.AccountInternals;
import com.novastoryteller.account.internal.LoginThrottle;
import com.novastoryteller.account.internal.UsernameLookalikes;

/**
 * Opening and changing accounts, with the accounts kept in a map ({@link InMemoryAccounts}), the real password and
 * username rules, and a fixed clock. What needs the database (tokens, daily counts, row locks) is a Mockito stand-in.
 */
class AccountsTests {

    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    final InMemoryAccounts rows = new InMemoryAccounts();
    final ApiTokens tokens = mock(ApiTokens.class);
    final Accounts accounts = new Accounts(rows, tokens, new MarkingEncoder(), Clock.fixed(NOW, ZoneOffset.UTC),
            new QuotaProperties(50, new BigDecimal("1.00")), mock(AccountSpending.class),
            AccountInternals.passwordPolicy(), new UsernameLookalikes(), mock(LoginThrottle.class),
            mock(StoryStarts.class), mock(AccountRowLock.class));
    final AccountAdministration administration = new AccountAdministration(rows, accounts, tokens,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewAccountKeepsItsNameAsTypedAndItsPasswordOnlyHashed() {
        UserProfile mirelle = accounts.open(details("Captain.Mirelle@Example.com", "CaptainMirelle", "to the moon!"),
                Role.USER);

        assertThat(mirelle.username()).isEqualTo("CaptainMirelle");
        assertThat(mirelle.email()).isEqualTo("Captain.Mirelle@Example.com");
        assertThat(mirelle.role()).isEqualTo(Role.USER);
        assertThat(mirelle.isActive()).isTrue();
        assertThat(mirelle.dateJoined()).isEqualTo(NOW);
        assertThat(rows.rows.get(mirelle.id()).passwordHash()).isEqualTo("hashed:to the moon!");
        assertThat(accounts.findForSignIn("captain.mirelle@example.COM")).as("signing in by e-mail, in any case")
                .map(Account::id).contains(mirelle.id());
        assertThat(accounts.findForSignIn("captainmirelle")).map(Account::id).contains(mirelle.id());
    }

    @Test
    void aPasswordMadeFromTheUsernameOrACommonOneIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> accounts.open(details("zuzu@example.com", "ZuzuDragon", "zuzudragon1"), Role.USER))
                .isInstanceOf(WeakPassword.class).hasMessageContaining("username");
        assertThatThrownBy(() -> accounts.open(details("zuzu@example.com", "ZuzuDragon", "password"), Role.USER))
                .isInstanceOf(WeakPassword.class).hasMessageContaining("most often");
        assertThatThrownBy(() -> accounts.open(details("zuzu@example.com", "ZuzuDragon", "short"), Role.USER))
                .isInstanceOf(WeakPassword.class).hasMessageContaining("characters");

        assertThat(rows.rows).isEmpty();
    }

    @Test
    void theSameUsernameOrEmailInOtherCapitalsIsTaken() {
        accounts.open(details("mia@example.com", "MiaFamily", "a good long secret"), Role.USER);

        assertThatThrownBy(() -> accounts.open(details("other@example.com", "MIAFAMILY", "a good long secret"), Role.USER))
                .isInstanceOfSatisfying(AccountAlreadyExists.class, taken -> assertThat(taken.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.open(details("MIA@Example.com", "Another", "a good long secret"), Role.USER))
                .isInstanceOfSatisfying(AccountAlreadyExists.class, taken -> assertThat(taken.field()).isEqualTo("email"));
        assertThat(rows.rows).hasSize(1);
    }

    @Test
    void aUsernameThatLooksLikeAnotherOrMixesAlphabetsIsRefused() {
        accounts.open(details("farm@example.com", "famA", "a good long secret"), Role.USER);

        assertThatThrownBy(() -> accounts.open(details("x@example.com", "farnA", "a good long secret"), Role.USER))
                .as("rn passes for m").isInstanceOf(LookalikeUsername.class);
        assertThatThrownBy(() -> accounts.open(details("y@example.com", "fam\u0410x", "a good long secret"), Role.USER))
                .as("a Cyrillic A among Latin letters").isInstanceOf(LookalikeUsername.class);
        assertThat(rows.rows).hasSize(1);
    }

    @Test
    void anAdminCannotDemoteDeactivateOrDeleteThemselves() {
        UserProfile ada = accounts.open(details("ada@example.com", "AdaAdmin", "admin password"), Role.ADMIN);
        CurrentUser herself = new CurrentUser(ada.id(), ada.username(), ada.firstName(), Role.ADMIN);

        assertThatThrownBy(() -> administration.change(ada.id(), changes(Role.USER, null, null), herself))
                .isInstanceOf(AccountChangeRefused.class);
        assertThatThrownBy(() -> administration.change(ada.id(), changes(null, false, null), herself))
                .isInstanceOf(AccountChangeRefused.class);
        assertThatThrownBy(() -> administration.delete(ada.id(), herself)).isInstanceOf(AccountChangeRefused.class);
        assertThat(accounts.profile(ada.id()).role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.profile(ada.id()).isActive()).isTrue();
    }

    @Test
    void aDeactivatedFamilyCanNoLongerSignInAndItsTokensStopWorking() {
        UserProfile mia = accounts.open(details("mia@example.com", "MiaFamily", "a good long secret"), Role.USER);
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "ada", "Ada", Role.ADMIN);

        UserProfile changed = administration.change(mia.id(), changes(null, false, null), admin);

        assertThat(changed.isActive()).isFalse();
        assertThat(accounts.findForSignIn("MiaFamily")).isEmpty();
        verify(tokens).revokeAll(mia.id());
        assertThat(administration.counts()).isEqualTo(new UserCounts(1, 0));
    }

    @Test
    void aFamilysOwnDailyLimitReplacesTheInstallationsAndZeroGivesItBack() {
        UserProfile mia = accounts.open(details("mia@example.com", "MiaFamily", "a good long secret"), Role.USER);
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "ada", "Ada", Role.ADMIN);
        assertThat(accounts.dailyQuota(mia.id()).stories()).isEqualTo(50);

        administration.change(mia.id(), changes(null, null, 3), admin);
        assertThat(accounts.dailyQuota(mia.id()).stories()).isEqualTo(3);

        administration.change(mia.id(), changes(null, null, 0), admin);
        assertThat(accounts.dailyQuota(mia.id()).stories()).isEqualTo(50);
    }

    private static NewAccount details(String email, String username, String password) {
        return new NewAccount(email, username, password, "First", "Last");
    }

    private static AccountChanges changes(Role role, Boolean active, Integer dailyStories) {
        return new AccountChanges(null, null, null, role, active, dailyStories, null);
    }

    /** Hashes by marking, so a test can see that what is stored is the encoder's answer and not the password. */
    static final class MarkingEncoder implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return "hashed:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals(encode(raw));
        }
    }
}
