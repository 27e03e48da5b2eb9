-- Issue #10 (speed at scale): a search typed over 100,000 patients shows its first page in name
-- order. Each search term carries the patient's sort key, so the first page of "MAR" (nearly
-- 10,000 patients) is read from one index range of (term, sort_key, patient_id), without looking
-- up every matching patient to sort them. PatientRepository writes the key with the terms.
ALTER TABLE patient_search_terms ADD COLUMN sort_key {{text_c}} NOT NULL DEFAULT '';

UPDATE patient_search_terms
SET sort_key = (SELECT p.sort_key FROM patients p WHERE p.id = patient_search_terms.patient_id);

CREATE INDEX patient_search_terms_in_order ON patient_search_terms (term, sort_key, patient_id);
