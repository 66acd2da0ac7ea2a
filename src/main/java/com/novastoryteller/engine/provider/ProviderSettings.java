package com.novastoryteller.engine.provider;

import java.time.Duration;
import java.util.function.Predicate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * How every provider is called ({@code storyteller.providers.*}): how long one call may take, how often a
 * throttled or failing call is tried again, when a provider that keeps failing is rested, and whether the
 * embedded engine takes over when a provider fails for good.
 */
@ConfigurationProperties("storyteller.providers")
public record ProviderSettings(@DefaultValue("60s") Duration timeout, @DefaultValue("2") int retries,
        @DefaultValue("true") boolean fallbackToEmbedded, @DefaultValue Breaker breaker) {

    /** The breaker opens when half of the last ten calls (and at least {@code minimumCalls}) failed. */
    public record Breaker(@DefaultValue("5") int minimumCalls, @DefaultValue("30s") Duration openFor) {
    }

    /** A breaker for one provider's capability; failures raised by {@code ignored} types do not count. */
    public CircuitBreaker breaker(String name, Class<? extends Throwable>... ignored) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(Math.max(10, breaker.minimumCalls())).minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(50).waitDurationInOpenState(breaker.openFor()).ignoreExceptions(ignored).build());
    }

    /**
     * How a failed call is tried again, for the clients that take Spring's retry policy: {@code retries} more times,
     * waiting half a second and then twice as long each time, up to a quarter of a second more or less at random so
     * that many callers do not come back at once, never more than eight seconds, and never past the timeout.
     */
    public RetryTemplate retryTemplate() {
        return retryTemplate(failure -> true);
    }

    /** As {@link #retryTemplate()}, trying again only after the failures {@code worthRetrying} picks. */
    public RetryTemplate retryTemplate(Predicate<Throwable> worthRetrying) {
        return new RetryTemplate(RetryPolicy.builder().maxRetries(retries).delay(Duration.ofMillis(500)).multiplier(2)
                .jitter(Duration.ofMillis(250)).maxDelay(Duration.ofSeconds(8)).timeout(timeout)
                .predicate(worthRetrying).build());
    }
}
