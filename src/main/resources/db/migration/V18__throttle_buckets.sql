-- Sign-in and sign-up attempts, counted in the database so that every node behind a load balancer counts the
-- same ones. Each row is a token bucket kept as one number: the time (milliseconds since the epoch) at which it
-- is full again; a bucket with no row, or whose time has passed, is full, and such rows are deleted now and then.
-- bucket_key is a SHA-256 digest of what is limited (an account, a typed login, a network address) and of the
-- limit itself, so that no address or login is kept here in the clear.
CREATE TABLE throttle_bucket (
    bucket_key CHAR(64) NOT NULL,
    full_at    BIGINT   NOT NULL,
    PRIMARY KEY (bucket_key)
);
CREATE INDEX ix_throttle_bucket_full_at ON throttle_bucket (full_at);
