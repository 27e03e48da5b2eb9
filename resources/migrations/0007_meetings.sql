-- The weekly pluridisciplinary meeting of a unit (réunion de synthèse, issue #7): the meeting,
-- its agenda (one entry per stay), the disciplines' notes, the team's decisions and the actions.

-- The site's meeting disciplines, in their order. Built-in codes have no name (shown under their
-- translated label); a site may rename them, deactivate them, add its own (with a name).
CREATE TABLE meeting_disciplines (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1))
);

INSERT INTO meeting_disciplines (code, position, active) VALUES ('medicine', 0, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('nursing', 1, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('physiotherapy', 2, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('occupational_therapy', 3, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('adapted_physical_activity', 4, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('psychology', 5, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('social_work', 6, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('dietetics', 7, 1);
INSERT INTO meeting_disciplines (code, position, active) VALUES ('psychomotricity', 8, 0);

CREATE TABLE meetings (
    id {{pk}},
    unit_code TEXT NOT NULL REFERENCES units (code),
    meeting_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK ((status = 'preparing' OR status = 'in_progress' OR status = 'closed')),
    -- JSON array [{name, discipline, user_id}].
    attendees TEXT NOT NULL,
    ordered_by_hand INTEGER NOT NULL DEFAULT 0 CHECK ((ordered_by_hand = 0 OR ordered_by_hand = 1)),
    signed_versions INTEGER NOT NULL DEFAULT 0,
    signed_by TEXT,
    signed_at TEXT,
    correction_reason TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (unit_code, meeting_date)
);

-- Every signed version of a meeting, as it stood when it was closed (JSON), never changed.
CREATE TABLE meeting_signatures (
    id {{pk}},
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    signed_version INTEGER NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    correction_reason TEXT,
    content TEXT NOT NULL,
    UNIQUE (meeting_id, signed_version)
);

{{append_only meeting_signatures}};

CREATE TABLE meeting_entries (
    id {{pk}},
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    stay_id BIGINT NOT NULL REFERENCES stays (id),
    position INTEGER NOT NULL,
    medical_issues TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, stay_id)
);

CREATE INDEX meeting_entries_by_stay ON meeting_entries (stay_id, meeting_id);

CREATE TABLE meeting_notes (
    id {{pk}},
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    stay_id BIGINT NOT NULL REFERENCES stays (id),
    discipline TEXT NOT NULL REFERENCES meeting_disciplines (code),
    text TEXT,
    author TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, stay_id, discipline)
);

CREATE TABLE meeting_decisions (
    id {{pk}},
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    stay_id BIGINT NOT NULL REFERENCES stays (id),
    kind TEXT NOT NULL CHECK ((kind = 'continue' OR kind = 'adjust_programme' OR kind = 'extend_stay'
                              OR kind = 'set_discharge' OR kind = 'refer' OR kind = 'other')),
    decided_date TEXT,
    programme TEXT,
    text TEXT,
    author TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    -- What the stay had before the decision wrote through to it.
    previous_discharge TEXT,
    previous_programme TEXT,
    previous_programme_detail TEXT,
    withdrawn_at TEXT,
    withdrawn_by TEXT
);

CREATE INDEX meeting_decisions_by_stay ON meeting_decisions (stay_id, meeting_id);

CREATE TABLE meeting_actions (
    id {{pk}},
    stay_id BIGINT NOT NULL REFERENCES stays (id),
    raised_in BIGINT NOT NULL REFERENCES meetings (id),
    what TEXT NOT NULL,
    owner TEXT NOT NULL REFERENCES meeting_disciplines (code),
    due TEXT,
    done_on TEXT,
    done_in BIGINT REFERENCES meetings (id),
    done_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

CREATE INDEX meeting_actions_by_stay ON meeting_actions (stay_id, done_on);
