-- GET /api/v1/upr/stats?state={iso3}&group_by=cycle: the state's reviews (reported totals) and its
-- per-review recommendation counts (upr_review_counts), as the service's two queries do.
\set s random(1, 16)
SELECT rv.fact_id, rv.state_code, rv.cycle, rv.session, rv.recommendations_total, rv.accepted, rv.noted
FROM upr_reviews rv
WHERE rv.state_code = (ARRAY['VNM','FRA','BRA','IND','NGA','USA','CHN','DEU','MEX','KEN','IDN','EGY','ARG','ZAF','JPN','TUR'])[:s]
ORDER BY rv.state_code, rv.cycle, rv.fact_id;
SELECT rv.state_code, rv.cycle, sum(c.total), sum(c.supported), sum(c.noted)
FROM upr_review_counts c JOIN upr_reviews rv ON rv.fact_id = c.review_fact_id
WHERE c.total > 0
  AND rv.state_code = (ARRAY['VNM','FRA','BRA','IND','NGA','USA','CHN','DEU','MEX','KEN','IDN','EGY','ARG','ZAF','JPN','TUR'])[:s]
GROUP BY rv.state_code, rv.cycle;
