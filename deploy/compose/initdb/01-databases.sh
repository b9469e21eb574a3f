#!/usr/bin/env bash
# Runs once, when the postgres container starts on an empty volume: one database and one login role per service,
# passwords from the container's environment (deploy/compose/.env), never from this file.
set -euo pipefail
for svc in submission report indicator; do
  var="NPA_${svc^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -v role="npa_$svc" -v pw="${!var}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
CREATE DATABASE :"role" OWNER :"role";
SQL
done
