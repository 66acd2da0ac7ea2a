package com.novastoryteller.account.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.novastoryteller.account.AccountAlreadyExists;
import com.novastoryteller.account.AccountChangeRefused;
import com.novastoryteller.account.AccountNotFound;
import com.novastoryteller.account.PasswordAuthentication;
import com.novastoryteller.account.internal.LoginThrottled;
import com.novastoryteller.account.internal.SignUpsThrottled;
import com.novastoryteller.web.Problems;

@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(AccountAlreadyExists e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Already taken", e.getMessage());
        problem.setProperty("errors", Map.of(e.field(), e.getMessage()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(LoginThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                        "Too many wrong passwords. Please wait " + e.retryAfterSeconds()
                                + " seconds before trying again."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(SignUpsThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "wrong-credentials", "Wrong credentials",
                        PasswordAuthentication.WRONG_CREDENTIALS));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(AccountNotFound e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(AccountChangeRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, "refused", "Not allowed", e.getMessage()));
    }
}
