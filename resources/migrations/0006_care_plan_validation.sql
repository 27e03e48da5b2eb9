-- The physician's validation of a personalised care plan (issue #5 "signs it"): who validated it,
-- when, and which version. A plan saved with a change after its validation has a newer version
-- than the validated one: it shows "to be validated again", the validated content stays in the
-- audit trail.
ALTER TABLE care_plans ADD COLUMN validated_by TEXT;
ALTER TABLE care_plans ADD COLUMN validated_at TEXT;
ALTER TABLE care_plans ADD COLUMN validated_version INTEGER;
