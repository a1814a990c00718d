-- Individual UPR recommendations written by editors (issue 5): a recommendation may now cite a
-- passage of a stored article (quote and code-point offsets, checked against the text as citations
-- are), carries a version for optimistic concurrency, and says who added it. Imported rows are
-- unchanged: a dataset source and a locator (the file's row), no quote, no author.

ALTER TABLE upr_recommendations
    ALTER COLUMN locator DROP NOT NULL,
    ADD COLUMN quote      text,
    ADD COLUMN start_cp   integer,
    ADD COLUMN end_cp     integer,
    ADD COLUMN derivation text,
    ADD COLUMN version    integer NOT NULL DEFAULT 0,
    ADD COLUMN added_by   text,
    ADD COLUMN added_at   timestamptz,
    ADD CHECK ((quote IS NULL) = (start_cp IS NULL) AND (quote IS NULL) = (end_cp IS NULL)),
    ADD CHECK (quote IS NOT NULL OR locator IS NOT NULL),
    ADD CHECK (start_cp IS NULL OR (start_cp >= 0 AND end_cp > start_cp)),
    ADD CHECK ((added_by IS NULL) = (added_at IS NULL)),
    -- An editor's recommendation is never an importer's: a re-import replaces only its own rows.
    ADD CHECK (added_by IS NULL OR import_key IS NULL);

-- The same check as citations (V1): the quote is the stored text between the offsets.
CREATE TRIGGER upr_recommendations_quote_matches_text
    BEFORE INSERT OR UPDATE ON upr_recommendations
    FOR EACH ROW WHEN (NEW.quote IS NOT NULL) EXECUTE FUNCTION check_citation_quote();

-- A review's counts (V4) are those of a complete list, as an imported export gives: what the
-- statistics by review take as its totals. Recommendations editors add one by one are a selection,
-- so they are left out of these counts (they are still listed, searched and counted by recommending
-- state, theme or response).
CREATE OR REPLACE FUNCTION add_review_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO upr_review_counts AS c (review_fact_id, total, supported, noted)
    SELECT review_fact_id, count(*), count(*) FILTER (WHERE response = 'supported'),
           count(*) FILTER (WHERE response = 'noted')
    FROM added WHERE added_by IS NULL GROUP BY review_fact_id
    ON CONFLICT (review_fact_id) DO UPDATE
        SET total = c.total + excluded.total, supported = c.supported + excluded.supported,
            noted = c.noted + excluded.noted;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION subtract_review_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE upr_review_counts c
    SET total = c.total - d.total, supported = c.supported - d.supported, noted = c.noted - d.noted
    FROM (SELECT review_fact_id, count(*) AS total, count(*) FILTER (WHERE response = 'supported') AS supported,
                 count(*) FILTER (WHERE response = 'noted') AS noted
          FROM removed WHERE added_by IS NULL GROUP BY review_fact_id) d
    WHERE c.review_fact_id = d.review_fact_id;
    RETURN NULL;
END $$;

-- A stored article never changes under its citations (V1), nor under the recommendations that quote it.
CREATE OR REPLACE FUNCTION forbid_body_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.body IS DISTINCT FROM NEW.body AND (
           EXISTS (SELECT 1 FROM citations WHERE source_id = OLD.id)
           OR EXISTS (SELECT 1 FROM upr_recommendations WHERE source_id = OLD.id AND quote IS NOT NULL)) THEN
        RAISE EXCEPTION 'source % is cited; its text cannot change', OLD.id;
    END IF;
    RETURN NEW;
END $$;

-- A review is deleted when its seed claim or its dataset row goes away, or when an editor retracts
-- it; the cascade would take editors' recommendations with it, and nothing else holds them. Refuse
-- instead: the editor retracts them first (each retraction is audited), then the review can go.
CREATE FUNCTION keep_editors_recommendations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    held bigint;
BEGIN
    SELECT count(*) INTO held FROM upr_recommendations WHERE review_fact_id = OLD.fact_id AND added_by IS NOT NULL;
    IF held > 0 THEN
        RAISE EXCEPTION 'UPR review % holds % recommendation(s) added by editors; retract them first (DELETE /api/v1/recommendations/{id})',
            OLD.fact_id, held;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER upr_reviews_keep_editors_recommendations
    BEFORE DELETE ON upr_reviews
    FOR EACH ROW EXECUTE FUNCTION keep_editors_recommendations();

CREATE INDEX upr_recommendations_added_by_idx ON upr_recommendations (review_fact_id) WHERE added_by IS NOT NULL;

-- A recommendation's history and its 410 read its entries by target.
CREATE INDEX audit_log_target_idx ON audit_log (target_kind, target_id, id);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_target_kind_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_target_kind_check
    CHECK (target_kind IN ('source', 'fact', 'citation', 'import', 'recommendation'));
