package com.novastoryteller.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Serves one byte range at most. A {@code Range} header that asks for several ranges, or that cannot be read,
 * is ignored, as RFC 9110 section 14.2 allows, and the whole body is sent with 200: several ranges cost a part
 * each in a multipart body. A range past the end is a 416 with no body: Spring's answer for a controller's
 * file still carried the whole file.
 */
class SingleRanges extends OncePerRequestFilter {

    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(?<first>\\d{1,18})?-(?<last>\\d{1,18})?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String range = request.getHeader(HttpHeaders.RANGE);
        if (range == null) {
            chain.doFilter(request, response);
        }
        else if (isOneRange(range.strip())) {
            chain.doFilter(request, new NoBodyWhenUnsatisfiable(response));
        }
        else {
            chain.doFilter(new WithoutRange(request), response);
        }
    }

    private static boolean isOneRange(String range) {
        Matcher one = ONE_RANGE.matcher(range);
        if (!one.matches() || one.group("first") == null && one.group("last") == null) {
            return false;
        }
        return one.group("first") == null || one.group("last") == null
                || Long.parseLong(one.group("first")) <= Long.parseLong(one.group("last"));
    }

    private static final class WithoutRange extends HttpServletRequestWrapper {

        WithoutRange(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return isRange(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isRange(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isRange(name)).toList());
        }

        private static boolean isRange(String name) {
            return HttpHeaders.RANGE.equalsIgnoreCase(name) || HttpHeaders.IF_RANGE.equalsIgnoreCase(name);
        }
    }

    private static final class NoBodyWhenUnsatisfiable extends HttpServletResponseWrapper {

        private boolean unsatisfiable;

        NoBodyWhenUnsatisfiable(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            unsatisfiable = status == HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value();
            super.setStatus(status);
            if (unsatisfiable) {
                super.setContentLength(0);
            }
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!unsatisfiable) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!unsatisfiable || !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!unsatisfiable || !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return unsatisfiable ? new Discarded() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return unsatisfiable ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }
    }

    private static final class Discarded extends ServletOutputStream {

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("A discarded body is written at once");
        }
    }
}
