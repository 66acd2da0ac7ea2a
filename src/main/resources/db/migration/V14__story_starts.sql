-- How many writing jobs (new stories, and rewrites, interruptions, next parts and choices of stories already made)
-- an account started on stories_day (UTC). Kept on the account row so that one conditional UPDATE counts a start
-- and checks the daily limit at once, and concurrent starts wait for each other on that row.
ALTER TABLE account ADD COLUMN stories_day DATE NULL;
ALTER TABLE account ADD COLUMN stories_started INT DEFAULT 0 NOT NULL;
