package com.novastoryteller.account.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.UserProfile;
import com.novastoryteller.account.internal.BearerToken;
import com.novastoryteller.web.InvalidRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
@Tag(name = "Accounts")
class AccountApi {

    private final Accounts accounts;
    private final AuthenticationManager authentication;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    AccountApi(Accounts accounts, AuthenticationManager authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Operation(summary = "Sign up; answers with a token and the new user; 429 after too many sign-ups from one address")
    @PostMapping("/register")
    ResponseEntity<SignedIn> register(@Valid @RequestBody NewAccount account, HttpServletRequest request) {
        UserProfile user = accounts.register(account, request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/current-user"))
                .body(new SignedIn(accounts.issueToken(user.id()), user));
    }

    @Operation(summary = "Sign in by username or e-mail; answers with a token")
    @PostMapping("/login")
    SignedIn login(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials.login(), credentials.password());
        attempt.setDetails(details.buildDetails(request));
        Authentication signedIn = authentication.authenticate(attempt);
        CurrentUser user = (CurrentUser) signedIn.getPrincipal();
        return new SignedIn(accounts.issueToken(user.id()), accounts.profile(user.id()));
    }

    @Operation(summary = "Sign out: the token (or the session) stops working")
    @PostMapping("/logout")
    ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response, Authentication current) {
        BearerToken.from(request).ifPresentOrElse(accounts::revokeToken,
                () -> new SecurityContextLogoutHandler().logout(request, response, current));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The signed-in user")
    @GetMapping("/current-user")
    UserProfile currentUser(@AuthenticationPrincipal CurrentUser user) {
        return accounts.profile(user.id());
    }

    record SignedIn(String token, UserProfile user) {
    }

    record Credentials(
            @Size(max = 254, message = "A username or e-mail has at most 254 characters.") @Nullable String username,
            @Size(max = 254, message = "An e-mail address has at most 254 characters.") @Nullable String email,
            @NotBlank(message = "Please enter your password.") @Size(max = 128) String password) {

        String login() {
            String login = username != null && !username.isBlank() ? username : email;
            if (login == null || login.isBlank()) {
                throw new InvalidRequest("username", "Please enter your username or e-mail.");
            }
            return login;
        }
    }
}
