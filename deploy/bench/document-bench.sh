#!/usr/bin/env bash
# Analysis document benchmark (issue 13, "Speed"): at national scale, fresh builds of bureaus' quarterly assessment
# documents and GET latency (hey) on the stored JSON, HTML and PDF, with references measured in the same run.
# Usage: deploy/bench/document-bench.sh [quarter=2026-Q3] [filers=all]. Targets 127.0.0.1 only (PostgreSQL on 55451,
# services on 18291-18293: no other script uses them); stops by itself (at the latest after 60 minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey; }
[ "${NPA_BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp -DskipTests package -pl submission-service,report-service,indicator-service,deploy/embedded -am
exec timeout 60m java -Xmx3g -Dnpa.service.heap=2g -Dnpa.service.heap.report-service=6g -Dnpa.service.heap.indicator-service=3g \
  -Dnpa.bench.pg-port=55451 -Dnpa.bench.port=18291 -Dnpa.bench.report-port=18292 -Dnpa.bench.indicator-port=18293 ${NPA_BENCH_JAVA_OPTS:-} \
  -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.DocumentBench "$@"
