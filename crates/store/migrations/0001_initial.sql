-- nightcramp schema 1. Never edit a released migration; add a new file instead.
-- Times are UTC milliseconds; civil dates are 'YYYY-MM-DD' text; ids are UUID text.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE profile (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    birth_year  INTEGER,
    time_zone   TEXT,
    pregnant    INTEGER CHECK (pregnant IN (0, 1)),
    due_date    TEXT,
    athlete     INTEGER CHECK (athlete IN (0, 1)),
    conditions  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE episodes (
    id             TEXT PRIMARY KEY,
    started_at_ms  INTEGER NOT NULL,
    utc_offset_s   INTEGER NOT NULL,
    time_zone      TEXT,
    night          TEXT NOT NULL,
    duration_s     INTEGER NOT NULL CHECK (duration_s BETWEEN 1 AND 86400),
    muscle         TEXT NOT NULL,
    side           TEXT NOT NULL,
    intensity      INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),
    woke           INTEGER CHECK (woke IN (0, 1)),
    soreness_h     REAL CHECK (soreness_h BETWEEN 0 AND 168),
    relief         TEXT NOT NULL DEFAULT '',
    notes          TEXT
) STRICT;
CREATE INDEX episodes_by_night ON episodes (night);

CREATE TABLE checkins (
    night              TEXT PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    sleep_disturbance  INTEGER CHECK (sleep_disturbance BETWEEN 0 AND 10),
    recorded_at_ms     INTEGER
) STRICT;

-- One row per recorded factor value. kind: 'bool' (num 0/1), 'number' (num), 'choice' (text).
CREATE TABLE day_factors (
    date    TEXT NOT NULL,
    factor  TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('bool', 'number', 'choice')),
    num     REAL,
    text    TEXT,
    source  TEXT NOT NULL CHECK (source IN ('typed', 'imported')),
    PRIMARY KEY (date, factor)
) STRICT;

CREATE TABLE medications (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    class  TEXT NOT NULL,
    since  TEXT NOT NULL,
    until  TEXT
) STRICT;
