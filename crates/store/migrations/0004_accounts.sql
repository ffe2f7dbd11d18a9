-- Several people in one store (households, clinics, studies): every diary table gains the
-- diary it belongs to, and accounts, shares and an append-only audit log arrive. The diary
-- that existed before is diary 1; it becomes the first person account's. Primary keys
-- change, so SQLite's tables are rebuilt (nothing references them).

CREATE TABLE profile_v4 (
    diary       INTEGER PRIMARY KEY,
    birth_year  INTEGER,
    time_zone   TEXT,
    pregnant    INTEGER CHECK (pregnant IN (0, 1)),
    due_date    TEXT,
    athlete     INTEGER CHECK (athlete IN (0, 1)),
    conditions  TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO profile_v4 SELECT 1, birth_year, time_zone, pregnant, due_date, athlete, conditions FROM profile;
DROP TABLE profile;
ALTER TABLE profile_v4 RENAME TO profile;

CREATE TABLE episodes_v4 (
    diary          INTEGER NOT NULL,
    id             TEXT NOT NULL,
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
    notes          TEXT,
    PRIMARY KEY (diary, id)
) STRICT;
INSERT INTO episodes_v4 SELECT 1, id, started_at_ms, utc_offset_s, time_zone, night, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes FROM episodes;
DROP TABLE episodes;
ALTER TABLE episodes_v4 RENAME TO episodes;
CREATE INDEX episodes_by_night ON episodes (diary, night);

CREATE TABLE checkins_v4 (
    diary              INTEGER NOT NULL,
    night              TEXT NOT NULL,
    id                 TEXT NOT NULL,
    sleep_disturbance  INTEGER CHECK (sleep_disturbance BETWEEN 0 AND 10),
    recorded_at_ms     INTEGER,
    PRIMARY KEY (diary, night),
    UNIQUE (diary, id)
) STRICT;
INSERT INTO checkins_v4 SELECT 1, night, id, sleep_disturbance, recorded_at_ms FROM checkins;
DROP TABLE checkins;
ALTER TABLE checkins_v4 RENAME TO checkins;

CREATE TABLE day_factors_v4 (
    diary        INTEGER NOT NULL,
    date         TEXT NOT NULL,
    factor       TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('bool', 'number', 'choice')),
    num          REAL,
    text         TEXT,
    source       TEXT NOT NULL CHECK (source IN ('typed', 'imported')),
    import_num   REAL,
    import_text  TEXT,
    PRIMARY KEY (diary, date, factor)
) STRICT;
INSERT INTO day_factors_v4 SELECT 1, date, factor, kind, num, text, source, import_num, import_text FROM day_factors;
DROP TABLE day_factors;
ALTER TABLE day_factors_v4 RENAME TO day_factors;

CREATE TABLE medications_v4 (
    diary  INTEGER NOT NULL,
    id     TEXT NOT NULL,
    name   TEXT NOT NULL,
    class  TEXT NOT NULL,
    since  TEXT NOT NULL,
    until  TEXT,
    PRIMARY KEY (diary, id)
) STRICT;
INSERT INTO medications_v4 SELECT 1, id, name, class, since, until FROM medications;
DROP TABLE medications;
ALTER TABLE medications_v4 RENAME TO medications;

CREATE TABLE screening_answers_v4 (
    diary        INTEGER NOT NULL,
    question     TEXT NOT NULL,
    answer       INTEGER NOT NULL CHECK (answer IN (0, 1)),
    answered_ms  INTEGER NOT NULL,
    PRIMARY KEY (diary, question)
) STRICT;
INSERT INTO screening_answers_v4 SELECT 1, question, answer, answered_ms FROM screening_answers;
DROP TABLE screening_answers;
ALTER TABLE screening_answers_v4 RENAME TO screening_answers;

-- Passwords only as argon2id PHC strings. A person account owns exactly one diary; the
-- other roles own none.
CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL CHECK (role IN ('person', 'clinician', 'researcher', 'admin')),
    password_hash  TEXT NOT NULL,
    diary          INTEGER UNIQUE,
    created_ms     INTEGER NOT NULL,
    CHECK ((role = 'person') = (diary IS NOT NULL))
) STRICT;

-- Read access to one diary: for an account (with_account) or for whoever holds a link
-- (token_hash: SHA-256 of the token, never the token). until: the last day it opens.
CREATE TABLE shares (
    id            TEXT PRIMARY KEY,
    diary         INTEGER NOT NULL,
    with_account  INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash    TEXT UNIQUE,
    created_ms    INTEGER NOT NULL,
    until         TEXT,
    revoked_ms    INTEGER,
    CHECK ((with_account IS NULL) <> (token_hash IS NULL))
) STRICT;

-- Who did what to which diary, when and from where. Rows are only ever added.
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms   INTEGER NOT NULL,
    diary   INTEGER,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '',
    origin  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_by_diary ON audit (diary, seq);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
