#!/usr/bin/env bash
# Register benchmark (issue: institution register): national import vs PostgreSQL COPY, and tree query latencies.
# Usage: deploy/bench/register-bench.sh [requests=2000] [concurrency=4]. Targets 127.0.0.1 only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey; }
./mvnw -B -q -ntp -DskipTests package
exec java -Dnpa.service.heap=2g -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.RegisterBench "$@"
