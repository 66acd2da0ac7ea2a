package com.novastoryteller.engine.provider;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;
import com.novastoryteller.usage.Usage;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * One provider's capability behind a circuit breaker, with the embedded engine to take over when the provider
 * fails for good (unless the installation turned that off, when a clean {@link ProviderFailure} goes on). Only the
 * kind of failure is logged, never the provider's message: it may echo a key.
 */
public final class ProviderGuard {

    private static final Logger log = LoggerFactory.getLogger(ProviderGuard.class);

    private final Provider provider;
    private final String capability;
    private final String doing;
    private final boolean fallBack;
    private final CircuitBreaker breaker;
    private final ProviderUsage usage;

    /**
     * @param capability  as the settings name it ("illustrator")
     * @param doing       what the provider was asked, as "could not …" goes on ("draw the picture")
     */
    public ProviderGuard(Provider provider, String capability, String doing, ProviderSettings settings,
            ProviderUsage usage) {
        this.provider = provider;
        this.capability = capability;
        this.doing = doing;
        this.fallBack = settings.fallbackToEmbedded();
        this.breaker = settings.breaker(provider.id() + "-" + capability);
        this.usage = usage;
    }

    /** The provider's answer; if it fails for good, the embedded engine's (or a {@link ProviderFailure}). */
    public <T> T call(Supplier<Used<T>> fromProvider, Supplier<T> embedded) {
        try {
            Used<T> answer = breaker.executeSupplier(fromProvider);
            usage.used(provider, capability, answer.usage());
            return answer.value();
        }
        catch (RuntimeException failure) {
            usage.failed(provider, capability);
            if (!fallBack) {
                throw new ProviderFailure(provider.displayName() + " could not " + doing + " (" + kind(failure) + ")");
            }
            log.warn("{} could not {} ({}); the embedded engine does it instead", provider.displayName(), doing,
                    kind(failure));
            return embedded.get();
        }
    }

    /** A provider's answer and what it cost. */
    public record Used<T>(T value, Usage usage) {
    }

    /** The innermost cause's type ("InternalServerException"): what went wrong, without its message. */
    static String kind(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "resting after repeated failures";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
