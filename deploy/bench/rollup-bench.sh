#!/usr/bin/env bash
# Rollup benchmark (issue 11): the national register, one monthly filing per bank unit through the report service's
# bulk feed, the time to a current national rollup, PostgreSQL's GROUP BY over the same rows, GET latency with hey.
# Usage: deploy/bench/rollup-bench.sh [filers=all]
# Targets 127.0.0.1 only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey; }
./mvnw -B -q -ntp -DskipTests package
exec java -Dnpa.service.heap=8g -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.RollupBench "$@"
