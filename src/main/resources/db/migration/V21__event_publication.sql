-- Spring Modulith's event publication registry: an event another module reacts to after the commit (an edited
-- story to read aloud again) is stored here in the transaction that published it, and marked done (deleted) once
-- the reaction ran. What a crash or a failure left undone is tried again (StalledReactions). Laid out as
-- spring-modulith-events-jdbc 2.0 expects; its table name is upper case, which MariaDB keeps.
CREATE TABLE EVENT_PUBLICATION (
    ID                     ${uuid_type}    NOT NULL,
    LISTENER_ID            VARCHAR(512)    NOT NULL,
    EVENT_TYPE             VARCHAR(512)    NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000)   NOT NULL,
    PUBLICATION_DATE       ${instant_type} NOT NULL,
    COMPLETION_DATE        ${instant_type} NULL,
    STATUS                 VARCHAR(20)     NULL,
    COMPLETION_ATTEMPTS    INT             NULL,
    LAST_RESUBMISSION_DATE ${instant_type} NULL,
    PRIMARY KEY (ID)
);
CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
