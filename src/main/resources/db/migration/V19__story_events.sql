-- Every event a story publishes (status, part, segment, audio, done...), so that a listener on any node gets it and a
-- client that reconnects with Last-Event-ID gets what it missed. seq numbers a story's events 1, 2, 3... in the order
-- they were committed: the transaction that writes an event counts story.last_event_seq up, which holds the story
-- row until it commits, so no event can commit after a later one of the same story. Rows are pruned some time after
-- they were written (storyteller.events.keep); the count on the story stays, so a number is never used twice.
ALTER TABLE story ADD COLUMN last_event_seq BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE story_event (
    story_id   CHAR(36)     NOT NULL,
    seq        BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    payload    TEXT         NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (story_id, seq),
    CONSTRAINT fk_story_event_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE INDEX ix_story_event_created ON story_event (created_at);
