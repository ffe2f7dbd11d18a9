-- nightcramp's PostgreSQL schema 2, the same as SQLite's version 4: every diary table gains
-- the diary it belongs to (the diary that was there is diary 1, the first person account's),
-- and accounts, shares and an append-only audit log arrive. Row-level security keeps each
-- query to the diary the application authorized (`nightcramp.diary`, set for each
-- transaction): a second check behind the store's own.

ALTER TABLE profile DROP CONSTRAINT profile_pkey;
ALTER TABLE profile DROP CONSTRAINT IF EXISTS profile_id_check;
ALTER TABLE profile RENAME COLUMN id TO diary;
ALTER TABLE profile ALTER COLUMN diary TYPE BIGINT;
ALTER TABLE profile ADD PRIMARY KEY (diary);

ALTER TABLE episodes ADD COLUMN diary BIGINT NOT NULL DEFAULT 1;
ALTER TABLE episodes ALTER COLUMN diary DROP DEFAULT;
ALTER TABLE episodes DROP CONSTRAINT episodes_pkey;
ALTER TABLE episodes ADD PRIMARY KEY (diary, id);
DROP INDEX episodes_by_night;
CREATE INDEX episodes_by_night ON episodes (diary, night);

ALTER TABLE checkins ADD COLUMN diary BIGINT NOT NULL DEFAULT 1;
ALTER TABLE checkins ALTER COLUMN diary DROP DEFAULT;
ALTER TABLE checkins DROP CONSTRAINT checkins_pkey;
ALTER TABLE checkins DROP CONSTRAINT checkins_id_key;
ALTER TABLE checkins ADD PRIMARY KEY (diary, night);
ALTER TABLE checkins ADD UNIQUE (diary, id);

ALTER TABLE day_factors ADD COLUMN diary BIGINT NOT NULL DEFAULT 1;
ALTER TABLE day_factors ALTER COLUMN diary DROP DEFAULT;
ALTER TABLE day_factors DROP CONSTRAINT day_factors_pkey;
ALTER TABLE day_factors ADD PRIMARY KEY (diary, date, factor);

ALTER TABLE medications ADD COLUMN diary BIGINT NOT NULL DEFAULT 1;
ALTER TABLE medications ALTER COLUMN diary DROP DEFAULT;
ALTER TABLE medications DROP CONSTRAINT medications_pkey;
ALTER TABLE medications ADD PRIMARY KEY (diary, id);

ALTER TABLE screening_answers ADD COLUMN diary BIGINT NOT NULL DEFAULT 1;
ALTER TABLE screening_answers ALTER COLUMN diary DROP DEFAULT;
ALTER TABLE screening_answers DROP CONSTRAINT screening_answers_pkey;
ALTER TABLE screening_answers ADD PRIMARY KEY (diary, question);

CREATE TABLE accounts (
    id             BIGINT PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL CHECK (role IN ('person', 'clinician', 'researcher', 'admin')),
    password_hash  TEXT NOT NULL,
    diary          BIGINT UNIQUE,
    created_ms     BIGINT NOT NULL,
    CHECK ((role = 'person') = (diary IS NOT NULL))
);

CREATE TABLE shares (
    id            TEXT PRIMARY KEY,
    diary         BIGINT NOT NULL,
    with_account  BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash    TEXT UNIQUE,
    created_ms    BIGINT NOT NULL,
    until         TEXT,
    revoked_ms    BIGINT,
    CHECK ((with_account IS NULL) <> (token_hash IS NULL))
);

CREATE TABLE audit (
    seq     BIGSERIAL PRIMARY KEY,
    at_ms   BIGINT NOT NULL,
    diary   BIGINT,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '',
    origin  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_diary ON audit (diary, seq);
CREATE FUNCTION nightcramp_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION nightcramp_audit_append_only();

-- The second check: a row is visible and writable only inside a transaction that set
-- nightcramp.diary to its diary. FORCE applies it to the tables' owner too, which is the
-- role the application connects as.
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['profile', 'episodes', 'checkins', 'day_factors', 'medications', 'screening_answers'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY one_diary ON %I USING (diary = NULLIF(current_setting(''nightcramp.diary'', true), '''')::BIGINT)',
            t);
    END LOOP;
END $$;
