-- What each family's provider calls cost per day (UTC), estimated, in millionths of a US dollar; and the admin's
-- own daily spend limit for an account (NULL: the installation's, storyteller.quotas.spend-per-day-usd).
CREATE TABLE account_spend (
    account_id  CHAR(36) NOT NULL,
    spend_day   DATE     NOT NULL,
    cost_micros BIGINT   NOT NULL,
    PRIMARY KEY (account_id, spend_day),
    CONSTRAINT fk_account_spend_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

ALTER TABLE account ADD COLUMN daily_spend_limit_micros BIGINT NULL;
