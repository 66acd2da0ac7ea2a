package com.novastoryteller.account;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.account.internal.PasswordPolicy;
import com.novastoryteller.web.InvalidRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * A grown-up's own account: what it holds, a download of all of it, new e-mail and password, and
 * deleting it with everything in it. Each change asks for the password again.
 */
@Service
@Transactional
public class FamilyAccount {

    private static final String README = """
            Everything your family kept in Nova Storyteller, as it was when you downloaded it.

            account.json                    your account (the password is never part of it)
            stories/<title>/story.json      each story: its text, parts, characters and settings
            stories/<title>/drawing.*       the drawing it was made from, if there was one
            stories/<title>/pictures/       the pictures of its parts
            stories/<title>/narration.mp3   the story read aloud, if it was
            characters/characters.json      your characters
            characters/<id>.*               their portraits (the id is the character's in characters.json)

            Each story's folder is named after its title; two stories with the same title are told apart by a
            number, "The Lost Kite (2)". Its id is in its story.json.

            A child's recorded voice is never kept, so there is none here.
            """;

    private final AccountRepository accounts;
    // The rules the admin's changes follow too: quotas, and e-mails unique without regard to case.
    private final Accounts rules;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<FamilyData> families;
    private final JsonMapper json;
    private final PasswordPolicy passwordPolicy;
    private final AccountSessions sessions;

    FamilyAccount(AccountRepository accounts, Accounts rules, ApiTokens tokens, PasswordEncoder passwordEncoder,
            ObjectProvider<FamilyData> families, JsonMapper json, PasswordPolicy passwordPolicy,
            AccountSessions sessions) {
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.accounts = accounts;
        this.rules = rules;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.families = families;
        this.json = json;
    }

    /** The account, how much of everything it keeps, and what its provider calls cost today of what they may. */
    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user) {
        List<FamilyData.Count> counts = new ArrayList<>();
        families.orderedStream().forEach(data -> counts.addAll(data.count(user.id())));
        Account account = find(user);
        return new Overview(account.profile(), counts, Money.usd(rules.spentTodayMicros(user.id())),
                Money.usd(rules.quotaOf(account).spendMicros()));
    }

    public record Overview(UserProfile user, List<FamilyData.Count> data, BigDecimal spentTodayUsd,
            BigDecimal spendLimitUsd) {
    }

    /** Writes everything of the account as a zip. */
    @Transactional(readOnly = true)
    public void export(CurrentUser user, OutputStream out) throws IOException {
        try (AccountArchive archive = new AccountArchive(out, json)) {
            archive.text("README.txt", README);
            archive.json("account.json", find(user).profile());
            for (FamilyData data : families.orderedStream().toList()) {
                data.export(user.id(), archive);
            }
        }
    }

    /** A new e-mail address, unless another account has it. */
    public UserProfile changeEmail(CurrentUser user, String password, String email) {
        Account account = confirmed(user, password);
        rules.changeEmail(account, email);
        return accounts.save(account).profile();
    }

    /**
     * A new password. Every other API token of the account stops working; the one the request came with (if
     * it came with one) goes on. Every browser session signed in with the old password is signed out by its
     * {@link PasswordStamp}; the caller signs its own session in again.
     * @throws WeakPassword when the password policy refuses the new password
     */
    public void changePassword(CurrentUser user, String currentPassword, String newPassword, Optional<String> token) {
        Account account = confirmed(user, currentPassword, "current_password");
        passwordPolicy.weakness(newPassword, account.username(), account.email()).ifPresent(reason -> {
            throw new WeakPassword("new_password", reason);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        accounts.save(account);
        tokens.revokeAllBut(user.id(), token);
    }

    /**
     * Deletes the account and everything in it, for good: every module erases its share, then the account goes
     * (its tokens and daily spend with it, by the database's cascade), and its web sessions on every node end. The
     * admin who runs the installation cannot, while nobody else could take over.
     */
    public void delete(CurrentUser user, String password) {
        Account account = confirmed(user, password);
        if (user.isAdmin() && accounts.countActiveAdminsOtherThan(user.id()) == 0) {
            throw new AccountChangeRefused("You run this installation, and no other admin could take over. "
                    + "Make another account an admin first.");
        }
        for (FamilyData data : families.orderedStream().toList()) {
            data.erase(user.id());
        }
        accounts.delete(account);
        sessions.endAll(user.id());
    }

    private Account confirmed(CurrentUser user, String password) {
        return confirmed(user, password, "password");
    }

    private Account confirmed(CurrentUser user, String password, String field) {
        Account account = find(user);
        if (!passwordEncoder.matches(password, account.passwordHash())) {
            throw new InvalidRequest(field, "That is not the password of this account.");
        }
        return account;
    }

    private Account find(CurrentUser user) {
        return accounts.findById(user.id()).orElseThrow(() -> new AccountNotFound(user.id()));
    }
}
