-- demarche store, PostgreSQL: the first schema. Same tables and columns as
-- store/sqlite/migrations; codes, dates and IDs compare in the C collation so
-- that order and prefix ranges are those of SQLite.

CREATE TABLE versions (
	id      BIGINT PRIMARY KEY,
	name    TEXT COLLATE "C" NOT NULL UNIQUE,
	events  BIGINT NOT NULL DEFAULT 0,
	created TEXT NOT NULL
);

CREATE TABLE documents (
	id          BIGINT PRIMARY KEY,
	ident       TEXT COLLATE "C" NOT NULL UNIQUE,
	date        TEXT COLLATE "C" NOT NULL,
	title       TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL DEFAULT '',
	publication TEXT COLLATE "C" NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	parse       TEXT,
	origin      TEXT,
	hash        TEXT COLLATE "C" NOT NULL,
	canonical   BIGINT REFERENCES documents (id),
	similarity  DOUBLE PRECISION NOT NULL DEFAULT 0,
	revision    INTEGER NOT NULL DEFAULT 1,
	version     BIGINT NOT NULL REFERENCES versions (id),
	events      INTEGER NOT NULL DEFAULT 0,
	ingested    TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents (hash);
CREATE INDEX documents_canonical ON documents (canonical) WHERE canonical IS NOT NULL;

CREATE TABLE sentences (
	id         BIGINT PRIMARY KEY,
	doc        BIGINT NOT NULL REFERENCES documents (id),
	idx        INTEGER NOT NULL,
	start_byte INTEGER NOT NULL,
	end_byte   INTEGER NOT NULL,
	headline   INTEGER NOT NULL DEFAULT 0,
	text       TEXT,
	UNIQUE (doc, idx)
);

-- Full-text index of document bodies by documents.id.
CREATE TABLE doc_fts (
	id  BIGINT PRIMARY KEY,
	tsv TSVECTOR NOT NULL
);
CREATE INDEX doc_fts_tsv ON doc_fts USING GIN (tsv);

CREATE TABLE events (
	id           BIGINT PRIMARY KEY,
	eid          TEXT COLLATE "C" NOT NULL,
	doc          BIGINT NOT NULL REFERENCES documents (id),
	sentence     INTEGER NOT NULL,
	date         TEXT COLLATE "C" NOT NULL,
	source       TEXT COLLATE "C" NOT NULL,
	target       TEXT COLLATE "C" NOT NULL,
	src_country  TEXT COLLATE "C" NOT NULL,
	tgt_country  TEXT COLLATE "C" NOT NULL,
	source_text  TEXT NOT NULL DEFAULT '',
	target_text  TEXT NOT NULL DEFAULT '',
	verb_text    TEXT NOT NULL DEFAULT '',
	cameo        TEXT COLLATE "C" NOT NULL,
	root         TEXT COLLATE "C" NOT NULL,
	quad         INTEGER NOT NULL,
	goldstein    DOUBLE PRECISION NOT NULL,
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
	dup          INTEGER NOT NULL DEFAULT 0
);
-- Event IDs hash their document ID (demarche.EventID): unique per document
-- is unique, and this index grows at its end as documents are added.
CREATE UNIQUE INDEX events_doc ON events (doc, eid);
CREATE INDEX events_date ON events (date, eid);
CREATE INDEX events_dyad ON events (src_country, tgt_country, date, eid) INCLUDE (source, target, cameo, quad, goldstein) WHERE dup = 0;
CREATE INDEX events_target ON events (tgt_country, date, eid);

CREATE TABLE doc_bands (
	band BIGINT NOT NULL,
	doc  BIGINT NOT NULL,
	PRIMARY KEY (band, doc)
);

-- The rollup of canonical events: one row per source country, target country
-- and month (YYYY-MM), kept up to date by every write, so that a dyad's
-- monthly series reads one row per month whatever the number of events.
-- n0…n4 count events per quad class, g10 is the Goldstein sum in tenths (so
-- that sums stay exact), codes the counts per CAMEO code ("051:12 111:3").
CREATE TABLE dyad_month (
	src   TEXT COLLATE "C" NOT NULL,
	tgt   TEXT COLLATE "C" NOT NULL,
	month TEXT COLLATE "C" NOT NULL,
	n0    BIGINT NOT NULL,
	n1    BIGINT NOT NULL,
	n2    BIGINT NOT NULL,
	n3    BIGINT NOT NULL,
	n4    BIGINT NOT NULL,
	g10   BIGINT NOT NULL,
	codes TEXT NOT NULL,
	PRIMARY KEY (src, tgt, month)
);

-- The same per pair of actor codes and month, for dyads of codes (PRKMIL,
-- USAGOV …): a query reads the rows whose codes match within the pair of
-- countries.
CREATE TABLE dyad_actor (
	src_country TEXT COLLATE "C" NOT NULL,
	tgt_country TEXT COLLATE "C" NOT NULL,
	source      TEXT COLLATE "C" NOT NULL,
	target      TEXT COLLATE "C" NOT NULL,
	month       TEXT COLLATE "C" NOT NULL,
	n0          BIGINT NOT NULL,
	n1          BIGINT NOT NULL,
	n2          BIGINT NOT NULL,
	n3          BIGINT NOT NULL,
	n4          BIGINT NOT NULL,
	g10         BIGINT NOT NULL,
	codes       TEXT NOT NULL,
	PRIMARY KEY (src_country, tgt_country, source, target, month)
);

CREATE TABLE counters (
	name TEXT PRIMARY KEY,
	n    BIGINT NOT NULL
);

CREATE TABLE meta (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
