-- nightcramp PostgreSQL schema 7: the language the person reads nightcramp in (`en`, `es`,
-- `de`, `fr`), a profile setting; NULL means "follow the browser or the terminal".
ALTER TABLE profile ADD COLUMN language TEXT;
