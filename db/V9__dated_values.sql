-- Every stored date has the same three parts (date, precision, basis: provenance.DatedValue). UPR
-- review and cycle dates had no basis; their existing rows are "not recorded" (null).
ALTER TABLE upr_reviews ADD COLUMN reviewed_basis text CHECK (reviewed_basis IN ('stated', 'inferred')),
    ADD CHECK (reviewed_basis IS NULL OR reviewed_on IS NOT NULL);
ALTER TABLE upr_cycles ADD COLUMN starts_basis text CHECK (starts_basis IN ('stated', 'inferred')),
    ADD COLUMN ends_basis text CHECK (ends_basis IN ('stated', 'inferred')),
    ADD CHECK (ends_basis IS NULL OR ends_on IS NOT NULL);
