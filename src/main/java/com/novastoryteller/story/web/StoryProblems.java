package com.novastoryteller.story.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.novastoryteller.media.ImageRefused;
import com.novastoryteller.story.DailyLimitReached;
import com.novastoryteller.story.InteractionRefused;
import com.novastoryteller.story.StoryNotFound;
import com.novastoryteller.story.UnsafeRequest;
import com.novastoryteller.web.Problems;

@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoryProblems {

    static final List<String> SUGGESTIONS = List.of(
            "a brave astronaut who finds a friendly star",
            "a dragon who is afraid of the dark and learns to be brave",
            "a mystery about a missing birthday cake",
            "a little robot who wants to learn to dance");

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(StoryNotFound e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(ImageRefused e) {
        ProblemDetail problem = Problems.of(e.status(), e.kind(), "Picture not accepted", e.getMessage());
        problem.setProperty("errors", Map.of("image", e.getMessage()));
        return ResponseEntity.status(e.status()).body(problem);
    }

    /** Said to a child who wrote about hurting themselves or not eating: the story waits, a grown-up can help. */
    static final String SUPPORT = "If you are feeling sad, or thinking about hurting yourself, please tell a grown-up you trust,"
            + " like a parent, a teacher or a doctor. You matter, and they will want to help.";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(InteractionRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, e.type(), "Not just now", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(DailyLimitReached e) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "daily-limit", "That's all the stories for today",
                e.getMessage());
        if (e.storyLimit() != null) {
            problem.setProperty("limit", e.storyLimit());
        }
        problem.setProperty("resets_at", e.resetsAt());
        long seconds = Math.max(1, Duration.between(Instant.now(), e.resetsAt()).toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(UnsafeRequest e) {
        String detail = "That idea is not one we can make a story about. How about something happy, funny or exciting instead?";
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unsafe-request", "Let's try another idea",
                e.needsSupport() ? detail + " " + SUPPORT : detail);
        problem.setProperty("errors", Map.of(e.field(), "Please choose a kinder idea."));
        problem.setProperty("suggestions", SUGGESTIONS);
        if (e.needsSupport()) {
            problem.setProperty("support", SUPPORT);
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
