-- A word for the family about how a story was written (e.g. "the offline storyteller finished it"), on the story
-- and on the task that wrote it.
ALTER TABLE story ADD COLUMN notice VARCHAR(300) NULL;
ALTER TABLE generation_task ADD COLUMN notice VARCHAR(300) NULL;
