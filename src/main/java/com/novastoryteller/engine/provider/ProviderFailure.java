package com.novastoryteller.engine.provider;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A provider failed for good; its message says which and how, never what the provider said (it may echo a key).
 * Met while answering a request, it is a 503 problem ({@code /problems/provider-unavailable}).
 */
public final class ProviderFailure extends ErrorResponseException {

    private final String reason;

    public ProviderFailure(String reason) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(reason), null);
        this.reason = reason;
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                reason + ". Please try again in a little while.");
        problem.setType(URI.create("/problems/provider-unavailable"));
        problem.setTitle("A provider is not answering");
        return problem;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
