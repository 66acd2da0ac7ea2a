-- Stories, their revisions, parts and segments; generation tasks; and db-scheduler's durable job table.
-- ${binary_type} is the one word the databases disagree on (BYTEA on PostgreSQL, BLOB elsewhere).
CREATE TABLE story (
    id                CHAR(36)      NOT NULL,
    version           BIGINT        NOT NULL,
    owner_id          CHAR(36)      NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    title_given       BOOLEAN       NOT NULL,
    prompt            VARCHAR(2000) NOT NULL,
    template          VARCHAR(20)   NOT NULL,
    age_band          VARCHAR(10)   NOT NULL,
    language          VARCHAR(20)   NOT NULL,
    length            VARCHAR(10)   NOT NULL,
    interactive       BOOLEAN       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    revision          INT           NOT NULL,
    published         BOOLEAN       NOT NULL,
    seed              BIGINT        NOT NULL,
    image_description VARCHAR(2000) NULL,
    task_id           CHAR(36)      NULL,
    failure           VARCHAR(500)  NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_story_owner FOREIGN KEY (owner_id) REFERENCES account (id)
);
CREATE INDEX ix_story_owner_created ON story (owner_id, created_at);
CREATE INDEX ix_story_created ON story (created_at);

CREATE TABLE story_revision (
    story_id    CHAR(36)      NOT NULL,
    revision    INT           NOT NULL,
    reason      VARCHAR(20)   NOT NULL,
    instruction VARCHAR(2000) NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (story_id, revision),
    CONSTRAINT fk_story_revision_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE TABLE story_part (
    story_id   CHAR(36)     NOT NULL,
    revision   INT          NOT NULL,
    part_index INT          NOT NULL,
    title      VARCHAR(200) NOT NULL,
    PRIMARY KEY (story_id, revision, part_index),
    CONSTRAINT fk_story_part_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE TABLE story_segment (
    story_id   CHAR(36)      NOT NULL,
    revision   INT           NOT NULL,
    seq        INT           NOT NULL,
    part_index INT           NOT NULL,
    speaker    VARCHAR(60)   NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (story_id, revision, seq),
    CONSTRAINT fk_story_segment_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE TABLE generation_task (
    id          CHAR(36)     NOT NULL,
    version     BIGINT       NOT NULL,
    story_id    CHAR(36)     NOT NULL,
    revision    INT          NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    progress    INT          NOT NULL,
    attempts    INT          NOT NULL,
    error       VARCHAR(500) NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    started_at  TIMESTAMP(6) NULL,
    finished_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_generation_task_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
CREATE INDEX ix_generation_task_created ON generation_task (created_at);

CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)   NOT NULL,
    task_instance        VARCHAR(100)   NOT NULL,
    task_data            ${binary_type} NULL,
    execution_time       TIMESTAMP(6)   NOT NULL,
    picked               BOOLEAN        NOT NULL,
    picked_by            VARCHAR(50)    NULL,
    last_success         TIMESTAMP(6)   NULL,
    last_failure         TIMESTAMP(6)   NULL,
    consecutive_failures INT            NULL,
    last_heartbeat       TIMESTAMP(6)   NULL,
    version              BIGINT         NOT NULL,
    priority             SMALLINT       NULL,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
