#!/usr/bin/env bash
# Assessment benchmark (issue 12: assessment engine): national figures through the intake, the intake of one month timed on
# its own, assessment runs of every node of that month (indicators on both bases, peer statistics, ranks, K1-K7 for every
# bureau) timed over HTTP, and a plain SQL aggregate over the same rows as the reference.
# Usage: deploy/bench/assessment-bench.sh [month t=2026-01] [runs=3]. Targets 127.0.0.1 only; stops by itself.
# NPA_BENCH_JAVA_OPTS adds java options, e.g. "-Dnpa.bench.pg-port=55471 -Dnpa.bench.indicator-port=18472" (ports off the
# defaults 55433 / 18082, to run beside another benchmark), -Dnpa.bench.jfr=/tmp/a.jfr (a CPU profile of the service),
# -Dnpa.bench.echo=true (the service's log); NPA_BENCH_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "${NPA_BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp -DskipTests package
exec java -Xmx3g -Dnpa.service.heap=3g ${NPA_BENCH_JAVA_OPTS:-} -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.AssessmentBench "$@"
