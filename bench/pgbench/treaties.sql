-- GET /api/v1/treaties: the treaty catalog with its names, aliases and the evidence of each treaty's
-- entry and dates (adopted, opened for signature, entry into force), with each citation's source.
-- From the service's SQL as logged (QUARKUS_HIBERNATE_ORM_LOG_SQL=true, catalog/TreatyService.list):
-- the treaties, then per treaty its entry, its dates and their citations, batches of aliases and
-- sources, 76 statements for the 19 treaties of the seeds; here the same rows in four statements.
SELECT t.code, t.kind, t.monitoring_body, t.name_en, t.name_fr, t.parent_code
FROM treaties t
ORDER BY t.code;
SELECT a.treaty_code, a.alias, a.language
FROM treaty_aliases a
ORDER BY a.treaty_code, a.alias;
SELECT e.treaty_code, e.fact_id, c.id, c.quote, c.start_cp, c.end_cp, c.locator, c.derivation,
       src.id, src.kind, src.url, src.title, src.publisher, src.retrieved_on
FROM treaty_entries e
LEFT JOIN citations c ON c.fact_id = e.fact_id
LEFT JOIN sources src ON src.id = c.source_id
ORDER BY e.treaty_code, c.id;
SELECT d.treaty_code, d.fact_id, d.event, d.event_date, d.precision, d.basis,
       c.id, c.quote, c.start_cp, c.end_cp, c.locator, c.derivation,
       src.id, src.kind, src.url, src.title, src.publisher, src.retrieved_on
FROM treaty_dates d
LEFT JOIN citations c ON c.fact_id = d.fact_id
LEFT JOIN sources src ON src.id = c.source_id
ORDER BY d.treaty_code, d.fact_id, c.id;
