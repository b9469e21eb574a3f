#!/usr/bin/env bash
# Mints a local dev token for the embedded run: deploy/token.sh <bank|bureau|cbrc|admin|service> [institution] [hours]
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -cp "deploy/embedded/target/npa-embedded.jar:deploy/embedded/target/lib/*" cn.npa.embedded.DevToken "$@"
