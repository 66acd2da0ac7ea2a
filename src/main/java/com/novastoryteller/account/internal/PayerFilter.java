package com.novastoryteller.account.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.usage.Payer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in request's provider calls (reading a drawing, hearing a recording, checking words) are its family's. */
class PayerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof CurrentUser user) {
            try (Payer.Scope bound = Payer.bind(user.id())) {
                chain.doFilter(request, response);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
