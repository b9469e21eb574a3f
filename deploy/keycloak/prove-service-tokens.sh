#!/usr/bin/env bash
# Proves service tokens under Keycloak on this machine (docs/deployment.md, section 5), bounded in time:
#   1. Keycloak 26.7.3 (Maven Central, org.keycloak:keycloak-quarkus-dist zip; JDK 21+) on 127.0.0.1, importing
#      deploy/keycloak/npa-realm.json with two fresh random client secrets;
#   2. a client credentials token for npa-submission-service and npa-report-service: role "service" in "groups";
#   3. a throwaway PostgreSQL and the built submission service verifying tokens with the realm's JWKS and issuer, and
#      itself configured to take its own service tokens from Keycloak (NPA_OIDC_*);
#   4. the report service's Keycloak token is accepted (GET the register export, role service: 200), a token signed
#      with the embedded run's dev key is refused (401), and the submission service's log shows that it got its own
#      token from Keycloak by client credentials.
# Everything runs under deploy/keycloak/run/ (ignored by git) and is stopped at the end, also on failure or Ctrl-C.
# Needs the built jars (./mvnw package -DskipTests, or a first deploy/run-embedded.sh). Exit 0 = proven.
#   deploy/keycloak/prove-service-tokens.sh        env: KC_JAVA_HOME (default temurin 25), KC_PORT (18080)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
version=26.7.3
run=$root/deploy/keycloak/run
kc=$run/keycloak-$version
kc_port=${KC_PORT:-18080}
pg_port=${PROOF_PG_PORT:-55441}
svc_port=${PROOF_SERVICE_PORT:-18181}
kc_java=${KC_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=${PROOF_JAR:-$root/submission-service/target/quarkus-app/quarkus-run.jar}
realm_url=http://127.0.0.1:$kc_port/realms/npa
token_url=$realm_url/protocol/openid-connect/token
say() { echo "[proof] $(date -u +%H:%M:%S) $*"; }
fail() { say "FAILED: $*"; exit 1; }

[[ -f "$jar" ]] || fail "no $jar: build first (./mvnw -B package -DskipTests)"
[[ -x "$kc_java/bin/java" ]] || fail "Keycloak $version needs JDK 21+: set KC_JAVA_HOME"
mkdir -p "$run/logs"
if [[ ! -x "$kc/bin/kc.sh" ]]; then
  say "fetching Keycloak $version from Maven Central (about 170 MB, once)"
  ./mvnw -B -q -ntp dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip -DoutputDirectory="$run"
  (cd "$run" && unzip -q -o "keycloak-quarkus-dist-$version.zip" && rm "keycloak-quarkus-dist-$version.zip")
fi

pids=()
pgdir=$run/pg
pgdata=$pgdir/data
# PostgreSQL refuses to run as root: as root, its tools run as the user postgres
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [[ -f "$pgdata/postmaster.pid" ]]; then as_pg pg_ctl -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT INT TERM

# waits up to $2 seconds for URL $1 to answer 200; $3 is the pid that must stay alive meanwhile
await() {
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    kill -0 "$3" 2>/dev/null || fail "the process for $1 ended; see the logs in $run/logs"
    ((SECONDS < deadline)) || fail "$1 not ready within $2 s; see the logs in $run/logs"
    sleep 2
  done
}
claims() { cut -d. -f2 | tr '_-' '/+' | base64 -d 2>/dev/null || true; }

# 1. Keycloak: a new dev-file database each time, so the realm (and its secrets) is imported afresh
export NPA_SUBMISSION_CLIENT_SECRET=$(openssl rand -hex 24)
export NPA_REPORT_CLIENT_SECRET=$(openssl rand -hex 24)
rm -rf "$kc/data"
mkdir -p "$kc/data/import"
cp deploy/keycloak/npa-realm.json "$kc/data/import/"
say "starting Keycloak $version on 127.0.0.1:$kc_port (log $run/logs/keycloak.log)"
JAVA_HOME=$kc_java "$kc/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$kc_port" --import-realm \
  >"$run/logs/keycloak.log" 2>&1 &
pids+=($!)
await "$realm_url/.well-known/openid-configuration" 900 "${pids[0]}"
say "Keycloak up, realm npa imported"

# 2. client credentials tokens of the two calling services
token_of() {
  curl -fsS -u "$1:$2" -d grant_type=client_credentials "$token_url" | jq -r .access_token
}
report_token=$(token_of npa-report-service "$NPA_REPORT_CLIENT_SECRET")
sub_token=$(token_of npa-submission-service "$NPA_SUBMISSION_CLIENT_SECRET")
for t in "$report_token" "$sub_token"; do
  c=$(claims <<<"$t")
  jq -e '.groups | index("service")' <<<"$c" >/dev/null || fail "no role service in the token's groups: $c"
  jq -e --arg iss "$realm_url" '.iss == $iss' <<<"$c" >/dev/null || fail "unexpected issuer: $c"
done
say "client credentials tokens: $(claims <<<"$report_token" | jq -c '{iss, azp, groups, exp}')"
bad=$(curl -s -o /dev/null -w '%{http_code}' -u "npa-report-service:wrong" -d grant_type=client_credentials "$token_url")
[[ "$bad" == 401 ]] || fail "a wrong client secret got HTTP $bad, expected 401"

# 3. PostgreSQL (throwaway) and the submission service pointed at the realm
rm -rf "$pgdir"
mkdir -p "$pgdir"
[[ $(id -u) == 0 ]] && chown postgres "$pgdir"
as_pg initdb -D "$pgdata" -U postgres --auth=trust -E UTF8 >"$run/logs/initdb.log" 2>&1
as_pg pg_ctl -D "$pgdata" -l "$pgdir/postgres.log" -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1" -w start >/dev/null
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database npa_submission"
say "starting the submission service on :$svc_port with Keycloak's JWKS and issuer (log $run/logs/submission-service.log)"
NPA_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/npa_submission NPA_DB_USER=postgres NPA_DB_PASSWORD=postgres \
NPA_JWT_PUBLIC_KEY=$realm_url/protocol/openid-connect/certs NPA_JWT_ISSUER=$realm_url \
NPA_OIDC_TOKEN_URL=$token_url NPA_OIDC_CLIENT_ID=npa-submission-service NPA_OIDC_CLIENT_SECRET=$NPA_SUBMISSION_CLIENT_SECRET \
NPA_REPORT_URL=http://127.0.0.1:9 QUARKUS_HTTP_PORT=$svc_port \
  java -Xmx512m -jar "$jar" >"$run/logs/submission-service.log" 2>&1 &
pids+=($!)
await "http://127.0.0.1:$svc_port/q/health/ready" 600 "${pids[1]}"

# 4. accepted and refused
export_url="http://127.0.0.1:$svc_port/api/v1/institutions/export?asOf=2026-01-31"
code=$(curl -s -o "$run/logs/export.json" -w '%{http_code}' -H "Authorization: Bearer $report_token" "$export_url")
[[ "$code" == 200 ]] || fail "the report service's Keycloak token got HTTP $code from the register export, expected 200"
say "the report service's Keycloak token: HTTP 200 from GET /api/v1/institutions/export (role service)"
if [[ -f deploy/embedded/target/npa-embedded.jar ]]; then
  dev=$(deploy/token.sh service 2>/dev/null | tail -1)
  [[ "$dev" == ey* ]] || fail "deploy/token.sh minted no dev token"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $dev" "$export_url")
  [[ "$code" == 401 ]] || fail "a self-signed dev service token got HTTP $code, expected 401"
  say "a self-signed dev service token: HTTP 401 (only the realm's keys are trusted)"
fi
deadline=$((SECONDS + 60))
until grep -q "first service token from the identity provider" "$run/logs/submission-service.log"; do
  ((SECONDS < deadline)) || fail "the submission service did not get its own token from Keycloak within 60 s"
  sleep 2
done
say "the submission service's relay got its own service token from Keycloak (client credentials): $(grep -o 'service tokens from the identity provider at [^ ]*' "$run/logs/submission-service.log" | head -1)"
say "PROVEN: service tokens by client credentials from Keycloak $version are minted, taken and accepted"
