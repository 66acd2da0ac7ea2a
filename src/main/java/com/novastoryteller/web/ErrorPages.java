package com.novastoryteller.web;

import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors that happen outside a controller (an unknown address, a failure in a filter): a friendly
 * page for a browser, a problem detail for everyone else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String message = switch (status) {
            case NOT_FOUND -> "We looked everywhere, but this page is not here.";
            case FORBIDDEN -> "This page is for the grown-up who runs this installation, not for your account.";
            default -> status.is4xxClientError() ? "Something about that request did not work."
                    : "Something went wrong on our side. Please try again in a moment.";
        };
        return new ModelAndView("error", Map.of("status", status.value(), "message", message), status);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String detail = switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case CONTENT_TOO_LARGE -> "The request body is larger than this call accepts.";
            default -> status.is4xxClientError() ? "The request could not be understood."
                    : "Something went wrong on our side. Please try again in a moment.";
        };
        String kind = switch (status) {
            case NOT_FOUND -> "not-found";
            case CONTENT_TOO_LARGE -> "too-large";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, kind, status.getReasonPhrase(), detail));
    }

    /** The status of the error being shown; a visit to {@code /error} itself, with no error behind it, finds nothing. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
