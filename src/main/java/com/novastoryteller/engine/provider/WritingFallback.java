package com.novastoryteller.engine.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.engine.Continuation;
import com.novastoryteller.engine.StoryLine;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.embedded.EmbeddedStoryWriter;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;
import com.novastoryteller.usage.Usage;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * What happens when a provider fails for good while writing: the embedded writer takes over (from the start, or
 * after what was already told), or, when the installation turned that off, the failure goes on to the job, which
 * marks the story failed. Only the kind of failure is logged, never the provider's message (it may echo a key).
 * Calls go through a circuit breaker: after repeated failures the provider is not called for a while, and the
 * embedded writer (or the failure) comes at once.
 */
public final class WritingFallback {

    private static final Logger log = LoggerFactory.getLogger(WritingFallback.class);

    private final Provider provider;
    private final boolean enabled;
    private final StoryWriter embedded = new EmbeddedStoryWriter();
    private final CircuitBreaker breaker;
    private final ProviderUsage usage;

    public WritingFallback(Provider provider, ProviderSettings settings, ProviderUsage usage) {
        this.provider = provider;
        this.enabled = settings.fallbackToEmbedded();
        this.breaker = settings.breaker(provider.id() + "-writer", FromConsumer.class);
        this.usage = usage;
    }

    /** One try at writing with the provider, handing on each line; it answers what the provider used. */
    public interface Attempt {
        Usage write(Consumer<String> lines);
    }

    public void write(StoryRequest request, Consumer<String> lines, Attempt attempt) {
        List<String> told = new ArrayList<>();
        try {
            Usage used = breaker.executeSupplier(() -> attempt.write(handingOn(lines, told)));
            usage.used(provider, "writer", used);
        }
        catch (FromConsumer e) {
            throw e.failure();
        }
        catch (RuntimeException failure) {
            for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof FromConsumer e) {
                    throw e.failure(); // however deep a client wrapped it, it was not the provider's
                }
            }
            usage.failed(provider, "writer");
            takeOver(request, lines, told, ProviderGuard.kind(failure));
        }
    }

    /** Hands the provider's lines on, and keeps them in {@code told}; a notice from the provider is dropped. */
    private static Consumer<String> handingOn(Consumer<String> lines, List<String> told) {
        return line -> {
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
        };
    }

    /** The embedded writer tells the story, or the rest of it after what the provider {@code told}. */
    private void takeOver(StoryRequest request, Consumer<String> lines, List<String> told, String kind) {
        if (!enabled) {
            throw new ProviderFailure(provider.displayName() + " could not write the story (" + kind + ")");
        }
        log.warn("{} failed while writing ({}); the embedded writer finishes the story", provider.displayName(), kind);
        if (told.stream().noneMatch(line -> StoryLine.parse(line).filter(StoryLine::isSpoken).isPresent())) {
            lines.accept(StoryLine.NOTICE + ": " + provider.displayName() + " could not be reached, so the offline storyteller"
                    + " told this story.");
            embedded.write(request, lines);
            return;
        }
        lines.accept(StoryLine.NOTICE + ": " + provider.displayName() + " stopped part-way, so the offline storyteller told the"
                + " rest of this story.");
        embedded.write(interruptedAfter(request, told), lines);
    }

    /** The request again, as a story interrupted after what was told so far (its title aside). */
    private static StoryRequest interruptedAfter(StoryRequest request, List<String> told) {
        List<String> soFar = new ArrayList<>();
        if (request.continuation() != null) {
            soFar.addAll(request.continuation().storySoFar());
        }
        told.stream().filter(line -> !line.startsWith(StoryLine.TITLE + ":")).forEach(soFar::add);
        return new StoryRequest(request.prompt(), request.template(), request.ageBand(), request.length(),
                request.language(), request.characters(), request.imageDescription(), request.modifications(),
                request.title(), request.seed(), request.interactive(),
                new Continuation(Continuation.Kind.INTERRUPT, soFar, null,
                        request.continuation() == null ? List.of() : request.continuation().path()));
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
