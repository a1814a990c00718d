-- GET /api/v1/recommendations?q=...&per_page=50: the count of matches, then the first page of 50
-- with the recommending states and themes of each row, as the service's two queries do. The
-- query is one of a fixed list of searches (the same list bench/world.sh requests), quoted with
-- quote_literal because pgbench substitutes :q as text.
\set w random(1, 8)
SELECT quote_literal((ARRAY['torture','death penalty','child marriage','human rights defenders','trafficking',
              'journalists','indigenous peoples','disabilities'])[:w]) AS q \gset
SELECT count(*)
FROM upr_recommendations r JOIN upr_reviews rv ON rv.fact_id = r.review_fact_id
WHERE r.search @@ search_any_config(:q)
  AND r.search @@ CASE search_config(r.language)
      WHEN 'french'::regconfig THEN (SELECT websearch_to_tsquery('french', :q))
      WHEN 'english'::regconfig THEN (SELECT websearch_to_tsquery('english', :q))
      WHEN 'spanish'::regconfig THEN (SELECT websearch_to_tsquery('spanish', :q))
      ELSE (SELECT websearch_to_tsquery('simple', :q)) END;
SELECT r.id, rv.state_code, rv.cycle, rv.session, r.un_number, r.body, r.language, r.response, r.response_raw,
       (SELECT string_agg(party_code, '|' ORDER BY party_code) FROM upr_recommending_states WHERE recommendation_id = r.id),
       (SELECT string_agg(theme, '|' ORDER BY theme) FROM upr_recommendation_themes WHERE recommendation_id = r.id),
       r.source_id, r.locator
FROM upr_recommendations r JOIN upr_reviews rv ON rv.fact_id = r.review_fact_id
WHERE r.search @@ search_any_config(:q)
  AND r.search @@ CASE search_config(r.language)
      WHEN 'french'::regconfig THEN (SELECT websearch_to_tsquery('french', :q))
      WHEN 'english'::regconfig THEN (SELECT websearch_to_tsquery('english', :q))
      WHEN 'spanish'::regconfig THEN (SELECT websearch_to_tsquery('spanish', :q))
      ELSE (SELECT websearch_to_tsquery('simple', :q)) END
ORDER BY r.id LIMIT 50 OFFSET 0;
