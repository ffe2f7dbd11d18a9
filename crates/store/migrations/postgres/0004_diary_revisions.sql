-- nightcramp's PostgreSQL schema 4: a revision per diary, so that servers keep each diary
-- (and what they computed from it) until that diary changes, and writers to different
-- diaries no longer queue on one shared counter row. Values come from one sequence, so a
-- diary's revision never repeats, even after it is removed and copied back. The
-- 'revision' row of nightcramp_meta now moves only with accounts and shares.
CREATE SEQUENCE nightcramp_revision;
CREATE TABLE diary_revisions (
    diary     BIGINT PRIMARY KEY,
    revision  BIGINT NOT NULL
);
