## The command line's own words (messages, help).
