-- The data version (docs/decisions.md, "Data version"): one row, a number that goes up with every
-- committed transaction that wrote data, and when. Every data table marks its writing transaction in
-- a statement-level trigger, so no writer can forget it: the seed loader, the importers' JDBC
-- batches, editors' writes, and any other process or psql session alike.
CREATE TABLE data_release (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    version     bigint NOT NULL CHECK (version > 0),
    changed_at  timestamptz NOT NULL
);
INSERT INTO data_release (version, changed_at) VALUES (1, clock_timestamp());

-- The transactions that have written data and not yet committed, one row each, never visible to
-- another transaction: inserted at a transaction's first write and deleted by its commit-time bump.
-- Writers do not wait for each other here (each has its own key); they queue only on the one row
-- of data_release, at commit.
CREATE TABLE data_release_pending (
    xid  xid8 PRIMARY KEY
);

CREATE FUNCTION data_release_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_release_pending (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

-- At commit, once per writing transaction: changed_at is the commit's time (never earlier than the
-- last release's, should the clock step back).
CREATE FUNCTION data_release_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_release
    SET version = version + 1,
        changed_at = greatest(clock_timestamp(), changed_at);
    DELETE FROM data_release_pending WHERE xid = NEW.xid;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER data_release_bumped_at_commit
    AFTER INSERT ON data_release_pending DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION data_release_bump();

-- Every table the API reads. Left out, on purpose: audit_log (written only beside the change it
-- records), seed_loads and dataset_loads (a load's bookkeeping: a load that changes data bumps
-- through the data tables, one that changes nothing must not), and the tables above.
-- DataReleaseTriggersTest fails when a new table has neither the trigger nor a place in that list.
DO $$
DECLARE
    data_table text;
BEGIN
    FOREACH data_table IN ARRAY ARRAY[
        'parties', 'party_aliases', 'sources', 'facts', 'citations', 'treaties', 'treaty_entries',
        'treaty_aliases', 'treaty_dates', 'treaty_actions', 'upr_cycles', 'upr_sessions', 'upr_reviews',
        'upr_review_counts', 'upr_recommendations', 'upr_recommending_states', 'upr_recommendation_themes',
        'reported_figures', 'hrc_memberships', 'coverage', 'imports', 'import_changes']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION data_release_mark()',
                       data_table || '_change_data_release', data_table);
    END LOOP;
END $$;
