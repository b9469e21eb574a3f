#!/usr/bin/env bash
# README command 1: start PostgreSQL and the three services with the demo data; Ctrl-C stops all, the data stays.
#   deploy/run-embedded.sh [--rebuild] [--fresh] [--help]
# Builds first only when needed: when a built jar is missing, or a pom.xml or a file under some src/main is newer than
# the oldest of the four jars (the three services' quarkus-run.jar and the launcher). --rebuild builds regardless.
# --fresh (and the other flags) go to the launcher (cn.npa.embedded.EmbeddedRun): see its --help.
set -euo pipefail
cd "$(dirname "$0")/.."

rebuild=no
args=()
for a in "$@"; do
  if [[ "$a" == "--rebuild" ]]; then rebuild=yes; else args+=("$a"); fi
done

jars=(submission-service/target/quarkus-app/quarkus-run.jar indicator-service/target/quarkus-app/quarkus-run.jar
      report-service/target/quarkus-app/quarkus-run.jar deploy/embedded/target/npa-embedded.jar)
oldest=""
for j in "${jars[@]}"; do
  if [[ ! -f "$j" ]]; then rebuild=yes; break; fi
  if [[ -z "$oldest" || "$j" -ot "$oldest" ]]; then oldest="$j"; fi
done
if [[ "$rebuild" == no ]]; then
  newer=$(find . \( -name target -o -name run -o -name .git -o -name node_modules \) -prune -o \
               \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$oldest" -print -quit)
  if [[ -n "$newer" ]]; then
    echo "[npa] sources changed since the last build (e.g. $newer): building"
    rebuild=yes
  fi
fi
if [[ "$rebuild" == yes ]]; then
  echo "[npa] building (./mvnw package -DskipTests, a few minutes the first time)"
  ./mvnw -B -q -ntp -DskipTests package
else
  echo "[npa] no source newer than the built jars: not rebuilding (--rebuild forces it)"
fi
# JAVA_OPTS: Java options of the launcher, e.g. JAVA_OPTS="-Dnpa.seed=7" (see --help)
exec java ${JAVA_OPTS:-} -jar deploy/embedded/target/npa-embedded.jar ${args[@]+"${args[@]}"}
