-- nightcramp schema 5: web sessions and login attempts live in the store, so that several
-- servers on one database share them (a logout on one ends the session on all) and a burst
-- of logins is counted in one place. Only a hash of each session token is kept.
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    account     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    expires_ms  INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_by_expiry ON sessions (expires_ms);

-- Login attempts per client address in the current window, counted before the password is
-- checked (so parallel attempts cannot all slip through one check).
CREATE TABLE login_attempts (
    client           TEXT PRIMARY KEY,
    window_start_ms  INTEGER NOT NULL,
    attempts         INTEGER NOT NULL
) STRICT;
