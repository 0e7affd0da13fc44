-- The number of bytes of a document replaced when it was stored: NUL and the
-- other control characters but tab and line breaks, and bytes that are not
-- UTF-8 (sqlstore.Clean). The counter "cleaned" counts such documents.
ALTER TABLE documents ADD COLUMN cleaned INTEGER NOT NULL DEFAULT 0;

-- A tsvector holds at most 1 MB of distinct words: long documents are indexed
-- in parts, one row each.
ALTER TABLE doc_fts ADD COLUMN part INTEGER NOT NULL DEFAULT 0;
ALTER TABLE doc_fts DROP CONSTRAINT doc_fts_pkey;
ALTER TABLE doc_fts ADD PRIMARY KEY (id, part);
