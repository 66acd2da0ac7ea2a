-- Interaction: revisions that carry on from an earlier one, the choices an interactive story offers,
-- share links, and the admin's hiding of a story (which also closes its share link).
ALTER TABLE story ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;

-- A revision that carries on from another starts with that one's first kept_segments segments.
ALTER TABLE story_revision ADD COLUMN base_revision INT NULL;
ALTER TABLE story_revision ADD COLUMN kept_segments INT NULL;

CREATE TABLE story_choice (
    story_id  CHAR(36)     NOT NULL,
    revision  INT          NOT NULL,
    option_index INT        NOT NULL,
    text      VARCHAR(200) NOT NULL,
    PRIMARY KEY (story_id, revision, option_index),
    CONSTRAINT fk_story_choice_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE TABLE story_share (
    token      VARCHAR(64)  NOT NULL,
    story_id   CHAR(36)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (token),
    CONSTRAINT uq_story_share_story UNIQUE (story_id),
    CONSTRAINT fk_story_share_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
