-- nightcramp schema 6: personal experiments (experiments.md). A row holds the design and
-- the pair order drawn once at the start, with a seal over both; each night's arm is
-- computed from them, never stored night by night, so the schedule cannot drift.
CREATE TABLE experiments (
    diary           INTEGER NOT NULL,
    id              TEXT NOT NULL,
    change          TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    pairs           INTEGER NOT NULL,
    period_nights   INTEGER NOT NULL,
    washout_nights  INTEGER NOT NULL,
    pair_order      TEXT NOT NULL,
    created_ms      INTEGER NOT NULL,
    stopped_ms      INTEGER,
    seal            TEXT NOT NULL,
    PRIMARY KEY (diary, id)
) STRICT;
