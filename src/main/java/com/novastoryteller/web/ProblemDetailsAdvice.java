package com.novastoryteller.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The generic problems of every API call: invalid fields, unreadable JSON, too large a body, and the
 * unexpected, which is logged and answered without a stack trace. Modules map their own exceptions.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, FieldError> first = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(error -> first.merge(SnakeCase.of(error.getField()), error,
                (kept, other) -> FirstErrors.ORDER.compare(other, kept) < 0 ? other : kept));
        Map<String, String> errors = new LinkedHashMap<>();
        first.forEach((field, error) -> errors.put(field, message(error)));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.putIfAbsent(error.getObjectName(), String.valueOf(error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(Problems.invalid("Some fields need another look.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimit.isCause(e)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestBodyLimit.problem());
        }
        return ResponseEntity.badRequest().body(unreadable(e.getCause()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(InvalidRequest e) {
        return ResponseEntity.badRequest().body(Problems.invalid(e.getMessage(), e.errors()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong", "Something went wrong on our side. Please try again in a moment."));
    }

    private static ProblemDetail unreadable(@Nullable Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.invalid("The request has a field this call does not take.",
                    Map.of(path(unknown), "Unknown field."));
        }
        if (cause instanceof StreamReadException) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON.");
        }
        if (cause instanceof JacksonException wrongValue && !wrongValue.getPath().isEmpty()) {
            return Problems.invalid("Some fields have the wrong type of value.",
                    Map.of(path(wrongValue), "This value has the wrong type or form."));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "The request needs a JSON body.");
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "This value is not valid.";
    }
}
