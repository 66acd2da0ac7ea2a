-- Narration: each spoken clip is stored once, under a key made from its voice and words, so unchanged
-- segments of a new revision reuse their audio; the voice cast of each story stays fixed.
CREATE TABLE narration_clip (
    clip_key    CHAR(64)     NOT NULL,
    voice       VARCHAR(40)  NOT NULL,
    media_key   VARCHAR(200) NOT NULL,
    duration_ms INT          NOT NULL,
    words       TEXT         NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (clip_key)
);

CREATE TABLE story_voice (
    story_id CHAR(36)    NOT NULL,
    speaker  VARCHAR(60) NOT NULL,
    voice    VARCHAR(40) NOT NULL,
    PRIMARY KEY (story_id, speaker),
    CONSTRAINT fk_story_voice_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
