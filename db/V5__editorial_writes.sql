-- Editorial writes (issue 5): versions for optimistic concurrency, who added a source, and the audit log.

-- Every write to a fact (its fields or its citations) raises its version; the API's ETag is built
-- from it, and an update naming an older version changes nothing (Hibernate's @Version).
ALTER TABLE facts ADD COLUMN version integer NOT NULL DEFAULT 0;

-- Sources added through the API say who added them and when; seed and imported sources leave these empty.
ALTER TABLE sources
    ADD COLUMN added_by text,
    ADD COLUMN added_at timestamptz,
    ADD CHECK ((added_by IS NULL) = (added_at IS NULL));
-- Two stored documents with the same bytes are one document.
CREATE UNIQUE INDEX sources_article_sha256_idx ON sources (sha256) WHERE kind = 'article';

-- One row per write: who, when, what, the state before and after (JSON in the shape of the API's
-- claim bodies). A retracted fact is deleted from the fact tables; its history stays here, so
-- fact_id has no foreign key.
CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor        text NOT NULL,
    action       text NOT NULL CHECK (action IN ('create', 'update', 'retract')),
    target_kind  text NOT NULL CHECK (target_kind IN ('source', 'fact', 'citation', 'import')),
    target_id    text NOT NULL,
    fact_id      bigint,
    fact_version integer,
    reason       text,
    before       jsonb,
    after        jsonb,
    -- A fact created has no before, a fact retracted no after; a citation's entries show its whole fact.
    CHECK (target_kind <> 'fact' OR action <> 'create' OR before IS NULL),
    CHECK (target_kind <> 'fact' OR action <> 'retract' OR after IS NULL),
    CHECK ((target_kind IN ('fact', 'citation')) = (fact_id IS NOT NULL))
);
CREATE INDEX audit_log_fact_idx ON audit_log (fact_id, id) WHERE fact_id IS NOT NULL;
CREATE INDEX audit_log_actor_idx ON audit_log (actor, id);
