-- nightcramp's PostgreSQL schema 3, the same as SQLite's version 5: web sessions (only a
-- hash of each token) and login attempts per client, shared by every server on the database.
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    account     BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_ms  BIGINT NOT NULL,
    expires_ms  BIGINT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_ms);

CREATE TABLE login_attempts (
    client           TEXT PRIMARY KEY,
    window_start_ms  BIGINT NOT NULL,
    attempts         BIGINT NOT NULL
);
