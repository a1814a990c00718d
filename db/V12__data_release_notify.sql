-- Every committed data change is announced to every listening service instance (docs/scaling.md):
-- the commit-time bump of V10 notifies the channel data_release with the new version. PostgreSQL
-- delivers a notification only when, and only if, its transaction commits, so a listener never hears
-- of a change it cannot yet read, whichever process made it (the service, a command, psql).
CREATE OR REPLACE FUNCTION data_release_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bumped bigint;
BEGIN
    UPDATE data_release
    SET version = version + 1,
        changed_at = greatest(clock_timestamp(), changed_at)
    RETURNING version INTO bumped;
    DELETE FROM data_release_pending WHERE xid = NEW.xid;
    PERFORM pg_notify('data_release', bumped::text);
    RETURN NULL;
END $$;
