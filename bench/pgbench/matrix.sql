-- GET /api/v1/ratifications/matrix: every state, every treaty, and every state's action log
-- (with citations, which the service's status derivation reads through the same views).
SELECT code, name_en FROM parties WHERE kind = 'state' ORDER BY code;
SELECT code, name_en FROM treaties ORDER BY code;
SELECT a.party_code, a.treaty_code, a.fact_id, a.action, a.action_date, a.precision, a.basis,
       c.id, c.quote, c.start_cp, c.end_cp, c.locator, c.derivation, src.id, src.url
FROM treaty_actions a
JOIN parties p ON p.code = a.party_code AND p.kind = 'state'
LEFT JOIN citations c ON c.fact_id = a.fact_id
LEFT JOIN sources src ON src.id = c.source_id
ORDER BY a.action_date NULLS LAST, a.fact_id, c.id;
