package com.novastoryteller.account.internal;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.PasswordStamp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Looks the signed-in account of a web session up again on every request, so that what the admin
 * changes takes effect at once: a deactivated or deleted account is signed out of every browser, and a
 * changed role is the role from the next click on. A session signed in with a password that has since changed
 * (its {@link PasswordStamp} no longer matches) is signed out too, as is one without a stamp. Token requests need
 * no such check; the token filter looks their account up anyway.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private final Accounts accounts;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionAccountCheck(Accounts accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = holder.getContext().getAuthentication();
        if (!BearerToken.isPresent(request) && signedIn != null && signedIn.getPrincipal() instanceof CurrentUser user) {
            Optional<CurrentUser> now = signedIn.getDetails() instanceof PasswordStamp stamp
                    ? accounts.stillSignedIn(user.id(), stamp) : Optional.empty();
            if (now.isEmpty()) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            else if (!now.get().equals(user)) {
                var context = holder.createEmptyContext();
                context.setAuthentication(((PasswordStamp) signedIn.getDetails()).signIn(now.get()));
                holder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
