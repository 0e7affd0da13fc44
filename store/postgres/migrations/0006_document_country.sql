-- Issue 11: the speaking state of a government's own statement (the input's
-- country field, as given: an ISO alpha-3 code or a name), kept so that
-- recode reads "we" and "my Government" as the ingest did. The SQLite
-- migration of the same number does the same.
ALTER TABLE documents ADD COLUMN country TEXT NOT NULL DEFAULT '';
