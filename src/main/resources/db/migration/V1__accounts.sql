-- Accounts and API tokens. Written in the SQL that H2, PostgreSQL and MariaDB share:
-- ids are UUID text, uniqueness without case is kept through the *_key columns.
CREATE TABLE account (
    id            CHAR(36)     NOT NULL,
    version       BIGINT       NOT NULL,
    username      VARCHAR(40)  NOT NULL,
    username_key  VARCHAR(40)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    email_key     VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    first_name    VARCHAR(60)  NOT NULL,
    last_name     VARCHAR(60)  NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    date_joined   TIMESTAMP(6) NOT NULL,
    deleted_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username_key UNIQUE (username_key),
    CONSTRAINT uq_account_email_key UNIQUE (email_key)
);

CREATE INDEX ix_account_date_joined ON account (date_joined);

CREATE TABLE api_token (
    id         CHAR(36)     NOT NULL,
    version    BIGINT       NOT NULL,
    account_id CHAR(36)     NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_token_account ON api_token (account_id);
