-- nightcramp's PostgreSQL schema 6, as SQLite's 7: a session with no account is one of the
-- one-person server password, shared by every server on the database.
ALTER TABLE sessions ALTER COLUMN account DROP NOT NULL;
