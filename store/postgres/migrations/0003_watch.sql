-- demarche store, PostgreSQL: questions kept in the store, and the state of
-- `demarche watch` (sources, alerts, deliveries). The SQLite schema in
-- store/sqlite/migrations/0003_watch.sql has the same tables and columns.
-- Times are UTC text, 2006-01-02T15:04:05.000Z, so that they sort as text.

CREATE TABLE questions (
	id    TEXT PRIMARY KEY,
	body  TEXT NOT NULL, -- the question as JSON
	added TEXT NOT NULL
);

CREATE TABLE watch_sources (
	name        TEXT PRIMARY KEY, -- URL or path
	state       TEXT NOT NULL DEFAULT '{}', -- demarche.SourceState as JSON
	next_poll   TEXT NOT NULL DEFAULT '',
	lease_owner TEXT NOT NULL DEFAULT '',
	lease_until TEXT NOT NULL DEFAULT ''
);

CREATE TABLE alerts (
	id         TEXT PRIMARY KEY, -- the ID of the signal that opened the alert
	signal     TEXT NOT NULL,    -- the ID of its latest signal
	thread     TEXT NOT NULL,    -- kind, actors and question: what a grown signal shares
	date_from  TEXT NOT NULL,
	date_to    TEXT NOT NULL,
	score      DOUBLE PRECISION NOT NULL,
	revision   INTEGER NOT NULL DEFAULT 1,
	body       TEXT NOT NULL,    -- the latest signal as JSON
	first_seen TEXT NOT NULL,
	updated    TEXT NOT NULL
);
CREATE INDEX alerts_thread ON alerts (thread, date_to);
CREATE INDEX alerts_signal ON alerts (signal);
CREATE INDEX alerts_first_seen ON alerts (first_seen);

CREATE TABLE deliveries (
	alert       TEXT NOT NULL,
	endpoint    TEXT NOT NULL,
	revision    INTEGER NOT NULL,
	done        INTEGER NOT NULL DEFAULT 0,
	attempts    INTEGER NOT NULL DEFAULT 0,
	last_status INTEGER NOT NULL DEFAULT 0,
	last_error  TEXT NOT NULL DEFAULT '',
	next_try    TEXT NOT NULL DEFAULT '',
	delivered   TEXT NOT NULL DEFAULT '',
	lease_owner TEXT NOT NULL DEFAULT '',
	lease_until TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (alert, endpoint)
);
CREATE INDEX deliveries_due ON deliveries (done, next_try);

CREATE TABLE watermarks (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
