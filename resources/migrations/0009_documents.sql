-- Documents (issue #9): letters and reports written from the data. A document is generated, then
-- edited as a draft (one per kind and subject), then finalised: a finalised version is stored
-- with its PDF exactly as it was signed and printed, never changed; a new version may follow.
-- The subject says what the document is about: "stay:12", "meeting:3", "result:45",
-- "unit:lombalgie:2026-11-22" (the on-call sheet of a unit on a day).

CREATE TABLE document_drafts (
    id {{pk}},
    kind TEXT NOT NULL CHECK ((kind = 'admission_report' OR kind = 'discharge_letter' OR kind = 'meeting_minutes'
                              OR kind = 'on_call_sheet' OR kind = 'result_sheet')),
    subject TEXT NOT NULL,
    stay_id BIGINT REFERENCES stays (id),
    -- JSON {"title", "html", "charts"}: the text as edited and the data of its charts.
    content TEXT NOT NULL,
    author TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, subject)
);

CREATE TABLE documents (
    id {{pk}},
    kind TEXT NOT NULL CHECK ((kind = 'admission_report' OR kind = 'discharge_letter' OR kind = 'meeting_minutes'
                              OR kind = 'on_call_sheet' OR kind = 'result_sheet')),
    subject TEXT NOT NULL,
    stay_id BIGINT REFERENCES stays (id),
    meeting_id BIGINT REFERENCES meetings (id),
    unit_code TEXT REFERENCES units (code),
    document_version INTEGER NOT NULL CHECK (document_version >= 1),
    title TEXT NOT NULL,
    -- JSON {"title", "html", "charts", "letterhead", "signature"}: everything the PDF was drawn from.
    content TEXT NOT NULL,
    -- The PDF as finalised, base64.
    pdf TEXT NOT NULL,
    pages INTEGER NOT NULL CHECK (pages >= 1),
    finalized_by TEXT NOT NULL,
    finalized_at TEXT NOT NULL,
    UNIQUE (kind, subject, document_version)
);

{{append_only documents}};

CREATE INDEX documents_by_stay ON documents (stay_id, finalized_at);

-- The establishment's letterhead ("letterhead") and each user's signature block
-- ("signature:<username>"), shared by every workstation of the site. JSON values.
CREATE TABLE document_settings (
    setting_key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

-- What the physician on call must know about a stay (fiche d'astreinte): the medical issues,
-- the treatments to watch and the "if … then …" instructions.
CREATE TABLE on_call_notes (
    stay_id BIGINT NOT NULL PRIMARY KEY REFERENCES stays (id),
    medical_issues TEXT,
    treatments TEXT,
    instructions TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
