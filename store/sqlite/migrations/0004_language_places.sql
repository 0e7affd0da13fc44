-- Issue 11: the language of each document (ISO 639-1, '' when too short to
-- tell) and the location of each event (gazetteer place, its country,
-- coordinates and GeoNames id; lat and lon mean something only when place
-- is set). The PostgreSQL migration of the same number does the same.
ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_language ON documents (language);

ALTER TABLE events ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN place_country TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN lat REAL NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN lon REAL NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_id TEXT NOT NULL DEFAULT '';
