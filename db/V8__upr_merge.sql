-- The month each UPR Working Group session was held (issue 12): what the UPR calendar can say of
-- a review that a dataset places only by its session. Reference data loaded from
-- seeds/reference/upr-cycles.yaml, each row citing the public page it was read from (source and
-- locator, as an imported recommendation cites its row). Only months: announced and held dates of
-- some sessions differ by days between UN pages, their months do not.
CREATE TABLE upr_sessions (
    number     integer PRIMARY KEY CHECK (number > 0),
    held_in    date NOT NULL CHECK (extract(day FROM held_in) = 1),
    source_id  text NOT NULL REFERENCES sources (id),
    locator    text NOT NULL
);
