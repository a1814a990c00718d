-- GET /api/v1/states/{iso3}/ratifications: the state, the treaty catalog, and the state's whole
-- action log with citations and sources, ordered as the service groups it.
\set s random(1, 16)
SELECT p.code, t.code, t.name_en, a.fact_id, a.action, a.action_date, a.precision, a.basis,
       c.id, c.quote, c.start_cp, c.end_cp, c.locator, c.derivation, src.id, src.url
FROM parties p
CROSS JOIN treaties t
LEFT JOIN treaty_actions a ON a.party_code = p.code AND a.treaty_code = t.code
LEFT JOIN citations c ON c.fact_id = a.fact_id
LEFT JOIN sources src ON src.id = c.source_id
WHERE p.kind = 'state'
  AND p.code = (ARRAY['VNM','FRA','BRA','IND','NGA','USA','CHN','DEU','MEX','KEN','IDN','EGY','ARG','ZAF','JPN','TUR'])[:s]
ORDER BY t.code, a.action_date NULLS LAST, a.fact_id, c.id;
