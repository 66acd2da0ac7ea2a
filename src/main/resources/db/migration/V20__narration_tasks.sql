-- Sentences waiting to be read aloud, as db-scheduler executions: any node with a free narration thread takes one,
-- and one taken by a node that dies is taken again by another once its heartbeat stops. A table of its own, so that
-- the story jobs' scheduler and the narration scheduler never see each other's tasks. Instances are named
-- "<story id>/<revision>/<segment seq>".
CREATE TABLE narration_tasks (
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
CREATE INDEX ix_narration_tasks_execution_time ON narration_tasks (execution_time);
CREATE INDEX ix_narration_tasks_last_heartbeat ON narration_tasks (last_heartbeat);
CREATE INDEX ix_narration_tasks_priority ON narration_tasks (priority DESC, execution_time ASC);
