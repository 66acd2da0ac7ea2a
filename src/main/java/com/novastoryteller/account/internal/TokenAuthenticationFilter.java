package com.novastoryteller.account.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs an API request in by its token. A request that carries an {@code Authorization} header is
 * judged by that header alone: a wrong or expired token leaves it anonymous even if a session cookie
 * came along, which is also why such requests need no CSRF token.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    TokenAuthenticationFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (BearerToken.isPresent(request)) {
            Optional<CurrentUser> user = BearerToken.from(request).flatMap(accounts::signInWithToken);
            var context = contexts.createEmptyContext();
            user.ifPresent(signedIn -> context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    signedIn, null, List.of(new SimpleGrantedAuthority(signedIn.role().authority())))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
