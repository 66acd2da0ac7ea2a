-- What each provider was asked to do, per day, for the admin's figures and estimated cost. Nothing about the
-- family or the story is kept here: only counts.
CREATE TABLE provider_usage (
    usage_day      DATE          NOT NULL,
    provider       VARCHAR(20)   NOT NULL,
    capability     VARCHAR(20)   NOT NULL,
    calls          BIGINT        NOT NULL DEFAULT 0,
    failures       BIGINT        NOT NULL DEFAULT 0,
    input_tokens   BIGINT        NOT NULL DEFAULT 0,
    output_tokens  BIGINT        NOT NULL DEFAULT 0,
    characters     BIGINT        NOT NULL DEFAULT 0,
    audio_ms       BIGINT        NOT NULL DEFAULT 0,
    images         BIGINT        NOT NULL DEFAULT 0,
    cost_micros    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (usage_day, provider, capability)
);
