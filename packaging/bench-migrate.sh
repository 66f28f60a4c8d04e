#!/usr/bin/env bash
# Times `shipshape migrate --to` (issue 18, docs/decisions/0013): the large warehouse (100,000 items, 5 shipments of
# 1,500 packages, built once in target/bench-migrate/ as bench-cold.sh builds it) copied onto a throw-away PostgreSQL
# server, each run onto a new, empty schema, as a whole process (copy, identities, then the checksums of both sides).
# Prints each run's seconds, the median, the machine's load and the last run's table of counts and checksums.
# Needs the jar (./mvnw package -DskipTests) and root (the server runs as the postgres system user, see
# packaging/test-postgres.sh).
#   packaging/bench-migrate.sh [RUNS]        (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/shipshape.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw package -DskipTests" >&2; exit 2; }
data=target/bench-migrate
mkdir -p "$data"
data=$(cd "$data" && pwd)
export XDG_DATA_HOME="$data/home/data" XDG_CACHE_HOME="$data/home/cache"
java_opts=(-Djava.util.prefs.userRoot="$data/home/prefs")
large="$data/large.db"
if [ ! -f "$large" ]; then
  echo "Building the large warehouse (once)..." >&2
  java "${java_opts[@]}" -jar "$jar" --db "$large" --user bench sample-data --large >/dev/null
fi
before=$(sha256sum "$large" | cut -d' ' -f1)

server=$(mktemp -d)
trap 'packaging/test-postgres.sh stop "$server" || true; rm -rf "$server"' EXIT
eval "$(packaging/test-postgres.sh start "$server")"

times=()
for run in $(seq 1 "$runs"); do
  psql "$SHIPSHAPE_TEST_POSTGRES_URL" -q -X -c "CREATE SCHEMA migrate_$run"
  start=$(date +%s%N)
  java "${java_opts[@]}" -jar "$jar" --db "$large" --lang en migrate \
      --to "$SHIPSHAPE_TEST_POSTGRES_URL?currentSchema=migrate_$run" >"$data/run-$run.txt"
  end=$(date +%s%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  times+=("$seconds")
  echo "run $run: $seconds s" >&2
done
[ "$before" = "$(sha256sum "$large" | cut -d' ' -f1)" ] || { echo "The warehouse file changed!" >&2; exit 1; }
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
items=$(grep '^donated_item ' "$data/run-$runs.txt" | awk '{ print $2 }')
echo "migrate --to (${items} items, $(du -h "$large" | cut -f1) file): median ${median} s of ${runs} runs (${times[*]})"
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'), PostgreSQL $(psql "$SHIPSHAPE_TEST_POSTGRES_URL" -tAX -c 'SHOW server_version')"
cat "$data/run-$runs.txt"
