#!/usr/bin/env bash
# Fault runs (issue 14, docs/reliability.md "Faults"): a filing wave of ~2,000 filings through the three real services,
# once without faults, once with report-service and indicator-service killed (SIGKILL) and restarted mid-wave, once with
# PostgreSQL stopped and started mid-wave; then what was acknowledged, stored, lost and duplicated, the time to converge,
# and whether the national rollups and an assessment run equal those of the run without faults. Exits 1 otherwise.
# Usage: deploy/faults/fault-wave.sh [KILL_SERVICES] [RESTART_POSTGRES]   (default: both, after the run without faults)
# Targets 127.0.0.1 only; every wait is bounded (about 5-15 minutes in all on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "${NPA_SKIP_BUILD:-}" = "1" ] || ./mvnw -B -q -ntp -DskipTests package
exec java -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.FaultWave "$@"
