#!/usr/bin/env bash
# Several stations scanning into one container on a throw-away PostgreSQL server (org.shipshape.bench.StationsBench):
# RUNS runs (default 5), each on a new, empty schema; prints every run's line. Needs the jar (./mvnw package) and
# root (the server runs as the postgres system user, see packaging/test-postgres.sh).
#   packaging/bench-stations.sh [RUNS] [STATIONS] [SCANS_PER_STATION]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
stations=${2:-8}
scans=${3:-125}
dir=$(mktemp -d)
trap 'packaging/test-postgres.sh stop "$dir" || true; rm -rf "$dir"' EXIT
eval "$(packaging/test-postgres.sh start "$dir")"
for run in $(seq 1 "$runs"); do
  psql "$SHIPSHAPE_TEST_POSTGRES_URL" -q -X -c "CREATE SCHEMA bench_$run"
  java -cp "target/shipshape.jar:target/lib/*" org.shipshape.bench.StationsBench \
      "$SHIPSHAPE_TEST_POSTGRES_URL?currentSchema=bench_$run" "$stations" "$scans"
done
