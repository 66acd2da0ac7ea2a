package com.novastoryteller.engine.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
     * The pause before retry {@code attempt} (1, 2, …): doubling from half a second, with up to half of it again at
     * random so that many callers do not come back at once, and never more than eight seconds. With the default
     * two retries and one-minute timeout, a provider that stays down is given up on well within two minutes.
     */
    public static Duration backoff(int attempt) {
        long base = Math.min(8_000, 500L << Math.min(attempt - 1, 4));
        return Duration.ofMillis(base + (long) (Math.random() * base / 2));
    }
}
