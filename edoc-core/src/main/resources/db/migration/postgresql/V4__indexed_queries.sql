-- edoc schema, version 4 (PostgreSQL): every query of the document and task stores becomes one indexed statement.
-- The columns added here are derived from the record kept in body: the stores fill them on every save, and the
-- built-in migrator fills them for the rows already stored when it applies this script (an installation that
-- applies it with Flyway calls JdbcMigrator.refreshDerivedColumns once afterwards).
-- Ids are ordered byte-wise (COLLATE "C"), so pages come in the same order whatever the database's locale.

-- Tasks: the earliest instant the deadline in force can end (due_from, the order of every page), the monitoring
-- officer, and when a final task was done (NULL while it is not), for the work queue and the R-TASK-10 report.
ALTER TABLE edoc_task ADD COLUMN due_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE edoc_task ADD COLUMN monitor_id VARCHAR(200);
ALTER TABLE edoc_task ADD COLUMN done_at TIMESTAMP WITH TIME ZONE;
DROP INDEX edoc_task_unit;
DROP INDEX edoc_task_handler;
DROP INDEX edoc_task_report;
CREATE INDEX edoc_task_unit_due ON edoc_task (unit_id, state, due_from, id COLLATE "C");
CREATE INDEX edoc_task_monitor_due ON edoc_task (monitor_id, state, due_from, id COLLATE "C");
CREATE INDEX edoc_task_handler_due ON edoc_task (handler_id, state, due_from, id COLLATE "C");
CREATE INDEX edoc_task_state_due ON edoc_task (state, due_from, id COLLATE "C");
CREATE INDEX edoc_task_unit_done ON edoc_task (unit_id, done_at);

-- The cooperating units of a task (đơn vị phối hợp, R-TASK-9), one row per cooperation, rewritten with the task:
-- what a unit's head is asked to answer is found through the unit, not by reading tasks.
CREATE TABLE edoc_task_cooperation (
    organisation  VARCHAR(40)   NOT NULL,
    task_id       VARCHAR(200)  NOT NULL,
    position      INTEGER       NOT NULL,
    unit_id       VARCHAR(200)  NOT NULL,
    state         VARCHAR(40)   NOT NULL,
    PRIMARY KEY (organisation, task_id, position)
);
CREATE INDEX edoc_task_cooperation_unit ON edoc_task_cooperation (unit_id, state, task_id);

-- Incoming documents: when the clerk registered or refused it (handled_at), for the handling report and the
-- documents still waiting at the end of a period; pages of a state by id.
ALTER TABLE edoc_incoming ADD COLUMN handled_at TIMESTAMP WITH TIME ZONE;
DROP INDEX edoc_incoming_state;
CREATE INDEX edoc_incoming_state_id ON edoc_incoming (organisation, state, id COLLATE "C");
CREATE INDEX edoc_incoming_handled ON edoc_incoming (organisation, handled_at);

-- Outgoing documents: when it was issued (issued_at), for the handling report of an organisation or a unit.
ALTER TABLE edoc_outgoing ADD COLUMN issued_at TIMESTAMP WITH TIME ZONE;
DROP INDEX edoc_outgoing_state;
CREATE INDEX edoc_outgoing_state_id ON edoc_outgoing (organisation, state, id COLLATE "C");
CREATE INDEX edoc_outgoing_issued ON edoc_outgoing (organisation, issued_at);
CREATE INDEX edoc_outgoing_unit_issued ON edoc_outgoing (organisation, unit_id, issued_at);
