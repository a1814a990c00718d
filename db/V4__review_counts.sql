-- Per-review counts of individual recommendations, maintained by statement-level triggers (one
-- aggregate per INSERT, UPDATE or DELETE statement, over its transition table), so that statistics
-- by cycle, state or session read one row per review instead of every recommendation.
-- Filters and breakdowns by recommending state, theme or response still count the recommendations.
CREATE TABLE upr_review_counts (
    review_fact_id  bigint PRIMARY KEY REFERENCES upr_reviews (fact_id) ON DELETE CASCADE,
    total           integer NOT NULL CHECK (total >= 0),
    supported       integer NOT NULL CHECK (supported >= 0),
    noted           integer NOT NULL CHECK (noted >= 0)
);

CREATE FUNCTION add_review_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO upr_review_counts AS c (review_fact_id, total, supported, noted)
    SELECT review_fact_id, count(*), count(*) FILTER (WHERE response = 'supported'),
           count(*) FILTER (WHERE response = 'noted')
    FROM added GROUP BY review_fact_id
    ON CONFLICT (review_fact_id) DO UPDATE
        SET total = c.total + excluded.total, supported = c.supported + excluded.supported,
            noted = c.noted + excluded.noted;
    RETURN NULL;
END $$;

CREATE FUNCTION subtract_review_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE upr_review_counts c
    SET total = c.total - d.total, supported = c.supported - d.supported, noted = c.noted - d.noted
    FROM (SELECT review_fact_id, count(*) AS total, count(*) FILTER (WHERE response = 'supported') AS supported,
                 count(*) FILTER (WHERE response = 'noted') AS noted
          FROM removed GROUP BY review_fact_id) d
    WHERE c.review_fact_id = d.review_fact_id;
    RETURN NULL;
END $$;

CREATE TRIGGER upr_recommendations_counted_on_insert
    AFTER INSERT ON upr_recommendations REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION add_review_counts();

CREATE TRIGGER upr_recommendations_counted_on_delete
    AFTER DELETE ON upr_recommendations REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION subtract_review_counts();

-- An update may change the response or move a recommendation to another review: take the old rows
-- out and put the new ones in.
CREATE TRIGGER upr_recommendations_recounted_on_update_out
    AFTER UPDATE ON upr_recommendations REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION subtract_review_counts();

CREATE TRIGGER upr_recommendations_recounted_on_update_in
    AFTER UPDATE ON upr_recommendations REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION add_review_counts();

INSERT INTO upr_review_counts (review_fact_id, total, supported, noted)
SELECT review_fact_id, count(*), count(*) FILTER (WHERE response = 'supported'), count(*) FILTER (WHERE response = 'noted')
FROM upr_recommendations GROUP BY review_fact_id;

-- Full-text search parses the query in each recommendation's own language (search_config), which
-- depends on the row, so no index can answer it. This union of the query in every configuration
-- search_config can return does not depend on the row: the GIN index finds the candidates with it,
-- and the per-language condition then keeps exactly the matches it would have kept alone.
CREATE FUNCTION search_any_config(q text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN websearch_to_tsquery('french', q) || websearch_to_tsquery('english', q)
        || websearch_to_tsquery('spanish', q) || websearch_to_tsquery('simple', q);
