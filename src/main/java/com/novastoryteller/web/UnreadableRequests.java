package com.novastoryteller.web;

import java.io.IOException;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads a request's parameters, and a multipart request's parts, before anything else does, and refuses the
 * request when they cannot be read: a percent-escape that is not UTF-8 ({@code q=%C0%AF}), a multipart body
 * that ends before its first part. Read later, by Spring Security or a controller, the same failure was a 500
 * and 150 lines of stack trace per 100-byte request. The refusal goes through the error page, so a browser
 * sees a page and everyone else a problem detail; it is logged on one line, at debug level.
 */
class UnreadableRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Exception unreadable = unreadable(request);
        if (unreadable == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpStatus refusal = isOverLimit(unreadable) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        log.debug("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), refusal.value(), unreadable);
        // Named as the error's cause, the failure tells the error page's dispatch not to parse the body again.
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
                new MultipartException("The request's parameters or parts cannot be read", unreadable));
        response.sendError(refusal.value());
    }

    private static @Nullable Exception unreadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            if (isMultipart(request)) {
                request.getParts();
            }
            return null;
        }
        catch (RuntimeException | IOException | ServletException unreadable) {
            // Tomcat reports a body it cannot parse as an InvalidParameterException, an IllegalStateException in some
            // versions and a plain RuntimeException in others
            return unreadable;
        }
    }

    /** As Spring's multipart resolver decides, so that whatever it would parse has been parsed here first. */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isOverLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException || cause instanceof FileCountLimitExceededException
                    || cause instanceof InvalidParameterException invalid
                            && invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                return true;
            }
        }
        return false;
    }
}
