-- Each event's confidence (0 to 1): the coder's estimate that it is right.
ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 0;
