-- Users of the application, and the audit trail of every write.

CREATE TABLE users (
    id {{pk}},
    -- Lower-case login, unique.
    username {{text_c}} NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    -- Role codes separated by commas ("physician,administrator"); rights follow from them.
    roles TEXT NOT NULL,
    -- Argon2id hashes (libsodium crypto_pwhash_str): salt and cost inside.
    password_hash TEXT NOT NULL,
    pin_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Who did what, when, to which record, with its values before and after (JSON). Append-only:
-- the application never updates or deletes a row, and the triggers below refuse it.
CREATE TABLE audit_log (
    id {{pk}},
    at TEXT NOT NULL,
    -- A username, or "cli:<operating-system user>" for the command-line tool.
    actor TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id),
    entity TEXT NOT NULL,
    entity_id TEXT,
    patient_id BIGINT REFERENCES patients (id),
    action TEXT NOT NULL,
    before_values TEXT,
    after_values TEXT
);

CREATE INDEX audit_log_by_patient ON audit_log (patient_id, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor, id);
CREATE INDEX audit_log_by_time ON audit_log (at);

{{append_only audit_log}};

-- Units are edited like every other record: a save over a newer version is refused.
ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
