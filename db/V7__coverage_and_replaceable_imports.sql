-- Real data, truthfully (issue 12): what each dataset covers, imports identified by file and
-- mapping, and the datasets shipped with the service loaded like the seeds.

-- A dataset's export speaks as of a date (OHCHR's "Last Updated", a snapshot's date) and may be a
-- complete record: every state it lists is covered, so a listed state without an action took none.
-- Publisher, URL and title exist since V1; the retrieval date is when someone downloaded the file.
ALTER TABLE sources
    ADD COLUMN as_of        date,
    ADD COLUMN complete     boolean NOT NULL DEFAULT false,
    ADD COLUMN retrieved_on date,
    ADD CONSTRAINT sources_complete_needs_date CHECK (NOT complete OR (kind = 'dataset' AND as_of IS NOT NULL));

-- Which states and treaties a dataset's current export covers, each with the row that lists the
-- state: the evidence of a "no action". One row per dataset, state and treaty: a newer export of
-- the dataset replaces its rows; other datasets keep theirs.
CREATE TABLE coverage (
    dataset      text NOT NULL,
    source_id    text NOT NULL REFERENCES sources (id),
    party_code   text NOT NULL REFERENCES parties (code),
    treaty_code  text NOT NULL REFERENCES treaties (code),
    locator      text NOT NULL,
    PRIMARY KEY (dataset, party_code, treaty_code)
);
CREATE INDEX coverage_party_treaty_idx ON coverage (party_code, treaty_code);
CREATE INDEX coverage_treaty_idx ON coverage (treaty_code);

-- An import is the file's bytes read with a mapping and options: the same file read another way is
-- another import. `identity` hashes all three; `records` keeps what a ratification import read, so
-- that it can be undone (the dataset put back as its previous import had it); `undoes` marks an
-- undo and names the import it took back.
ALTER TABLE imports
    ADD COLUMN identity char(64),
    ADD COLUMN records  jsonb,
    ADD COLUMN undoes   bigint REFERENCES imports (id);
ALTER TABLE sources ADD COLUMN identity char(64);
CREATE INDEX sources_dataset_identity_idx ON sources (dataset, identity);

-- The datasets shipped with the service (datasets/) are loaded at start like the seeds: one row per
-- load that changed something, so an unchanged folder is a no-op.
CREATE TABLE dataset_loads (
    id           bigserial PRIMARY KEY,
    fingerprint  char(64) NOT NULL,
    loaded_at    timestamptz NOT NULL DEFAULT now(),
    files        integer NOT NULL,
    imported     integer NOT NULL
);
