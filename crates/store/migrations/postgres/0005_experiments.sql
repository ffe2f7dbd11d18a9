-- nightcramp's PostgreSQL schema 5: personal experiments (experiments.md), as in SQLite's
-- schema 6: the design and the pair order drawn once, sealed; each night's arm is computed.
-- Row-level security as for every diary table.
CREATE TABLE experiments (
    diary           BIGINT NOT NULL,
    id              TEXT NOT NULL,
    change          TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    pairs           SMALLINT NOT NULL,
    period_nights   SMALLINT NOT NULL,
    washout_nights  SMALLINT NOT NULL,
    pair_order      TEXT NOT NULL,
    created_ms      BIGINT NOT NULL,
    stopped_ms      BIGINT,
    seal            TEXT NOT NULL,
    PRIMARY KEY (diary, id)
);
ALTER TABLE experiments ENABLE ROW LEVEL SECURITY;
ALTER TABLE experiments FORCE ROW LEVEL SECURITY;
CREATE POLICY one_diary ON experiments
    USING (diary = NULLIF(current_setting('nightcramp.diary', true), '')::BIGINT);
