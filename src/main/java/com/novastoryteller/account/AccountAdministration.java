package com.novastoryteller.account;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.web.SearchPattern;

/**
 * The admin's view of every account: finding them, counting them, changing someone's account and soft-deleting
 * it. Admins cannot demote, deactivate or delete themselves.
 */
@Service
@Transactional
public class AccountAdministration {

    private final AccountRepository accounts;
    private final Accounts rules;
    private final ApiTokens tokens;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, Accounts rules, ApiTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Accounts whose names or e-mail contain the query, newest first. */
    @Transactional(readOnly = true)
    public Page<UserProfile> search(@Nullable String query, boolean includeDeleted, Pageable pageable) {
        String pattern = SearchPattern.contains(query);
        List<UserProfile> page = accounts.search(pattern, includeDeleted, pageable.getPageSize(), pageable.getOffset())
                .stream().map(Account::profile).toList();
        return new PageImpl<>(page, pageable, accounts.countMatching(pattern, includeDeleted));
    }

    @Transactional(readOnly = true)
    public UserProfile profile(UUID id) {
        return find(id).profile();
    }

    /** How many accounts there are (soft-deleted ones left out), and how many of them can sign in. */
    public UserCounts counts() {
        return new UserCounts(accounts.countExisting(), accounts.countActive());
    }

    /** The admin changes someone's account. */
    public UserProfile change(UUID id, AccountChanges changes, CurrentUser admin) {
        Account account = find(id);
        boolean self = admin.id().equals(id);
        if (self && (changes.role() != null && changes.role() != Role.ADMIN || Boolean.FALSE.equals(changes.isActive()))) {
            throw new AccountChangeRefused("You cannot take away your own admin rights or deactivate yourself.");
        }
        if (changes.email() != null) {
            rules.changeEmail(account, changes.email());
        }
        account.rename(orElse(changes.firstName(), account.profile().firstName()),
                orElse(changes.lastName(), account.profile().lastName()));
        if (changes.role() != null) {
            account.changeRole(changes.role());
        }
        if (changes.isActive() != null) {
            applyActive(account, changes.isActive());
        }
        limit(account, changes);
        return accounts.save(account).profile();
    }

    /** Soft-deletes an account: it can no longer sign in and its tokens stop working; its data is kept. */
    public void delete(UUID id, CurrentUser admin) {
        if (admin.id().equals(id)) {
            throw new AccountChangeRefused("You cannot delete your own account.");
        }
        Account account = find(id);
        account.markDeleted(clock.instant());
        accounts.save(account);
        tokens.revokeAll(id);
    }

    /** The account's own daily limits; 0 gives it the installation's again. */
    private static void limit(Account account, AccountChanges changes) {
        if (changes.dailyStoryLimit() != null) {
            account.limitStoriesPerDay(changes.dailyStoryLimit() == 0 ? null : changes.dailyStoryLimit());
        }
        if (changes.dailySpendLimitUsd() != null) {
            long micros = Money.micros(changes.dailySpendLimitUsd());
            account.limitSpendPerDay(micros == 0 ? null : micros);
        }
    }

    private void applyActive(Account account, boolean active) {
        if (active) {
            account.activate();
        }
        else {
            account.deactivate();
            tokens.revokeAll(account.id());
        }
    }

    private Account find(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
    }

    private static String orElse(@Nullable String value, String current) {
        return value != null ? value : current;
    }
}
