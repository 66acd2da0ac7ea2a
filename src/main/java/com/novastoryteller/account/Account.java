package com.novastoryteller.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A grown-up's account. Usernames and e-mails are unique without regard to case, through their keys. */
@Table("account")
class Account {

    @Id
    private final UUID id;
    @Version
    private @Nullable Long version;
    private String username;
    private String usernameKey;
    private String email;
    private String emailKey;
    private String passwordHash;
    private String firstName;
    private String lastName;
    private Role role;
    private boolean active;
    private final Instant dateJoined;
    private @Nullable Instant deletedAt;
    private @Nullable Integer dailyStoryLimit;
    private @Nullable Long dailySpendLimitMicros;

    @PersistenceCreator
    Account(UUID id, @Nullable Long version, String username, String usernameKey, String email, String emailKey,
            String passwordHash, String firstName, String lastName, Role role, boolean active, Instant dateJoined,
            @Nullable Instant deletedAt, @Nullable Integer dailyStoryLimit, @Nullable Long dailySpendLimitMicros) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.usernameKey = usernameKey;
        this.email = email;
        this.emailKey = emailKey;
        this.passwordHash = passwordHash;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
        this.active = active;
        this.dateJoined = dateJoined;
        this.deletedAt = deletedAt;
        this.dailyStoryLimit = dailyStoryLimit;
        this.dailySpendLimitMicros = dailySpendLimitMicros;
    }

    static Account open(NewAccount details, String passwordHash, Role role, Instant now) {
        String username = details.username().strip();
        String email = details.email().strip();
        return new Account(UUID.randomUUID(), null, username, key(username), email, key(email), passwordHash,
                details.firstName().strip(), details.lastName().strip(), role, true, now, null, null, null);
    }

    /** The form in which names are compared, so that "Mia" and "mia" are the same account. */
    static String key(String usernameOrEmail) {
        return usernameOrEmail.strip().toLowerCase(Locale.ROOT);
    }

    UserProfile profile() {
        return new UserProfile(id, username, email, firstName, lastName, role, active, dateJoined, dailyStoryLimit,
                dailySpendLimitMicros == null ? null : Money.usd(dailySpendLimitMicros));
    }

    CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, firstName, role);
    }

    boolean canSignIn() {
        return active && deletedAt == null;
    }

    void rename(String firstName, String lastName) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
    }

    void changeEmail(String email) {
        this.email = email.strip();
        this.emailKey = key(email);
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void activate() {
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    void markDeleted(Instant now) {
        this.active = false;
        this.deletedAt = now;
    }

    /** A daily story limit of the account's own, or the installation's again when null. */
    void limitStoriesPerDay(@Nullable Integer limit) {
        this.dailyStoryLimit = limit;
    }

    @Nullable Integer dailyStoryLimit() {
        return dailyStoryLimit;
    }

    /** A daily provider spend limit of the account's own, or the installation's again when null. */
    void limitSpendPerDay(@Nullable Long micros) {
        this.dailySpendLimitMicros = micros;
    }

    @Nullable Long dailySpendLimitMicros() {
        return dailySpendLimitMicros;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String usernameKey() {
        return usernameKey;
    }

    String email() {
        return email;
    }

    String emailKey() {
        return emailKey;
    }

    String passwordHash() {
        return passwordHash;
    }

    PasswordStamp passwordStamp() {
        return PasswordStamp.of(passwordHash);
    }

    boolean isDeleted() {
        return deletedAt != null;
    }
}
