-- What each part's picture shows, in words (who is in it, where, when): its alt text for those who cannot see it.
-- Null for pictures drawn before it was kept; the page then says what the part's first sentence says.
ALTER TABLE story_part ADD COLUMN illustration_description VARCHAR(500) NULL;
