-- nightcramp schema 7: the one-person server password's sessions live in the store too (a
-- session with no account), so several servers on one database share them, a logout on
-- one ends it on all, and its failed logins are counted in `login_attempts` like anyone's.
-- SQLite cannot drop a NOT NULL in place: the table is rebuilt, its rows kept.
CREATE TABLE sessions_new (
    token_hash  TEXT PRIMARY KEY,
    account     INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    expires_ms  INTEGER NOT NULL
) STRICT;
INSERT INTO sessions_new (token_hash, account, csrf, created_ms, expires_ms)
    SELECT token_hash, account, csrf, created_ms, expires_ms FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_new RENAME TO sessions;
CREATE INDEX sessions_by_expiry ON sessions (expires_ms);
