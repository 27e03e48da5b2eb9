-- Where a tester was in a test when its draft was last saved (issue #8, the gym-side tablet): the
-- six-minute walk's countdown start and the patient's stops, the questionnaire item on screen. A
-- tablet that sleeps or an application that is killed resumes the test from it. Drafts only: a
-- final result has none.
ALTER TABLE results ADD COLUMN progress TEXT;
