#!/usr/bin/env bash
# Feed-pace benchmark (issue 11, "the feed keeps pace with intake"): the national filing wave (wrk, as intake-bench.sh)
# into the submission service and its real outbox relay delivering to a real report service on the same 2 cores:
# sequential (default: intake with the relay off, then the backlog delivered, each side alone) or concurrent (both at once).
# Usage: deploy/bench/feed-bench.sh [filers=all] [connections=32] [sequential|concurrent]. Targets 127.0.0.1 only (PostgreSQL 55433, services
# 18081 and 18083, as intake-bench.sh and rollup-bench.sh: run one of them at a time); stops by itself (60 minutes at most).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ "${NPA_BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp -DskipTests package
exec timeout 60m java -Dnpa.service.heap=3g -Dnpa.service.heap.report-service=6g \
  -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.FeedPaceBench "$@"
