-- Admission assessments (bilan d'admission), one series per stay. A row is one revision: a draft
-- is edited until a physician signs it; a signed revision is never changed again, and a later
-- change is a new revision with its reason (amendment_reason), the signed one kept.
-- The structured content (history, pain, work, flags, exclusions, precautions, orientation) is a
-- JSON object with stable snake_case keys; what lists and headers need is in columns.

CREATE TABLE admission_assessments (
    id {{pk}},
    stay_id BIGINT NOT NULL REFERENCES stays (id),
    revision INTEGER NOT NULL,
    status TEXT NOT NULL CHECK ((status = 'draft' OR status = 'signed')),
    content TEXT NOT NULL,
    signed_by TEXT,
    signed_at TEXT,
    amendment_reason TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (stay_id, revision),
    CHECK (status = 'draft' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL)),
    CHECK (revision = 1 OR amendment_reason IS NOT NULL)
);

-- What a physician did about a red flag answered "yes" (imaging, referral…). Kept apart from the
-- assessment's revisions: it is often recorded days after the signature.
CREATE TABLE red_flag_actions (
    id {{pk}},
    stay_id BIGINT NOT NULL REFERENCES stays (id),
    flag TEXT NOT NULL,
    action TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE INDEX red_flag_actions_by_stay ON red_flag_actions (stay_id, flag);
