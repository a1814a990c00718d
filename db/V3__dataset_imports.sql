-- Bulk imports (issue 4). Each imported file is a source of kind 'dataset': its name, SHA-256 and
-- row count are kept, and facts taken from it cite it with a row locator. Successive exports of
-- one dataset (say, OHCHR's status table for one treaty) share a dataset key, so a newer export
-- updates the facts of the older one and the import records what changed.

ALTER TABLE sources DROP CONSTRAINT sources_kind_check;
ALTER TABLE sources ADD CONSTRAINT sources_kind_check CHECK (kind IN ('article', 'reference', 'dataset'));
ALTER TABLE sources
    ADD COLUMN dataset     text,
    ADD COLUMN file_name   text,
    ADD COLUMN row_count   integer CHECK (row_count >= 0),
    ADD COLUMN imported_at timestamptz,
    ADD CONSTRAINT sources_dataset_check CHECK (kind <> 'dataset' OR (
        dataset IS NOT NULL AND file_name IS NOT NULL AND sha256 IS NOT NULL
        AND row_count IS NOT NULL AND imported_at IS NOT NULL AND body IS NULL));
CREATE INDEX sources_dataset_idx ON sources (dataset, sha256);

-- Facts taken from a dataset are keyed within it (dataset, then party, treaty, action...), as seed
-- facts are keyed by their claim id: a newer export updates them in place and keeps their ids.
ALTER TABLE facts ADD COLUMN import_key text UNIQUE;

-- OHCHR's status tables give one "Date of Ratification/Accession" column: the state became bound,
-- but the row does not say whether by ratification, accession or succession.
ALTER TABLE treaty_actions DROP CONSTRAINT treaty_actions_action_check;
ALTER TABLE treaty_actions ADD CONSTRAINT treaty_actions_action_check CHECK (action IN
    ('signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval',
     'consent_to_be_bound', 'denunciation'));

-- Individual recommendations are keyed within their dataset too, to tell what a newer export changed.
ALTER TABLE upr_recommendations ADD COLUMN import_key text;
CREATE INDEX upr_recommendations_source_idx ON upr_recommendations (source_id);
CREATE INDEX upr_recommendations_import_key_idx ON upr_recommendations (import_key);

CREATE TABLE imports (
    id           bigserial PRIMARY KEY,
    dataset      text NOT NULL,
    source_id    text NOT NULL REFERENCES sources (id),
    format       text NOT NULL,
    rows         integer NOT NULL,
    added        integer NOT NULL,
    changed      integer NOT NULL,
    removed      integer NOT NULL,
    unchanged    integer NOT NULL,
    seconds      numeric NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now()
);

-- What an import changed relative to the dataset's previous export; the first import of a dataset
-- adds everything and lists nothing here.
CREATE TABLE import_changes (
    import_id  bigint NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    item_key   text NOT NULL,
    change     text NOT NULL CHECK (change IN ('added', 'changed', 'removed')),
    before     text,
    after      text,
    PRIMARY KEY (import_id, item_key)
);
