-- Story jobs are shared fairly between families: each job execution takes the oldest queued task of the family
-- whose last task started longest ago. owner_id is the family a task writes for; run_by is the execution
-- (db-scheduler's task instance) that took the task, which retries it and resumes it after a crash.
ALTER TABLE generation_task ADD COLUMN owner_id CHAR(36) NULL;
ALTER TABLE generation_task ADD COLUMN run_by CHAR(36) NULL;
UPDATE generation_task SET owner_id = (SELECT story.owner_id FROM story WHERE story.id = generation_task.story_id);
-- Tasks queued or running before this change stay with their own execution, as they did.
UPDATE generation_task SET run_by = id WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX ix_generation_task_waiting ON generation_task (status, run_by);
CREATE INDEX ix_generation_task_owner_started ON generation_task (owner_id, started_at);
