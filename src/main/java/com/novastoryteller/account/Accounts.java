package com.novastoryteller.account;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.novastoryteller.account.internal.LoginThrottle;
import com.novastoryteller.account.internal.PasswordPolicy;
import com.novastoryteller.account.internal.SignUpsThrottled;
import com.novastoryteller.account.internal.UsernameLookalikes;

/**
 * The accounts module's face: opening accounts, signing in, API tokens and what an account may use in a day.
 * The admin's view of every account is {@link AccountAdministration}.
 */
@Service
@Transactional
public class Accounts {

    private final AccountRepository accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final QuotaProperties quotas;
    private final AccountSpending spending;
    private final PasswordPolicy passwordPolicy;
    private final UsernameLookalikes lookalikes;
    private final LoginThrottle throttle;
    private final StoryStarts storyStarts;
    private final AccountRowLock rowLock;

    Accounts(AccountRepository accounts, ApiTokens tokens, PasswordEncoder passwordEncoder, Clock clock,
            QuotaProperties quotas, AccountSpending spending, PasswordPolicy passwordPolicy,
            UsernameLookalikes lookalikes, LoginThrottle throttle, StoryStarts storyStarts, AccountRowLock rowLock) {
        this.rowLock = rowLock;
        this.passwordPolicy = passwordPolicy;
        this.lookalikes = lookalikes;
        this.throttle = throttle;
        this.storyStarts = storyStarts;
        this.quotas = quotas;
        this.spending = spending;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Signs someone up as a {@link Role#USER}, from the given client address.
     * @throws SignUpsThrottled when the address has tried to sign up too often; the attempt is counted whatever
     *         its answer, so that no address learns in bulk which e-mails have an account
     */
    public UserProfile register(NewAccount details, String address) {
        throttle.checkSignUp(address);
        return open(details, Role.USER);
    }

    /**
     * Opens an account with the given role.
     * @throws WeakPassword when the password policy refuses the password
     * @throws LookalikeUsername when the username mixes alphabets or looks like another account's
     * @throws AccountAlreadyExists when the username or e-mail is taken, compared without case
     */
    public UserProfile open(NewAccount details, Role role) {
        passwordPolicy.weakness(details.password(), details.username(), details.email()).ifPresent(reason -> {
            throw new WeakPassword("password", reason);
        });
        return openAnyway(details, role);
    }

    /**
     * Opens a demo account without asking the password policy: {@code seed-data}'s accounts share the password
     * {@code password} on purpose, as the README says, to be changed before anyone else can reach the installation.
     */
    public UserProfile openDemo(NewAccount details, Role role) {
        return openAnyway(details, role);
    }

    private UserProfile openAnyway(NewAccount details, Role role) {
        if (lookalikes.mixesScripts(details.username())) {
            throw LookalikeUsername.mixedScripts();
        }
        if (accounts.existsByUsernameKey(Account.key(details.username()))) {
            throw AccountAlreadyExists.username();
        }
        // Usernames are few (one per family) and sign-ups throttled, so every one of them can be compared.
        if (accounts.allUsernames().stream().anyMatch(taken -> lookalikes.lookAlike(details.username(), taken))) {
            throw LookalikeUsername.likeAnother();
        }
        if (accounts.existsByEmailKey(Account.key(details.email()))) {
            throw AccountAlreadyExists.email();
        }
        Account account = Account.open(details, passwordEncoder.encode(details.password()), role, clock.instant());
        try {
            return accounts.save(account).profile();
        }
        catch (DuplicateKeyException raceWithAnotherSignUp) {
            throw accounts.existsByUsernameKey(account.usernameKey()) ? AccountAlreadyExists.username()
                    : AccountAlreadyExists.email();
        }
    }

    @Transactional(readOnly = true)
    public UserProfile profile(UUID id) {
        return find(id).profile();
    }

    @Transactional(readOnly = true)
    public boolean anyExists(List<String> usernames) {
        return usernames.stream().anyMatch(username -> accounts.existsByUsernameKey(Account.key(username)));
    }

    /** The usernames of the given accounts, for showing whose a thing is. */
    @Transactional(readOnly = true)
    public Map<UUID, String> usernames(Collection<UUID> ids) {
        Map<UUID, String> usernames = new HashMap<>();
        accounts.findAllById(ids).forEach(account -> usernames.put(account.id(), account.username()));
        return usernames;
    }

    /** A new API token for the account; the caller hands it out once, we keep only its hash. */
    public String issueToken(UUID accountId) {
        return tokens.issue(accountId);
    }

    /** The account an unexpired token belongs to, if that account may still sign in. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> signInWithToken(String token) {
        return tokens.accountFor(token)
                .flatMap(accounts::findById)
                .filter(Account::canSignIn)
                .map(Account::asCurrentUser);
    }

    /** What the account may use in a day: its own limits, or the installation's. */
    @Transactional(readOnly = true)
    public DailyQuota dailyQuota(UUID id) {
        return quotaOf(find(id));
    }

    DailyQuota quotaOf(Account account) {
        Integer stories = account.dailyStoryLimit();
        Long spend = account.dailySpendLimitMicros();
        return new DailyQuota(stories != null ? stories : quotas.storiesPerDay(),
                spend != null ? spend : quotas.spendPerDayMicros());
    }

    /**
     * Counts one more story written for the account today (UTC), if its daily limit allows: false when it does not.
     * Call it first in the transaction that starts the writing: the account's row stays locked until that
     * transaction ends, so that concurrent starts are counted one after the other and never pass the limit.
     */
    public boolean startStory(UUID id) {
        return storyStarts.claim(id, dailyQuota(id).stories());
    }

    /**
     * Makes the family's other changes that count against one of its limits wait until the calling transaction ends,
     * so that two requests at once cannot both find room for one more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdFamily(UUID id) {
        rowLock.hold(id);
    }

    /** How many stories were started for the account today (UTC): new ones, rewrites and changes alike. */
    @Transactional(readOnly = true)
    public int storiesStartedToday(UUID id) {
        return storyStarts.today(id);
    }

    /** What the account's provider calls have cost today (UTC), estimated, in millionths of a dollar. */
    @Transactional(readOnly = true)
    public long spentTodayMicros(UUID id) {
        return spending.today(id);
    }

    /**
     * The account of a signed-in web session as it is now, unless it may no longer sign in or its password changed
     * since the session signed in with the stamped one.
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> stillSignedIn(UUID id, PasswordStamp stamp) {
        return accounts.findById(id).filter(Account::canSignIn)
                .filter(account -> account.passwordStamp().equals(stamp))
                .map(Account::asCurrentUser);
    }

    /** The stamp a session signing in now carries. */
    @Transactional(readOnly = true)
    public PasswordStamp passwordStamp(UUID id) {
        return find(id).passwordStamp();
    }

    public void revokeToken(String token) {
        tokens.revoke(token);
    }

    /** The account that may sign in with this username or e-mail. */
    @Transactional(readOnly = true)
    Optional<Account> findForSignIn(String usernameOrEmail) {
        String key = Account.key(usernameOrEmail);
        return accounts.findByUsernameKey(key).or(() -> accounts.findByEmailKey(key)).filter(Account::canSignIn);
    }

    void upgradePasswordHash(UUID id, String passwordHash) {
        Account account = find(id);
        account.changePasswordHash(passwordHash);
        accounts.save(account);
    }

    /**
     * Gives the account a new e-mail address, for the admin's changes and the family's own alike.
     * @throws AccountAlreadyExists when another account has it, compared without case
     */
    void changeEmail(Account account, String email) {
        if (Account.key(email).equals(account.emailKey())) {
            return;
        }
        if (accounts.existsByEmailKey(Account.key(email))) {
            throw AccountAlreadyExists.email();
        }
        account.changeEmail(email);
    }

    private Account find(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
    }
}
