-- The admin's moderation: a story can be soft-deleted (kept for audit, gone for its family and its share link).
ALTER TABLE story ADD COLUMN deleted_at TIMESTAMP(6) NULL;
CREATE INDEX ix_story_status ON story (status);
