#!/bin/sh
# Run by the postgres image on its first start (an empty data volume, see docker-compose.yml): the
# owner and application roles and the database, with the passwords given in the environment.
set -e
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$TRACKER_OWNER_PASSWORD" -v app_password="$TRACKER_APP_PASSWORD" \
     -f /ops/roles.sql
