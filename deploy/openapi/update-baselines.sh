#!/usr/bin/env bash
# Updates the committed OpenAPI baselines (docs/openapi/<service>.yaml) from the documents the services build now.
# Run it only for a change you mean: the build's breaking-change guard (openapi-diff, at verify) compares each
# service's document with its baseline and fails on an incompatible change; after this script it passes again, and
# the diff of docs/openapi/ in the commit shows reviewers what the clients of that service will see change.
#
#   deploy/openapi/update-baselines.sh                      # all three services
#   deploy/openapi/update-baselines.sh report-service       # one or more services
#   MVN_OPTS_EXTRA=-o deploy/openapi/update-baselines.sh    # offline
set -euo pipefail
cd "$(dirname "$0")/../.."
services=("$@")
if [ ${#services[@]} -eq 0 ]; then
  services=(submission-service report-service indicator-service)
fi
modules=$(IFS=,; echo "${services[*]}")
# package writes target/openapi/openapi.yaml (quarkus.smallrye-openapi.store-schema-directory); no tests, no checks
./mvnw -B -ntp ${MVN_OPTS_EXTRA:-} package -DskipTests -DskipOpenApiChecks -pl "$modules" -am
for s in "${services[@]}"; do
  cp "$s/target/openapi/openapi.yaml" "docs/openapi/$s.yaml"
  echo "baseline updated: docs/openapi/$s.yaml"
done
git --no-pager diff --stat -- docs/openapi || true
echo "Review the change (git diff docs/openapi), say why in the commit message, and commit the baseline with the code."
