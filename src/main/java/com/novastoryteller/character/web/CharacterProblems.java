package com.novastoryteller.character.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.novastoryteller.character.CharacterNameTaken;
import com.novastoryteller.character.CharacterNotFound;
import com.novastoryteller.character.LibraryFull;
import com.novastoryteller.web.Problems;

@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CharacterProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(CharacterNotFound e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(CharacterNameTaken e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "name-taken", "Name already used", e.getMessage());
        problem.setProperty("errors", Map.of("name", e.getMessage()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(LibraryFull e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, "library-full", "Character library full", e.getMessage()));
    }
}
