#!/usr/bin/env bash
# Several stations on a throw-away PostgreSQL server (org.shipshape.bench.StationsBench): RUNS runs (default 5), each
# on a new, empty schema; prints every run's line. Needs the jar (./mvnw package) and root (the server runs as the
# postgres system user, see packaging/test-postgres.sh).
#   packaging/bench-stations.sh [RUNS] [STATIONS] [SCANS_PER_STATION]
#       every station scans its share of sealed packages into one container (default 8 x 125)
#   packaging/bench-stations.sh mixed [RUNS] [STATIONS] [OPERATIONS_PER_STATION]
#       a mixed day (pack, weigh, seal, load, unload; org.shipshape.bench.MixedStation), half the stations in a second
#       Java process (default 8 x 500)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=()
per_station=125
if [ "${1:-}" = mixed ]; then
  mode=(mixed)
  per_station=500
  shift
fi
runs=${1:-5}
stations=${2:-8}
per_station=${3:-$per_station}
dir=$(mktemp -d)
trap 'packaging/test-postgres.sh stop "$dir" || true; rm -rf "$dir"' EXIT
eval "$(packaging/test-postgres.sh start "$dir")"
for run in $(seq 1 "$runs"); do
  psql "$SHIPSHAPE_TEST_POSTGRES_URL" -q -X -c "CREATE SCHEMA bench_$run"
  echo "run $run: $(uptime)"
  java -cp "target/shipshape.jar:target/lib/*" org.shipshape.bench.StationsBench \
      "$SHIPSHAPE_TEST_POSTGRES_URL?currentSchema=bench_$run" "${mode[@]}" "$stations" "$per_station"
done
