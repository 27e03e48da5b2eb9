-- Patients, their stays and the units of the establishment.
-- Portable SQL (SQLite and PostgreSQL); {{pk}} is expanded by SqlDialect.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC text.
-- Closed lists are checked with OR chains, not IN (...): SQLite builds a temporary table for an
-- IN list at every inserted row, which made bulk loads three times slower.

CREATE TABLE units (
    code TEXT NOT NULL PRIMARY KEY,
    label TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1))
);

INSERT INTO units (code, label, sort_order) VALUES ('locomoteur', 'Locomoteur', 1);
INSERT INTO units (code, label, sort_order) VALUES ('neurologie', 'Neurologie', 2);
INSERT INTO units (code, label, sort_order) VALUES ('cardio-vasculaire', 'Cardio-vasculaire', 3);
INSERT INTO units (code, label, sort_order) VALUES ('respiratoire', 'Respiratoire', 4);
INSERT INTO units (code, label, sort_order) VALUES ('geriatrie', 'Gériatrie', 5);
INSERT INTO units (code, label, sort_order) VALUES ('polyvalent', 'Polyvalent', 6);

CREATE TABLE patients (
    id {{pk}},
    ipp TEXT NOT NULL UNIQUE,
    nir TEXT UNIQUE,
    ins_qualified INTEGER NOT NULL DEFAULT 0 CHECK ((ins_qualified = 0 OR ins_qualified = 1)),
    birth_name TEXT NOT NULL,
    used_name TEXT,
    first_names TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK ((sex = 'F' OR sex = 'M')),
    height_cm {{double}},
    weight_kg {{double}},
    general_practitioner TEXT,
    notes TEXT,
    -- Folded "BIRTH NAME FIRST NAMES": the order of every list of patients.
    sort_key {{text_c}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX patients_by_sort_key ON patients (sort_key, id);

-- The words a patient can be found by (folded name words, IPP, birth date in two forms):
-- a search for a prefix is a range scan of this index, on any engine.
CREATE TABLE patient_search_terms (
    term {{text_c}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    PRIMARY KEY (term, patient_id)
);

CREATE INDEX patient_search_terms_by_patient ON patient_search_terms (patient_id);

CREATE TABLE stays (
    id {{pk}},
    patient_id BIGINT NOT NULL REFERENCES patients (id),
    unit_code TEXT NOT NULL REFERENCES units (code),
    mode TEXT NOT NULL CHECK ((mode = 'HC' OR mode = 'HTP')),
    status TEXT NOT NULL CHECK ((status = 'pre_admission' OR status = 'active' OR status = 'discharged'
                                 OR status = 'cancelled')),
    admission_date TEXT NOT NULL,
    planned_discharge_date TEXT,
    discharge_date TEXT,
    programme TEXT CHECK ((programme = 'rfr' OR programme = 'individual' OR programme = 'education'
                           OR programme = 'other')),
    programme_detail TEXT,
    referrer_type TEXT CHECK ((referrer_type = 'gp' OR referrer_type = 'rheumatologist' OR referrer_type = 'surgeon'
                               OR referrer_type = 'pain_centre' OR referrer_type = 'occupational_physician'
                               OR referrer_type = 'other')),
    referrer_name TEXT,
    coordinating_physician TEXT,
    cancellation_reason TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (planned_discharge_date IS NULL OR planned_discharge_date >= admission_date),
    CHECK (discharge_date IS NULL OR discharge_date >= admission_date)
);

-- At most one open stay (pre-admission or in progress) per patient, whatever the program does.
CREATE UNIQUE INDEX stays_one_open_per_patient ON stays (patient_id)
    WHERE (status = 'pre_admission' OR status = 'active');

CREATE INDEX stays_by_patient ON stays (patient_id, admission_date);
CREATE INDEX stays_open_by_unit ON stays (status, unit_code);
