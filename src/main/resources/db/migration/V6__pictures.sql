-- Pictures: the child's drawing kept with a story (a media key, never a path).
ALTER TABLE story ADD COLUMN image_key VARCHAR(200) NULL;
