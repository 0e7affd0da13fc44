-- The number of bytes of a document replaced when it was stored: NUL and the
-- other control characters but tab and line breaks, and bytes that are not
-- UTF-8 (sqlstore.Clean). The counter "cleaned" counts such documents.
ALTER TABLE documents ADD COLUMN cleaned INTEGER NOT NULL DEFAULT 0;
