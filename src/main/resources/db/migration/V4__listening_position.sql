-- Where each listener stopped in a story, so the player can offer to continue from there.
CREATE TABLE listening_position (
    story_id   CHAR(36)     NOT NULL,
    account_id CHAR(36)     NOT NULL,
    segment    INT          NOT NULL,
    offset_ms  INT          NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (story_id, account_id),
    CONSTRAINT fk_listening_position_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_listening_position_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
