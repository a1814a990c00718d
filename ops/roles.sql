-- Treaty Tracker's two database roles (docs/database-roles.md), for a new database or one that a
-- single user has run so far. Run with psql as a superuser, connected to any database:
--
--   psql -h HOST -U postgres -d postgres -f ops/roles.sql \
--        -v owner_password='...' -v app_password='...'
--
-- Optional: -v db=treaty_tracker -v owner=tracker_owner -v app=tracker_app (the defaults).
-- It can be run again: it creates what is missing, gives every object of schema public to the owner
-- and resets the application role's privileges to rows only. Passwords are set only when a role is
-- created (change them later with ALTER ROLE); the defaults below are placeholders.
-- Not a migration: it lives outside db/, where Flyway looks.

\set ON_ERROR_STOP on
\if :{?db}
\else
\set db treaty_tracker
\endif
\if :{?owner}
\else
\set owner tracker_owner
\endif
\if :{?app}
\else
\set app tracker_app
\endif
\if :{?owner_password}
\else
\set owner_password change-me-owner
\endif
\if :{?app_password}
\else
\set app_password change-me-app
\endif

-- The owner holds the schema and runs the migrations; the application role, the service's
-- datasource user, reads and writes rows. Neither needs to be a superuser.
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'owner', :'owner_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app', :'app_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec

-- The database belongs to the owner: the service then never needs CREATEDB.
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'owner') \gexec

\connect :db

BEGIN;

SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec

-- A database a single user ran so far: its tables, views, sequences, functions and types go to the
-- owner (nothing to do on a new database). Sequences behind serial columns follow their tables;
-- objects of extensions stay as they are.
SELECT format('ALTER %s %s OWNER TO %I',
              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                             WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
              c.oid::regclass, :'owner')
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace
   AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
   AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = :'owner')
   AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
 ORDER BY c.relkind = 'S' \gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, :'owner')
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace
   AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = :'owner')
   AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') \gexec
SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, :'owner')
  FROM pg_type t
 WHERE t.typnamespace = 'public'::regnamespace
   AND t.typtype IN ('e', 'd', 'r')
   AND t.typowner <> (SELECT oid FROM pg_roles WHERE rolname = :'owner')
   AND NOT EXISTS (SELECT FROM pg_depend d
                    WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e') \gexec

-- Nobody but the owner creates objects in the schema (PostgreSQL 15 already starts so).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- The application role: rows of every table and the sequences behind their ids, nothing else
-- (no TRUNCATE, REFERENCES or TRIGGER). The same grants the service makes after every migration;
-- here they also reset whatever the role held before.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"app";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"app";
GRANT USAGE ON SCHEMA public TO :"app";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
-- Tables the owner creates later (new migrations) get the same, before the service grants again.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"app";
-- Flyway's record of migrations is the owner's to write.
SELECT format('REVOKE INSERT, UPDATE, DELETE ON %s FROM %I', to_regclass('public.flyway_schema_history'), :'app')
 WHERE to_regclass('public.flyway_schema_history') IS NOT NULL \gexec

COMMIT;
