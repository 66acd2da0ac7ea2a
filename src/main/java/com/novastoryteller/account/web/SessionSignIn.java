package com.novastoryteller.account.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.internal.BearerToken;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signs a browser session in with the account's current {@link PasswordStamp}. */
@Component
class SessionSignIn {

    private final Accounts accounts;
    private final SecurityContextRepository contexts;

    SessionSignIn(Accounts accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(accounts.passwordStamp(user.id()).signIn(user));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }

    /**
     * After a password change every other session is signed out; the one the change came from (if it came from a
     * session, not a token) stays, under a new id and with the new stamp.
     */
    void keepSignedIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        if (!BearerToken.isPresent(request) && request.getSession(false) != null) {
            signIn(user, request, response);
        }
    }
}
