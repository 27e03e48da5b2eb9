-- Results of the standardised functional tests (TUG, 6-minute walk, Berg, Dallas, Oswestry,
-- STarT Back and later instruments). A row is one revision of a result: a correction is a new
-- revision of the same series, and the revision it replaces is marked superseded, never changed.
-- A draft is saved as the form is filled; it becomes final when the tester confirms it.

CREATE TABLE results (
    id {{pk}},
    stay_id BIGINT NOT NULL REFERENCES stays (id),
    instrument TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK ((status = 'draft' OR status = 'final')),
    -- When the test was performed (local time, YYYY-MM-DDTHH:MM), not when it was typed.
    performed_at TEXT NOT NULL,
    answers TEXT NOT NULL,
    scores TEXT,
    primary_score {{double}},
    entered_by TEXT NOT NULL,
    remarks TEXT,
    -- The first revision's id; every revision of a result shares it.
    series_id BIGINT,
    revision INTEGER NOT NULL DEFAULT 1,
    correction_reason TEXT,
    superseded INTEGER NOT NULL DEFAULT 0 CHECK ((superseded = 0 OR superseded = 1)),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status = 'draft' OR scores IS NOT NULL),
    CHECK (status = 'draft' OR revision = 1 OR correction_reason IS NOT NULL)
);

CREATE INDEX results_by_stay ON results (stay_id, performed_at);
CREATE INDEX results_by_series ON results (series_id, revision);
-- One revision of a series at a time in each state that matters: one current final, one draft.
CREATE UNIQUE INDEX results_one_current_final ON results (series_id) WHERE status = 'final' AND superseded = 0;
CREATE UNIQUE INDEX results_one_draft ON results (series_id) WHERE status = 'draft';
