-- What an import (a watch, a file) said for a day factor when it differed from the value
-- kept (typed by the person). Same encoding as num/text for the row's kind; both NULL when
-- nothing disagrees.
ALTER TABLE day_factors ADD COLUMN import_num REAL;
ALTER TABLE day_factors ADD COLUMN import_text TEXT;
