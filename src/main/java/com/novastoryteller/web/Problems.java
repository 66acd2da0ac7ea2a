package com.novastoryteller.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Problem details (RFC 9457) with a stable {@code type} per kind of problem, e.g.
 * {@code /problems/validation}. Each type has a page that explains it.
 */
public final class Problems {

    private Problems() {
    }

    public static URI type(String kind) {
        return URI.create("/problems/" + kind);
    }

    public static ProblemDetail of(HttpStatusCode status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(kind));
        problem.setTitle(title);
        return problem;
    }

    /** A 404: there is nothing at the address, or it is not the caller's to see (another family's is "not found"). */
    public static ResponseEntity<ProblemDetail> notFound(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail));
    }

    /** A 400 whose {@code errors} map names each field that is wrong and why. */
    public static ProblemDetail invalid(String detail, Map<String, String> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "validation", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
