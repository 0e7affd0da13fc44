-- Each event's confidence (0 to 1): the coder's estimate that it is right.
ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
