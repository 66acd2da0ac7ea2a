package com.novastoryteller.story;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live event stream of each story ({@code status}, {@code part}, {@code segment}, {@code audio},
 * {@code done}, {@code error}), for the pages and API clients that watch a story being written, on whichever
 * node they are connected to. An event is written to the {@code story_event} table in the transaction of the
 * change that caused it, so it exists if and only if the change does; once that commits, this node's listeners
 * get it at once, and the other nodes' listeners from the table ({@link StoryEventFeed}).
 */
@Component
class StoryEvents {

    // Long enough for the longest story to be written; the browser's EventSource reconnects after it.
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);

    private final StoryEventLog eventLog;
    private final StoryEventFeed feed;
    private final StoryEventNotifications notifications;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StoryEvents(StoryEventLog eventLog, StoryEventFeed feed, StoryEventNotifications notifications, JdbcClient jdbc,
            JsonMapper json, PlatformTransactionManager transactionManager, Clock clock) {
        this.eventLog = eventLog;
        this.feed = feed;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A new listener; live events wait until {@link #goLive}, after what it was sent first. */
    StoryListener subscribe(UUID storyId) {
        return feed.listen(storyId, new SseEmitter(STREAM_TIMEOUT.toMillis()));
    }

    /**
     * Sends the listener live events after number {@code seq}, starting with any that another node committed while
     * the listener was being sent what came before (their notification found it not live yet).
     */
    void goLive(StoryListener listener, long seq) {
        listener.goLive(seq);
        feed.readSoon(listener.storyId);
    }

    /** The event as the stream carries it: its JSON. */
    String payload(Object data) {
        return json.writeValueAsString(data);
    }

    /** Publishes the event with the transaction under way, or at once when there is none. */
    void publishAfterCommit(UUID storyId, String kind, Object data) {
        StoryEvent.Unwritten event = new StoryEvent.Unwritten(kind, payload(data));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            pendingInThisTransaction().add(storyId, event);
        }
        else {
            List<StoryEvent> written = transactions.execute(status -> write(Map.of(storyId, List.of(event))));
            feed.deliver(written == null ? List.of() : written);
        }
    }

    private List<StoryEvent> write(Map<UUID, List<StoryEvent.Unwritten>> byStory) {
        List<StoryEvent> written = new ArrayList<>();
        byStory.forEach((storyId, events) -> written.addAll(eventLog.append(storyId, events, clock.instant())));
        notifications.announce(jdbc, byStory.keySet());
        return written;
    }

    // A synchronization, not a bound resource: Spring suspends those with the transaction (REQUIRES_NEW).
    private Pending pendingInThisTransaction() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending pending && pending.owner == this) {
                return pending;
            }
        }
        Pending pending = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The events of one transaction: numbered and written just before it commits, delivered here just after. */
    private static final class Pending implements TransactionSynchronization {

        private final StoryEvents owner;
        private final Map<UUID, List<StoryEvent.Unwritten>> byStory = new LinkedHashMap<>();
        private @Nullable List<StoryEvent> written;

        Pending(StoryEvents owner) {
            this.owner = owner;
        }

        void add(UUID storyId, StoryEvent.Unwritten event) {
            byStory.computeIfAbsent(storyId, id -> new ArrayList<>()).add(event);
        }

        // Written last, so the story row (whose count numbers the events) stays locked only until the commit.
        @Override
        public void beforeCommit(boolean readOnly) {
            written = owner.write(byStory);
        }

        @Override
        public void afterCommit() {
            if (written != null) {
                owner.feed.deliver(written);
            }
        }
    }

    record StatusEvent(String status, int revision) {
    }

    record PartEvent(int index, String title, int revision) {
    }

    record SegmentEvent(int seq, int part, String speaker, String text, int revision) {
    }

    record AudioEvent(int seq, String audio, long durationMs, int revision) {
    }

    record IllustrationEvent(int part, @Nullable String illustration, int revision) {
    }

    record ChoiceEvent(int index, String text, int revision) {
    }

    record DoneEvent(String status, int revision, String title) {
    }

    record ErrorEvent(String message, int revision) {
    }
}
