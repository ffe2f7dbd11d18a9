-- The latest answer to each warning-sign question of the checkup, with when it was given.
-- The clinician report shows them; the checkup itself judges the answers given with it.
CREATE TABLE screening_answers (
    question     TEXT PRIMARY KEY,
    answer       INTEGER NOT NULL CHECK (answer IN (0, 1)),
    answered_ms  INTEGER NOT NULL
) STRICT;
