-- nightcramp's PostgreSQL schema 1: the SQLite schema's tables and columns (SQLite versions
-- 1 to 3), so both backends store the same diary. Never edit a released migration; add a
-- new file instead. Times are UTC milliseconds; civil dates are 'YYYY-MM-DD' text; ids are
-- UUID text. nightcramp_meta (schema version, revision, settings) is made before this runs.

CREATE TABLE profile (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    birth_year  SMALLINT,
    time_zone   TEXT,
    pregnant    BOOLEAN,
    due_date    TEXT,
    athlete     BOOLEAN,
    conditions  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE episodes (
    id             TEXT PRIMARY KEY,
    started_at_ms  BIGINT NOT NULL,
    utc_offset_s   INTEGER NOT NULL,
    time_zone      TEXT,
    night          TEXT NOT NULL,
    duration_s     INTEGER NOT NULL CHECK (duration_s BETWEEN 1 AND 86400),
    muscle         TEXT NOT NULL,
    side           TEXT NOT NULL,
    intensity      SMALLINT NOT NULL CHECK (intensity BETWEEN 1 AND 10),
    woke           BOOLEAN,
    soreness_h     DOUBLE PRECISION CHECK (soreness_h BETWEEN 0 AND 168),
    relief         TEXT NOT NULL DEFAULT '',
    notes          TEXT
);
CREATE INDEX episodes_by_night ON episodes (night);

CREATE TABLE checkins (
    night              TEXT PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    sleep_disturbance  SMALLINT CHECK (sleep_disturbance BETWEEN 0 AND 10),
    recorded_at_ms     BIGINT
);

-- One row per recorded factor value. kind: 'bool' (num 0/1), 'number' (num), 'choice' (text).
-- import_num/import_text: what an import said when it differed from the value kept.
CREATE TABLE day_factors (
    date         TEXT NOT NULL,
    factor       TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('bool', 'number', 'choice')),
    num          DOUBLE PRECISION,
    text         TEXT,
    source       TEXT NOT NULL CHECK (source IN ('typed', 'imported')),
    import_num   DOUBLE PRECISION,
    import_text  TEXT,
    PRIMARY KEY (date, factor)
);

CREATE TABLE medications (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    class  TEXT NOT NULL,
    since  TEXT NOT NULL,
    until  TEXT
);

CREATE TABLE screening_answers (
    question     TEXT PRIMARY KEY,
    answer       BOOLEAN NOT NULL,
    answered_ms  BIGINT NOT NULL
);
