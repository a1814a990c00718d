-- GET /api/v1/states/{iso3}/ratifications/{code}: the state, the treaty, and that pair's action log
-- with each action's citations and their sources (what the view shows), in the service's order.
-- State and treaty chosen at random from fixed lists (the same lists bench/world.sh requests).
\set s random(1, 16)
\set t random(1, 18)
SELECT p.code, t.code, t.name_en, a.fact_id, a.action, a.action_date, a.precision, a.basis,
       c.id, c.quote, c.start_cp, c.end_cp, c.locator, c.derivation, src.id, src.url
FROM parties p
CROSS JOIN treaties t
LEFT JOIN treaty_actions a ON a.party_code = p.code AND a.treaty_code = t.code
LEFT JOIN citations c ON c.fact_id = a.fact_id
LEFT JOIN sources src ON src.id = c.source_id
WHERE p.kind = 'state'
  AND p.code = (ARRAY['VNM','FRA','BRA','IND','NGA','USA','CHN','DEU','MEX','KEN','IDN','EGY','ARG','ZAF','JPN','TUR'])[:s]
  AND t.code = (ARRAY['ICERD','ICCPR','ICCPR-OP1','ICCPR-OP2','ICESCR','OP-ICESCR','CEDAW','OP-CEDAW','CAT','OP-CAT',
                      'CRC','OP-CRC-AC','OP-CRC-SC','OP-CRC-IC','ICMW','CPED','CRPD','OP-CRPD'])[:t]
ORDER BY a.action_date NULLS LAST, a.fact_id, c.id;
