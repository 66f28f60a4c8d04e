#!/usr/bin/env bash
# Pictures of every screen at 1366x768 and 1024x700, on the sample warehouse and on the large one, in a real
# window on a virtual display (Xvfb), into docs/screenshots/; and, on the large warehouse, how long a volunteer
# waits: start to usable window, the inventory's first fill, and scans on a 2,000-package shipment (median of 5).
#
# usage: packaging/screenshots.sh [--runs N] [--out DIR] [--work DIR]
#   --work keeps the generated warehouses in DIR and uses them again next time (the large one takes a while)
#   needs Xvfb (apt-get install xvfb) and the jar (./mvnw -q package -DskipTests builds it when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5 out=docs/screenshots work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "screenshots: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v Xvfb >/dev/null || { echo "screenshots: Xvfb is missing (apt-get install xvfb)" >&2; exit 1; }
jar=target/shipshape.jar
[ -f "$jar" ] || ./mvnw -q -o package -DskipTests
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
# the tour's window sizes and language must not touch the user's own preferences
java_opts=(-Djava.util.prefs.userRoot="$work/prefs" -Duser.language=en -Duser.country=GB -Dprism.order=sw)
echo "warehouses in $work"
[ -f "$work/sample.db" ] || java "${java_opts[@]}" -jar "$jar" --db "$work/sample.db" sample-data >/dev/null
[ -f "$work/large.db" ] || java "${java_opts[@]}" -jar "$jar" --db "$work/large.db" sample-data --large >/dev/null
mkdir -p "$out"
rm -f "$out"/*.png

# one run of the tour on a fresh virtual screen of the given size; extra arguments go to `shipshape screens`
tour() {
  local size=$1 db=$2 name=$3; shift 3
  local display=":$((200 + RANDOM % 500))"
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  DISPLAY=$display java "${java_opts[@]}" -jar "$jar" screens --db "$db" --out "$out" --name "$name" --size "$size" "$@" \
    || { kill $xvfb; return 1; }
  kill $xvfb; wait $xvfb 2>/dev/null || true
}

for size in 1366x768 1024x700; do
  for warehouse in sample large; do
    tour "$size" "$work/$warehouse.db" "$warehouse-$size" | grep -v '^picture' || true
  done
done

echo "measuring on the large warehouse, $runs runs, machine load: $(uptime | sed 's/.*load average/load average/')"
cp "$work/large.db" "$work/scan.db"
rm -f "$work/times.txt"
for run in $(seq "$runs"); do
  tour 1366x768 "$work/scan.db" "measure" --add-shipment 2000 --scans 5 | grep -E 'ms' | tee -a "$work/times.txt"
done
rm -f "$out"/measure-*.png
python3 - "$work/times.txt" <<'PY'
import re, statistics, sys
start, fill, scans = [], [], []
for line in open(sys.argv[1]):
    if line.startswith('start-to-usable-ms'): start.append(int(line.split()[1]))
    elif line.startswith('inventory-first-fill-ms'): fill.append(int(line.split()[1]))
    elif line.startswith('scan-ms'): scans += [int(x) for x in line.split()[1:]]
med = lambda xs: statistics.median(xs) if xs else float('nan')
print(f"start to usable window: median {med(start):.0f} ms of {start}")
print(f"inventory first fill:   median {med(fill):.0f} ms of {fill}")
print(f"scan (2,000 packages):  median {med(scans):.0f} ms of {len(scans)} scans, slowest {max(scans) if scans else 0} ms")
PY
echo "pictures in $out"
