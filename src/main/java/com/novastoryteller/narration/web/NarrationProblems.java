package com.novastoryteller.narration.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.novastoryteller.web.Problems;

@RestControllerAdvice(annotations = RestController.class)
class NarrationProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(NarrationUnavailable e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, "not-ready", "Not ready to be heard", e.getMessage()));
    }
}
