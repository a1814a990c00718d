-- GET /api/v1/states: every state of the catalog, in code order. The service's one statement as
-- logged (QUARKUS_HIBERNATE_ORM_LOG_SQL=true, catalog/StateService.list through Party.states()).
SELECT p.code, p.iso2, p.iso3, p.kind, p.name_en, p.name_en_source, p.name_fr, p.name_fr_source,
       p.regional_group, p.regional_group_source, p.un_status
FROM parties p
WHERE p.kind = 'state'
ORDER BY p.code;
