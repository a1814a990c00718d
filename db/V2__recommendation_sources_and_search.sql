-- Each individual recommendation cites where it comes from: a source (typically an imported file)
-- and a locator in it (typically a row number). The table is empty until importers exist.
ALTER TABLE upr_recommendations
    ADD COLUMN source_id text NOT NULL REFERENCES sources (id),
    ADD COLUMN locator   text NOT NULL;

-- The text-search configuration for a recommendation's language, used both to index and to query,
-- so that stemming agrees ("enfant" finds "enfants" in French).
CREATE FUNCTION search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE language
        WHEN 'fr' THEN 'french'::regconfig
        WHEN 'en' THEN 'english'::regconfig
        WHEN 'es' THEN 'spanish'::regconfig
        ELSE 'simple'::regconfig
    END;

ALTER TABLE upr_recommendations
    ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector(search_config(language), body)) STORED;

CREATE INDEX upr_recommendations_search_idx ON upr_recommendations USING gin (search);
CREATE INDEX upr_recommending_states_party_idx ON upr_recommending_states (party_code);
CREATE INDEX upr_recommendation_themes_theme_idx ON upr_recommendation_themes (theme);
