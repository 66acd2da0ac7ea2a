package com.novastoryteller.account;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.novastoryteller.account.internal.LoginThrottle;

/**
 * Checks a username-or-e-mail and password, for the sign-in page and {@code POST /api/login} alike.
 * Repeated wrong passwords for one account or from one address are slowed by the {@link LoginThrottle},
 * which is asked before the password is even looked at.
 */
@Component
public class PasswordAuthentication implements AuthenticationProvider {

    public static final String WRONG_CREDENTIALS = "That username or e-mail and password do not match.";

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    // Compared against when there is no such account, so that a miss takes as long as a wrong password. Hashed off
    // the start-up path (a bcrypt hash is a deliberate fraction of a second); a sign-in before it is done waits for it.
    private final CompletableFuture<String> unusedHash;

    PasswordAuthentication(Accounts accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.unusedHash = CompletableFuture.supplyAsync(() -> passwordEncoder.encode("no account has this password"));
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String login = String.valueOf(request.getName()).strip();
        String password = String.valueOf(request.getCredentials());
        String address = addressOf(request);
        Optional<Account> account = accounts.findForSignIn(login);
        // Keyed by the account when there is one, so switching between username and e-mail earns no extra tries.
        String throttleKey = account.map(found -> found.id().toString()).orElse(login);
        throttle.checkAllowed(throttleKey, address);

        String hash = account.map(Account::passwordHash).orElseGet(unusedHash::join);
        if (!passwordEncoder.matches(password, hash) || account.isEmpty()) {
            throttle.recordFailure(throttleKey, address);
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        throttle.recordSuccess(throttleKey);
        if (passwordEncoder.upgradeEncoding(hash)) {
            hash = passwordEncoder.encode(password);
            accounts.upgradePasswordHash(account.get().id(), hash);
        }
        return PasswordStamp.of(hash).signIn(account.get().asCurrentUser());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
