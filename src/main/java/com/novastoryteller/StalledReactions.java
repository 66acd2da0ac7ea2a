package com.novastoryteller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tries again the reactions to events that never finished: Spring Modulith keeps every event a module reacts to
 * after the commit ({@code @ApplicationModuleListener}) in the event publication registry until the reaction has
 * run, so one cut short by a crash, or failed on a busy database, is still there. Every node tries those older than
 * {@code storyteller.events.retry-after}, a few times each and for a day at most; the reactions are written so that
 * running one twice (two nodes, or a slow first attempt) does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StalledReactions {

    static final int ATTEMPTS = 5;
    /** A reaction that has not run in a day is about a story nobody is waiting for any more. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;
    private final Clock clock;

    StalledReactions(IncompleteEventPublications incomplete,
            @Value("${storyteller.events.retry-after:1m}") Duration retryAfter, Clock clock) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${storyteller.events.retry-after:1m}",
            fixedDelayString = "${storyteller.events.retry-after:1m}")
    void retry() {
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(publication -> publication.getCompletionAttempts() < ATTEMPTS
                && publication.getPublicationDate().isBefore(now.minus(retryAfter))
                && publication.getPublicationDate().isAfter(now.minus(GIVE_UP_AFTER)));
    }
}
