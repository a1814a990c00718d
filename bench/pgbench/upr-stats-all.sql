-- GET /api/v1/upr/stats?group_by=cycle,state: every review (reported totals) and the per-review
-- counts of individual recommendations the database maintains (upr_review_counts), as the service's
-- two queries do.
SELECT rv.fact_id, rv.state_code, rv.cycle, rv.session, rv.recommendations_total, rv.accepted, rv.noted
FROM upr_reviews rv
ORDER BY rv.state_code, rv.cycle, rv.fact_id;
SELECT rv.state_code, rv.cycle, sum(c.total), sum(c.supported), sum(c.noted)
FROM upr_review_counts c JOIN upr_reviews rv ON rv.fact_id = c.review_fact_id
WHERE c.total > 0
GROUP BY rv.state_code, rv.cycle;
