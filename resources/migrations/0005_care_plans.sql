-- Personalised care plans (projet personnalisé de soins, issue #5), one per stay, and the groups
-- for collective sessions the team chose instead of the one the Dallas square suggests.

CREATE TABLE care_plans (
    id {{pk}},
    stay_id BIGINT NOT NULL UNIQUE REFERENCES stays (id),
    planned_weeks INTEGER NOT NULL CHECK (planned_weeks >= 1 AND planned_weeks <= 12),
    -- The day the patient agreed to the plan, and who recorded it (display name).
    agreed_on TEXT,
    agreement_recorded_by TEXT,
    -- Why the plan falls short of the decree's minimum (décret n° 2022-25), when it does.
    shortfall_reason TEXT,
    next_review TEXT,
    -- JSON arrays with stable snake_case keys: goals [{objective, kind, instrument, measure,
    -- value, target_date, text, review_date, achieved_on}], disciplines [{discipline,
    -- individual_per_week, collective_per_week}]; codes as in core/careplan/CarePlan.h.
    goals TEXT NOT NULL,
    disciplines TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The team's choice of group for a stay (the weekly meeting); no row, or a NULL group: the group
-- the Dallas square suggests. A withdrawn choice keeps its row (group and reason NULL) so that its
-- version goes on growing: a form that saw an older choice is told someone changed it.
CREATE TABLE stay_groups (
    stay_id BIGINT NOT NULL PRIMARY KEY REFERENCES stays (id),
    group_code TEXT CHECK ((group_code = 'medical' OR group_code = 'behavioural' OR group_code = 'mixed'
                            OR group_code = 'low_impact')),
    reason TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    CHECK (group_code IS NULL OR reason IS NOT NULL)
);
