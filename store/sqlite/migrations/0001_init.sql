-- demarche store, SQLite: the first schema. The PostgreSQL schema in
-- store/postgres/migrations has the same tables and columns.

CREATE TABLE versions (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL UNIQUE,      -- Coder.Version()
	events  INTEGER NOT NULL DEFAULT 0, -- events stored from this version
	created TEXT NOT NULL
);

CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	ident       TEXT NOT NULL UNIQUE,  -- Document.ID
	date        TEXT NOT NULL,
	title       TEXT NOT NULL DEFAULT '',
	text        BLOB NOT NULL DEFAULT x'', -- header byte and text, raw DEFLATE when long (sqlstore.EncodeText)
	publication TEXT NOT NULL DEFAULT '', -- Document.Source
	url         TEXT NOT NULL DEFAULT '',
	parse       TEXT,
	origin      TEXT,
	hash        TEXT NOT NULL,            -- dedup.Hash(title, text)
	canonical   INTEGER REFERENCES documents (id), -- NULL: canonical
	similarity  REAL NOT NULL DEFAULT 0,
	revision    INTEGER NOT NULL DEFAULT 1,
	version     INTEGER NOT NULL REFERENCES versions (id),
	events      INTEGER NOT NULL DEFAULT 0,
	ingested    TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents (hash);
CREATE INDEX documents_canonical ON documents (canonical) WHERE canonical IS NOT NULL;

-- A sentence's text is its document's body between start_byte and end_byte;
-- text is stored only when it differs.
CREATE TABLE sentences (
	id         INTEGER PRIMARY KEY,
	doc        INTEGER NOT NULL REFERENCES documents (id),
	idx        INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	headline   INTEGER NOT NULL DEFAULT 0,
	text       TEXT,
	UNIQUE (doc, idx)
);

-- Full-text index of document bodies by documents.id, without a copy of the
-- text; search hits are the sentences that hold the matches.
CREATE VIRTUAL TABLE doc_fts USING fts5 (
	body, content = '', contentless_delete = 1, tokenize = 'porter unicode61'
);

CREATE TABLE events (
	id           INTEGER PRIMARY KEY,
	eid          TEXT NOT NULL,          -- Event.ID
	doc          INTEGER NOT NULL REFERENCES documents (id),
	sentence     INTEGER NOT NULL,
	date         TEXT NOT NULL,
	source       TEXT NOT NULL,
	target       TEXT NOT NULL,
	src_country  TEXT NOT NULL,          -- first three letters of source
	tgt_country  TEXT NOT NULL,
	source_text  TEXT NOT NULL DEFAULT '',
	target_text  TEXT NOT NULL DEFAULT '',
	verb_text    TEXT NOT NULL DEFAULT '',
	cameo        TEXT NOT NULL,
	root         TEXT NOT NULL,
	quad         INTEGER NOT NULL,
	goldstein    REAL NOT NULL,
	plover       TEXT NOT NULL DEFAULT '',
	mode         TEXT NOT NULL DEFAULT '',
	context      TEXT NOT NULL DEFAULT '',
	rule         TEXT NOT NULL DEFAULT '',
	source_start INTEGER NOT NULL DEFAULT 0,
	source_end   INTEGER NOT NULL DEFAULT 0,
	target_start INTEGER NOT NULL DEFAULT 0,
	target_end   INTEGER NOT NULL DEFAULT 0,
	verb_start   INTEGER NOT NULL DEFAULT 0,
	verb_end     INTEGER NOT NULL DEFAULT 0,
	dup          INTEGER NOT NULL DEFAULT 0 -- 1: an event of a duplicate document
);
-- Event IDs hash their document ID (demarche.EventID): unique per document
-- is unique, and this index grows at its end as documents are added.
CREATE UNIQUE INDEX events_doc ON events (doc, eid);
CREATE INDEX events_date ON events (date, eid);
-- Covers dyad aggregations over canonical events below the country level,
-- and gives the events of a pair of countries in date, ID order.
CREATE INDEX events_dyad ON events (src_country, tgt_country, date, eid, source, target, cameo, quad, goldstein) WHERE dup = 0;
CREATE INDEX events_target ON events (tgt_country, date, eid);

CREATE TABLE doc_bands (
	band INTEGER NOT NULL, -- dedup.BandKeys
	doc  INTEGER NOT NULL,
	PRIMARY KEY (band, doc)
) WITHOUT ROWID;

-- The rollup of canonical events: one row per source country, target country
-- and month (YYYY-MM), kept up to date by every write, so that a dyad's
-- monthly series reads one row per month whatever the number of events.
-- n0…n4 count events per quad class, g10 is the Goldstein sum in tenths (so
-- that sums stay exact), codes the counts per CAMEO code ("051:12 111:3").
CREATE TABLE dyad_month (
	src   TEXT NOT NULL,
	tgt   TEXT NOT NULL,
	month TEXT NOT NULL,
	n0    INTEGER NOT NULL,
	n1    INTEGER NOT NULL,
	n2    INTEGER NOT NULL,
	n3    INTEGER NOT NULL,
	n4    INTEGER NOT NULL,
	g10   INTEGER NOT NULL,
	codes TEXT NOT NULL,
	PRIMARY KEY (src, tgt, month)
) WITHOUT ROWID;

-- The same per pair of actor codes and month, for dyads of codes (PRKMIL,
-- USAGOV …): a query reads the rows whose codes match within the pair of
-- countries.
CREATE TABLE dyad_actor (
	src_country TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	source      TEXT NOT NULL,
	target      TEXT NOT NULL,
	month       TEXT NOT NULL,
	n0          INTEGER NOT NULL,
	n1          INTEGER NOT NULL,
	n2          INTEGER NOT NULL,
	n3          INTEGER NOT NULL,
	n4          INTEGER NOT NULL,
	g10         INTEGER NOT NULL,
	codes       TEXT NOT NULL,
	PRIMARY KEY (src_country, tgt_country, source, target, month)
) WITHOUT ROWID;

CREATE TABLE counters (
	name TEXT PRIMARY KEY,
	n    INTEGER NOT NULL
);

CREATE TABLE meta (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
