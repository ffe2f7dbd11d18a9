-- nightcramp schema 8: the language the person reads nightcramp in (`en`, `es`, `de`, `fr`),
-- a profile setting; empty means "follow the browser or the terminal".
ALTER TABLE profile ADD COLUMN language TEXT;
