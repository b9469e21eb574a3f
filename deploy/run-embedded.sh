#!/usr/bin/env bash
# README command 1: build everything, then start PostgreSQL and the three services with the demo data. Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -DskipTests package
exec java -jar deploy/embedded/target/npa-embedded.jar "$@"
