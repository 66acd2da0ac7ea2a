package com.novastoryteller.account.internal;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Back to the sign-in page, saying whether the password was wrong or the wait is not over yet. */
public class SignInFailureHandler implements AuthenticationFailureHandler {

    /** The session attribute that keeps what was typed as username, so the page can fill it in again. */
    public static final String LAST_LOGIN = "signin.lastLogin";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String login = request.getParameter("username");
        if (login != null && login.length() <= 254) {
            request.getSession().setAttribute(LAST_LOGIN, login);
        }
        String target = exception instanceof LoginThrottled throttled
                ? "/signin?wait=" + throttled.retryAfterSeconds() : "/signin?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
