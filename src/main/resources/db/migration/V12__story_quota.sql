-- The admin's own daily story limit for an account; NULL means the installation's (storyteller.quotas.stories-per-day).
ALTER TABLE account ADD COLUMN daily_story_limit INT NULL;
