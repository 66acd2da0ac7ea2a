-- Each part's picture, drawn when the part is written (a media key; the same picture is shared by revisions).
ALTER TABLE story_part ADD COLUMN illustration_key VARCHAR(200) NULL;
