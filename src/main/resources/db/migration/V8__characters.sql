-- The family's character library, and the characters each story was asked to include. A story keeps its own
-- copy of each (name, words, voice, look), so editing or deleting a library character never changes a story.
CREATE TABLE library_character (
    id             CHAR(36)      NOT NULL,
    version        BIGINT        NOT NULL,
    owner_id       CHAR(36)      NOT NULL,
    name           VARCHAR(80)   NOT NULL,
    name_key       VARCHAR(80)   NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    age            INT           NULL,
    gender         VARCHAR(40)   NULL,
    clothing_style VARCHAR(300)  NULL,
    key_traits     VARCHAR(500)  NULL,
    image_style    VARCHAR(20)   NOT NULL,
    voice          VARCHAR(40)   NULL,
    look_variant   INT           NOT NULL,
    image_key      VARCHAR(200)  NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_library_character_name UNIQUE (owner_id, name_key),
    CONSTRAINT fk_library_character_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);

CREATE TABLE story_character (
    story_id     CHAR(36)      NOT NULL,
    cast_order   INT           NOT NULL,
    character_id CHAR(36)      NULL,
    name         VARCHAR(80)   NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    voice        VARCHAR(40)   NULL,
    kind         VARCHAR(40)   NOT NULL,
    colour       VARCHAR(7)    NULL,
    look_variant INT           NOT NULL,
    PRIMARY KEY (story_id, cast_order),
    CONSTRAINT fk_story_character_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
