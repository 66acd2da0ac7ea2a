package com.novastoryteller.engine.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.engine.Continuation;
import com.novastoryteller.engine.StoryLine;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * What happens when a provider fails for good while writing: the embedded writer takes over (from the start, or
 * after what was already told), or, when the installation turned that off, the failure goes on to the job, which
 * marks the story failed. Only the kind of failure is logged, never the provider's message (it may echo a key).
 * Calls go through a circuit breaker: after repeated failures the provider is not called for a while, and the
 * embedded writer (or the failure) comes at once.
 */
final class ProviderFallback {

    private static final Logger log = LoggerFactory.getLogger(ProviderFallback.class);

    private final String provider;
    private final boolean enabled;
    private final StoryWriter embedded;
    private final CircuitBreaker breaker;

    ProviderFallback(String provider, boolean enabled, StoryWriter embedded, CircuitBreaker breaker) {
        this.provider = provider;
        this.enabled = enabled;
        this.embedded = embedded;
        this.breaker = breaker;
    }

    /**
     * A breaker that opens when at least half of the last ten calls (and {@code minimumCalls} of them) failed, and
     * lets a call through again after {@code openFor}: a provider that is down is rested, not hammered.
     */
    static CircuitBreaker breaker(String name, int minimumCalls, Duration openFor) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom().slidingWindowSize(Math.max(10, minimumCalls))
                .minimumNumberOfCalls(minimumCalls).failureRateThreshold(50).waitDurationInOpenState(openFor)
                .ignoreExceptions(FromConsumer.class).build());
    }

    interface Attempt {
        void write(Consumer<String> lines);
    }

    void write(StoryRequest request, Consumer<String> lines, Attempt attempt) {
        List<String> told = new ArrayList<>();
        try {
            breaker.executeRunnable(() -> attempt.write(line -> {
                if (StoryLine.parse(line).filter(read -> read.label().equals(StoryLine.NOTICE)).isPresent()) {
                    return; // a provider may not write to the family: only the product does
                }
                try {
                    lines.accept(line);
                }
                catch (RuntimeException notTheProviders) {
                    throw new FromConsumer(notTheProviders);
                }
                told.add(line);
            }));
        }
        catch (FromConsumer e) {
            throw e.failure();
        }
        catch (RuntimeException failure) {
            if (failure.getCause() instanceof FromConsumer e) {
                throw e.failure();
            }
            if (!enabled) {
                throw new ProviderFailure(provider + " could not write the story (" + kind(failure) + ")");
            }
            log.warn("{} failed while writing ({}); the embedded writer finishes the story", provider, kind(failure));
            if (told.stream().noneMatch(line -> StoryLine.parse(line).filter(StoryLine::isSpoken).isPresent())) {
                lines.accept(StoryLine.NOTICE + ": " + provider + " could not be reached, so the offline storyteller"
                        + " told this story.");
                embedded.write(request, lines);
                return;
            }
            lines.accept(StoryLine.NOTICE + ": " + provider + " stopped part-way, so the offline storyteller told the"
                    + " rest of this story.");
            List<String> soFar = new ArrayList<>();
            if (request.continuation() != null) {
                soFar.addAll(request.continuation().storySoFar());
            }
            told.stream().filter(line -> !line.startsWith(StoryLine.TITLE + ":")).forEach(soFar::add);
            embedded.write(new StoryRequest(request.prompt(), request.template(), request.ageBand(), request.length(),
                    request.language(), request.characters(), request.imageDescription(), request.modifications(),
                    request.title(), request.seed(), request.interactive(),
                    new Continuation(Continuation.Kind.INTERRUPT, soFar, null,
                            request.continuation() == null ? List.of() : request.continuation().path())), lines);
        }
    }

    /** The innermost cause's type ("InternalServerException"): what went wrong, without its message. */
    private static String kind(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "resting after repeated failures";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /** A provider failed for good; its message says which and how, never what the provider said (it may echo a key). */
    static final class ProviderFailure extends RuntimeException {

        ProviderFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** A failure that came from handing a line on (the story was superseded, say), not from the provider. */
    private static final class FromConsumer extends RuntimeException {

        FromConsumer(RuntimeException failure) {
            super(failure);
        }

        RuntimeException failure() {
            return (RuntimeException) getCause();
        }
    }
}
