#!/usr/bin/env bash
# Filing-wave benchmark (issue: report intake): one monthly report per unit of the national register, with wrk.
# Usage: deploy/bench/intake-bench.sh [filers=all] [connections=32] [expected rate/s=900, sizes wrk -d: a slower wave is cut short and says so] [previous|no-previous]
# "previous" (default) first files the month before, unmeasured, so the quality rules compare with it.
# Targets 127.0.0.1 only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -B -q -ntp -DskipTests package
exec java -Dnpa.service.heap=3g -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.IntakeBench "$@"
