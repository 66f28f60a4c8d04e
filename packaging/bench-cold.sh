#!/usr/bin/env bash
# Cold-start benchmark (issue 16): every row is a whole process, as a coordinator runs it, timed as the median of
# N runs; where the tool people use instead is installed (LibreOffice, glabels-3-batch, sqlite3), it is timed on
# the same data and the ratio printed. Prints a Markdown table for docs/PERFORMANCE.md.
#
#   packaging/bench-cold.sh [--runs N] [--rows LIST]
#
# Needs target/shipshape.jar (./mvnw package -DskipTests). Uses target/installer/shipshape (the app image,
# ./mvnw -Pinstaller package) when it is there, for the installed-app rows. Builds its data once in
# target/bench-cold/ (the large warehouse: 100,000 items, 5 shipments of 1,500 packages) and reuses it.
# --rows picks rows by name: version,categories,list,import,labels,pack,xlsx,window (default: all).
# The comparison tools come from Debian: apt-get install libreoffice-calc-nogui libreoffice-writer-nogui glabels
# sqlite3 (and xvfb for the window rows, xdotool for the one that types into the window). The window rows' yardstick
# is the least JavaFX window (packaging/bench/MinimalTableWindow.java, compiled here with the JDK's javac), started
# and watched the same way on the same display.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=5
rows="version,categories,list,import,labels,pack,xlsx,window"
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --rows) rows=$2; shift 2 ;;
        *) echo "usage: packaging/bench-cold.sh [--runs N] [--rows LIST]" >&2; exit 2 ;;
    esac
done
want() { case ",$rows," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

jar=target/shipshape.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw package -DskipTests" >&2; exit 2; }
image=target/installer/shipshape/bin/shipshape
data=target/bench-cold
mkdir -p "$data"
data=$(cd "$data" && pwd)
# the runs must not touch this machine's own Shipshape data, cache or preferences
export XDG_DATA_HOME="$data/home/data" XDG_CACHE_HOME="$data/home/cache"
java_opts=(-Djava.util.prefs.userRoot="$data/home/prefs")
# what the installed Linux launcher adds for short commands (packaging/linux/launcher.sh): C1 only, serial collector
short_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# The CDS archive for `java -jar`: the class list of a few commands (an import among them) and the window (the small commands' own archive
# is made below), dumped once (relative class path, so it is
# used when the jar is started from the project folder as below).
cds="$data/shipshape-jar.jsa"
if [ ! -f "$cds" ] || [ "$cds" -ot "$jar" ]; then
    echo "Making the CDS archive for java -jar..." >&2
    rm -f "$data"/train-*.classlist
    java "${java_opts[@]}" -XX:DumpLoadedClassList="$data/train-1.classlist" -jar "$jar" --help > /dev/null
    java "${java_opts[@]}" -XX:DumpLoadedClassList="$data/train-2.classlist" -jar "$jar" \
        --db "$data/train.db" --user bench sample-data > /dev/null 2>&1 || true
    java "${java_opts[@]}" -XX:DumpLoadedClassList="$data/train-3.classlist" -jar "$jar" \
        --db "$data/train.db" --user bench shipment list > /dev/null
    rm -f "$data/train-import.db"*
    java "${java_opts[@]}" -XX:DumpLoadedClassList="$data/train-5.classlist" -jar "$jar" \
        --db "$data/train-import.db" --user bench import items sample-data/items.csv > /dev/null
    # the window too, under Xvfb when there is no display; open 8 s as in the installer's training (pom.xml), so the
    # screens it builds ahead after it shows are in the archive as well
    window_display=()
    [ -n "${DISPLAY:-}" ] || window_display=(xvfb-run -a -s "-screen 0 1366x768x24")
    "${window_display[@]}" java "${java_opts[@]}" -XX:DumpLoadedClassList="$data/train-4.classlist" \
        -Dshipshape.closeWindowAfterSeconds=8 -jar "$jar" --db "$data/train.db" --user bench > /dev/null 2>&1 \
        || echo "window training run failed: the archive holds the commands' classes only" >&2
    # one list from the runs: each class once (the JVM's static dump crashes on repeated lambda entries)
    java packaging/CdsClassList.java --union "$data/train.classlist" "$data"/train-*.classlist > /dev/null
    java -Xshare:dump -XX:SharedClassListFile="$data/train.classlist" -XX:SharedArchiveFile="$cds" \
        -cp "$jar" > "$data/cds-dump.log" 2>&1 || echo "CDS archive not made (see $data/cds-dump.log)" >&2
fi

sample="$data/sample.db"
[ -f "$sample" ] || java "${java_opts[@]}" -jar "$jar" --db "$sample" --user bench sample-data > /dev/null
# The small commands' archive (ADR 0027), as the installed Linux launcher uses it for categories and shipment: trained
# on those two alone, with the launcher's short-command flags.
cds_short="$data/shipshape-jar-short.jsa"
if [ ! -f "$cds_short" ] || [ "$cds_short" -ot "$jar" ]; then
    echo "Making the small commands' CDS archive for java -jar..." >&2
    java "${java_opts[@]}" "${short_opts[@]}" -XX:DumpLoadedClassList="$data/short-1.classlist" -jar "$jar" \
        --db "$sample" --user bench categories > /dev/null
    java "${java_opts[@]}" "${short_opts[@]}" -XX:DumpLoadedClassList="$data/short-2.classlist" -jar "$jar" \
        --db "$sample" --user bench shipment list > /dev/null
    java packaging/CdsClassList.java --union "$data/short.classlist" "$data"/short-[0-9].classlist > /dev/null
    java -Xshare:dump -XX:SharedClassListFile="$data/short.classlist" -XX:SharedArchiveFile="$cds_short" \
        -cp "$jar" > "$data/cds-short-dump.log" 2>&1 || echo "CDS archive not made (see $data/cds-short-dump.log)" >&2
fi
large="$data/large.db"
if [ ! -f "$large" ]; then
    echo "Building the large warehouse (once)..." >&2
    java "${java_opts[@]}" -jar "$jar" --db "$large" --user bench sample-data --large > /dev/null
fi
# the first shipment of 1,500 packages, its country and consignee (for the glabels labels)
java "${java_opts[@]}" -jar "$jar" --db "$large" --user bench shipment list --format csv > "$data/shipments.csv"
read -r ref country consignee < <(python3 - "$data/shipments.csv" <<'PY'
import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    if row["packages"] == "1500":
        print(row["ref"], row["country"], row["consignee"].replace(" ", "_"))
        break
PY
)
# The container list as CSV: what LibreOffice gets to make the packing list PDF and the XLSX from.
if [ ! -f "$data/list-lines.csv" ]; then
    java "${java_opts[@]}" -jar "$jar" --db "$large" --user bench export --shipment "$ref" --format csv \
        -o "$data/list.csv" > /dev/null
fi

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.2f", v[int((NR + 1) / 2)] }'; }
# time_runs COMMAND...: N whole-process runs; prints "WALL" (median seconds) and records the median CPU seconds
# (user + system, all threads) in $data/last-cpu: on a busy machine the wall time is mostly waiting for a core.
time_runs() {
    local i start end
    : > "$data/cpu.txt"; : > "$data/rss.txt"
    for i in $(seq "$runs"); do
        start=$(date +%s.%N)
        /usr/bin/time -f "%U %S %M" -o "$data/one-cpu.txt" "$@" > /dev/null 2> "$data/last-error.txt" \
            || { echo "failed: $*" >&2; sed 's/^/  /' "$data/last-error.txt" | tail -5 >&2; }
        end=$(date +%s.%N)
        awk '{ print $1 + $2 }' "$data/one-cpu.txt" >> "$data/cpu.txt"
        awk '{ print $3 / 1024 }' "$data/one-cpu.txt" >> "$data/rss.txt"
        echo "$end - $start" | bc
    done | median
    median < "$data/cpu.txt" > "$data/last-cpu"
    sort -n "$data/rss.txt" | tail -1 | awk '{ printf "%.0f", $1 }' > "$data/last-rss"
}
cpu() { cat "$data/last-cpu"; }
rss() { cat "$data/last-rss"; } # the largest resident size of the runs, MB
ratio() { # ratio OURS THEIRS -> "4.1x faster" / "1.3x slower"
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || a == 0 || b == 0) { print "-"; exit }
        if (b >= a) printf "%.1fx faster", b / a; else printf "%.1fx slower", a / b }'
}

# flags_row WHAT TOOL THEIRS JAVA_ARGS...: the same work again with the Linux launcher's flags for it (ADRs 0026, 0031)
flags_row() {
    local what=$1 tool=$2 theirs=$3 ours
    shift 3
    ours=$(time_runs java "${java_opts[@]}" "${short_opts[@]}" "$@")
    row "$what, with the launcher's short-command flags (installed app on Linux)" "$ours s (CPU $(cpu) s)" "$tool" "$theirs s" "$(ratio "$ours" "$theirs")"
}
have() { command -v "$1" > /dev/null 2>&1; }
# The installed app's rows: the app image as unpacked (the runtime's archive only), then with the archive the .deb's
# postinst makes for the installation (ADR 0019), made here the same way and removed again afterwards.
install_archive=$(dirname "$image")/../lib/app/shipshape.jsa
install_short_archive=$(dirname "$image")/../lib/app/shipshape-short.jsa
xvfb_pid= # the X server the window rows start when there is no display
trap 'rm -f "$install_archive" "$install_short_archive"; [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2> /dev/null' EXIT
installed() { # installed NAME TARGET ARGS...: one row, "runtime archive / install-time archive"
    local name=$1 target=$2 plain
    shift 2
    rm -f "$install_archive" "$install_short_archive"
    time_runs "$image" "$@" > "$data/w"; plain="$(cat "$data/w") s (CPU $(cpu) s)"
    SHIPSHAPE_MAKE_CDS_ARCHIVE=1 "$image" > "$data/install-cds.log" 2>&1 || echo "install-time archive not made" >&2
    time_runs "$image" "$@" > "$data/w"
    row "$name, installed app: runtime archive / with the install-time archives" "$plain / $(cat "$data/w") s (CPU $(cpu) s)" "$target" "-" "-"
    rm -f "$install_archive" "$install_short_archive"
}
soffice_bin=$(command -v soffice || command -v libreoffice || true)
rows_out=()
row() { rows_out+=("| $1 | $2 | $3 | $4 | $5 |"); echo "  $1: $2 / $4" >&2; }

echo "Measuring (median of $runs whole-process runs each)..." >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

if want version; then
    time_runs java "${java_opts[@]}" -Xshare:auto -jar "$jar" --version > "$data/w"; plain="$(cat "$data/w") s (CPU $(cpu) s)"
    time_runs java "${java_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --version > "$data/w"; with_cds="$(cat "$data/w") s (CPU $(cpu) s)"
    row "\`--version\`, java -jar: JDK's own CDS / with the app's CDS archive" "$plain / $with_cds" "target < 0.3 s" "-" "-"
    [ -x "$image" ] && installed "\`--version\`" "target < 0.3 s" --version
fi
if want categories; then
    time_runs java "${java_opts[@]}" -jar "$jar" --db "$sample" --user bench categories > "$data/w"; plain="$(cat "$data/w") s (CPU $(cpu) s)"
    time_runs java "${java_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$sample" --user bench categories > "$data/w"; with_cds="$(cat "$data/w") s (CPU $(cpu) s)"
    time_runs java "${java_opts[@]}" "${short_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$sample" --user bench categories > "$data/w"; short="$(cat "$data/w") s (CPU $(cpu) s)"
    time_runs java "${java_opts[@]}" "${short_opts[@]}" -XX:SharedArchiveFile="$cds_short" -jar "$jar" --db "$sample" --user bench categories > "$data/w"; small="$(cat "$data/w") s (CPU $(cpu) s)"
    row "\`categories\` (sample database), java -jar: JDK's own CDS / with the app's CDS archive / and the launcher's short-command flags / the small commands' archive and those flags" "$plain / $with_cds / $short / $small" "target < 0.5 s" "-" "-"
    [ -x "$image" ] && installed "\`categories\`" "target < 0.5 s" --db "$sample" --user bench categories
fi
if want list; then
    time_runs java "${java_opts[@]}" -jar "$jar" --db "$sample" --user bench shipment list > "$data/w"; plain="$(cat "$data/w") s (CPU $(cpu) s)"
    with_cds=$(time_runs java "${java_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$sample" --user bench shipment list)
    ours_cpu=$(cpu)
    theirs="-"
    have sqlite3 && theirs=$(time_runs sqlite3 "$sample" "select reference, status, consignee from shipment;")
    time_runs java "${java_opts[@]}" "${short_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$sample" --user bench shipment list > "$data/w"; short="$(cat "$data/w") s (CPU $(cpu) s)"
    small=$(time_runs java "${java_opts[@]}" "${short_opts[@]}" -XX:SharedArchiveFile="$cds_short" -jar "$jar" --db "$sample" --user bench shipment list)
    row "\`shipment list\` (sample database), java -jar: JDK's own CDS / with the app's CDS archive / and the launcher's short-command flags / the small commands' archive and those flags" "$plain / $with_cds s (CPU $ours_cpu s) / $short / $small s (CPU $(cpu) s)" "sqlite3 query of the same table" "$theirs s" "$(ratio "$small" "$theirs")"
    [ -x "$image" ] && installed "\`shipment list\`" "target < 0.5 s" --db "$sample" --user bench shipment list
fi
if want import; then
    # 100,000 item rows into a new database, all or nothing, in a heap capped at 256 MB (ADR 0009); sqlite3 .import
    # copies the same file into a table of text columns, checking nothing. Each run starts from no database.
    items="$data/items-100000.csv"
    [ -f "$items" ] || python3 - "$items" <<'PY'
import csv, random, sys, datetime
# the rows of bench's ItemCsvGenerator: 800 donors, categories every database has, seeded
categories = ["Men's clothes", "Women's clothes", "Shoes", "Towels", "Books", "Toys, dolls and puzzles",
              "Kitchenware, stainless steel", "Bicycles", "Blankets, cotton", "School bags"]
conditions = ["new", "used-good", "used-fair", "for-parts"]
rnd = random.Random(7)
start = datetime.date(2026, 1, 1)
with open(sys.argv[1], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["donor", "received_on", "category", "description", "quantity", "unit", "condition", "unit_value",
                "currency", "unit_kg", "location"])
    for i in range(100000):
        category = rnd.choice(categories)
        w.writerow([f"Donor {rnd.randrange(800)}", start + datetime.timedelta(days=rnd.randrange(365)), category,
                    f"{category.lower()} lot {i}", 1 + rnd.randrange(40), "", rnd.choice(conditions),
                    rnd.randrange(5000) / 100, "EUR", (1 + rnd.randrange(3000)) / 1000, f"Shelf {rnd.randrange(50)}"])
PY
    fresh=(bash -c 'rm -f "$0" "$0-wal" "$0-shm" "$0.lock"; exec "$@"' "$data/import.db")
    ours=$(time_runs "${fresh[@]}" java "${java_opts[@]}" -Xmx256m -XX:SharedArchiveFile="$cds" -jar "$jar" \
        --db "$data/import.db" --user bench import items "$items")
    ours_cpu=$(cpu); ours_rss=$(rss)
    theirs="-"
    have sqlite3 && theirs=$(time_runs "${fresh[@]}" sqlite3 "$data/import.db" ".import --csv $items item")
    row "import 100,000 item rows (\`import items\`, heap capped at 256 MB)" "$ours s (CPU $ours_cpu s, RSS at most $ours_rss MB)" "sqlite3 .import of the same CSV" "$theirs s" "$(ratio "$ours" "$theirs")"
    short=$(time_runs "${fresh[@]}" java "${java_opts[@]}" "${short_opts[@]}" -Xmx256m -XX:SharedArchiveFile="$cds" -jar "$jar" \
        --db "$data/import.db" --user bench import items "$items")
    row "import 100,000 item rows, with the launcher's short-command flags (installed app on Linux)" "$short s (CPU $(cpu) s, RSS at most $(rss) MB)" "sqlite3 .import of the same CSV" "$theirs s" "$(ratio "$short" "$theirs")"
    if have sqlite3; then
        # What the ratio asks of SQLite alone: sqlite3 itself storing the same file in Shipshape's schema as the import
        # does (donors created, categories looked up, the table's indexes and its quantity trigger dropped and made
        # again, the quantities checked once, one transaction), checking nothing else. The empty database is a Shipshape one, made once; each run starts from a copy of it.
        empty="$data/import-empty.db"
        { [ -f "$empty" ] && [ "$empty" -nt "$jar" ]; } || { rm -f "$data/import.db"*; java "${java_opts[@]}" -jar "$jar" --db "$data/import.db" \
            --user bench categories > /dev/null && sqlite3 "$data/import.db" "PRAGMA wal_checkpoint(TRUNCATE)" \
            > /dev/null && cp "$data/import.db" "$empty"; }
        indexes=$(sqlite3 "$empty" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index'
            AND tbl_name = 'donated_item' AND sql IS NOT NULL")
        drops=$(sqlite3 "$empty" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master WHERE type = 'index'
            AND tbl_name = 'donated_item' AND sql IS NOT NULL")
        guard=$(sqlite3 "$empty" "SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger'
            AND name = 'donated_item_quantity_finite_insert'")
        cat > "$data/import-floor.sql" <<SQL
.import --csv $items t
BEGIN;
INSERT INTO import_batch (kind, file_name, sha256, row_count, imported_at, imported_by)
    VALUES ('items', 'items.csv', '-', 100000, datetime('now'), 'bench');
INSERT INTO donor (name, kind, created_at) SELECT DISTINCT donor, 'other', datetime('now') FROM t;
$drops
DROP TRIGGER donated_item_quantity_finite_insert;
INSERT INTO donated_item (donor_id, category_id, description, quantity, unit, condition, unit_value_minor, currency,
        unit_g, received_on, location, import_batch_id, created_at)
    SELECT d.id, c.id, t.description, t.quantity, coalesce(nullif(t.unit, ''), c.default_unit), t.condition,
        CAST(round(t.unit_value * 100) AS INTEGER), t.currency, CAST(round(t.unit_kg * 1000) AS INTEGER),
        t.received_on, t.location, 1, datetime('now')
    FROM t JOIN donor d ON d.name = t.donor JOIN category c ON c.name = t.category;
SELECT count(*) FROM donated_item WHERE abs(quantity) > 1e15;
$guard
$indexes
DROP TABLE t;
COMMIT;
SQL
        floor=$(time_runs bash -c 'cp "$1" "$2" && rm -f "$2-wal" "$2-shm" && exec sqlite3 "$2" < "$3"' floor \
            "$empty" "$data/import.db" "$data/import-floor.sql")
        stored=$(sqlite3 "$data/import.db" "SELECT count(*) FROM donated_item")
        row "sqlite3 itself storing the same file in Shipshape's schema ($stored rows: donors, categories, indexes, one transaction, no checks)" "$floor s (CPU $(cpu) s)" "sqlite3 .import of the same CSV" "$theirs s" "$(ratio "$floor" "$theirs")"
    fi
fi
if want labels; then
    ours=$(time_runs java "${java_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench labels --shipment "$ref" --stock 4x6 -o "$data/labels.pdf")
    ours_cpu=$(cpu)
    theirs="-"
    if have glabels-3-batch; then
        # the same 1,500 labels from the container list: number, n of N, shipment, destination, contents, weight
        python3 - "$data/list.csv" "$data/glabels.csv" "$ref" "$country" "${consignee//_/ }" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["number", "of", "country", "consignee", "shipment", "contents", "weight"])
    for i, r in enumerate(rows, 1):
        w.writerow([r["package"], f"{i} of {len(rows)}", sys.argv[4], sys.argv[5], sys.argv[3],
                    r["contents"][:160], r["gross_kg"] + " kg"])
PY
        sed "s|src=\"labels.csv\"|src=\"$data/glabels.csv\"|" packaging/bench/labels-4x6.glabels > "$data/labels-4x6.glabels"
        theirs=$(time_runs glabels-3-batch -o "$data/glabels.pdf" "$data/labels-4x6.glabels")
    fi
    row "1,500 labels 4x6 (\`labels\`, with CDS)" "$ours s (CPU $ours_cpu s)" "glabels-3-batch, same labels merged from CSV" "$theirs s" "$(ratio "$ours" "$theirs")"
    flags_row "1,500 labels 4x6" "glabels-3-batch, same labels merged from CSV" "$theirs" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench labels --shipment "$ref" --stock 4x6 -o "$data/labels.pdf"
fi
if want pack; then
    mkdir -p "$data/pack"
    ours=$(time_runs java "${java_opts[@]}" -Xmx256m -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench documents --shipment "$ref" --draft -o "$data/pack")
    ours_cpu=$(cpu)
    theirs="-"
    if [ -n "$soffice_bin" ]; then
        theirs=$(time_runs "$soffice_bin" --headless --convert-to pdf --outdir "$data/lo" "$data/list-lines.csv")
    fi
    row "customs pack, 1,500 packages, draft (6 PDFs, \`documents\`, heap capped at 256 MB)" "$ours s (CPU $ours_cpu s)" "LibreOffice CSV -> PDF of the packing list lines alone" "$theirs s" "$(ratio "$ours" "$theirs")"
    flags_row "customs pack" "LibreOffice CSV -> PDF of the packing list lines alone" "$theirs" -Xmx256m -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench documents --shipment "$ref" --draft -o "$data/pack"
fi
if want xlsx; then
    ours=$(time_runs java "${java_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench export --shipment "$ref" --format xlsx -o "$data/list.xlsx")
    ours_cpu=$(cpu)
    theirs="-"
    if [ -n "$soffice_bin" ]; then
        theirs=$(time_runs "$soffice_bin" --headless --convert-to xlsx --outdir "$data/lo" "$data/list-lines.csv")
    fi
    row "container list XLSX, 1,500 packages (\`export --format xlsx\`)" "$ours s (CPU $ours_cpu s)" "LibreOffice CSV -> XLSX of the lines" "$theirs s" "$(ratio "$ours" "$theirs")"
    flags_row "container list XLSX" "LibreOffice CSV -> XLSX of the lines" "$theirs" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench export --shipment "$ref" --format xlsx -o "$data/list.xlsx"
fi
# java -jar to the main window shown (the log's "Main window shown" line), under Xvfb when there is no display; the
# window stays open 7 s, in which it builds its other screens ahead, and the FX thread is watched for 6 s
window_start() { # window_start COMMAND...: seconds from exec to "Main window shown", to "Window usable", and the
    # longest wait of the FX thread (ms) in the 6 s after the window showed
    local log="$XDG_DATA_HOME/shipshape/shipshape.log" start line shown usable wait
    : > "$log" 2> /dev/null || mkdir -p "$(dirname "$log")"
    start=$(date +%s.%N)
    JAVA_TOOL_OPTIONS="-Dshipshape.closeWindowAfterSeconds=7 -Dshipshape.watchFxThreadSeconds=6" "$@" > /dev/null 2>&1 &
    local app=$!
    [ -z "${type_along:-}" ] || type_as_the_window_shows
    wait "$app"
    since() { line=$(grep -m1 "$1" "$log" | cut -c1-23); [ -n "$line" ] && echo "$(date -d "${line/,/.}" +%s.%N) - $start" | bc; }
    shown=$(since "Main window shown"); usable=$(since "Window usable")
    wait=$(grep -m1 "Longest FX-thread wait" "$log" | sed -n 's/.*showed: \([0-9]*\) ms.*/\1/p')
    [ -n "$shown" ] && [ -n "$usable" ] || { echo "- - -"; return; }
    echo "$shown $usable ${wait:--}"
}
# the minimal JavaFX window, N runs: "SHOWN LONGEST" medians (seconds from exec to shown; ms of the longest FX wait)
minimal_window_times() {
    local classes="$data/minimal" i start out shown longest
    if [ ! -f "$classes/MinimalTableWindow.class" ] || [ "$classes/MinimalTableWindow.class" -ot "$jar" ]; then
        javac --release 17 -cp "$jar" -d "$classes" packaging/bench/MinimalTableWindow.java >&2 \
            || { echo "- -"; return; }
    fi
    : > "$data/minimal-waits"
    for i in $(seq "$runs"); do
        start=$(date +%s.%N)
        out=$(timeout 60 java -cp "$classes:$jar" MinimalTableWindow 2> /dev/null)
        shown=$(sed -n 's/^shown //p' <<< "$out"); longest=$(sed -n 's/^longest //p' <<< "$out")
        [ -n "$shown" ] || continue
        echo "${longest:--}" >> "$data/minimal-waits"
        echo "$shown / 1000 - $start" | bc
    done > "$data/minimal-shown"
    echo "$(median < "$data/minimal-shown") $(grep -v '^-' "$data/minimal-waits" | median | cut -d. -f1)"
}
type_as_the_window_shows() { # a volunteer at the intake desk: Ctrl+2 as soon as the window shows, then a donor's name
    # typed without a pause, a key every 30 ms for about 5 s (nothing is saved: no Enter)
    for _ in $(seq 500); do
        xdotool search --onlyvisible --name "Shipshape - " > /dev/null 2>&1 && break
        sleep 0.02
    done
    xdotool key ctrl+2
    xdotool type --delay 30 "$(printf 'Paul Fontaine and family, %.0s' $(seq 7))"
}
if want window; then
    # A person's desktop is already running when they start Shipshape: one X server for every window run, started
    # before the clock (xvfb-run per run would time the server's own start, about half a second here).
    if [ -z "${DISPLAY:-}" ]; then
        exec {display_fd}<> <(:)
        Xvfb -displayfd "$display_fd" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
        xvfb_pid=$!
        read -r -t 10 -u "$display_fd" display_number || { echo "Xvfb did not start: no window rows" >&2; exit 1; }
        export DISPLAY=":$display_number"
    fi
    # "shown / usable" medians: to the window on screen, and to its first screen's lists read (ShipshapeApp's log);
    # the longest FX-thread waits go to $data/fx-waits, one line per command
    times() {
        local all
        all=$(for i in $(seq "$runs"); do window_start "$@"; done | grep -v '^-')
        echo "$(cut -d' ' -f1 <<< "$all" | median) / $(cut -d' ' -f2 <<< "$all" | median)"
        echo "$(cut -d' ' -f3 <<< "$all" | grep -v '^-' | median) ms (runs: $(cut -d' ' -f3 <<< "$all" | tr '\n' ' '))" >> "$data/fx-waits"
    }
    : > "$data/fx-waits"
    plain=$(times java "${java_opts[@]}" -jar "$jar" --db "$large" --user bench)
    with_cds=$(times java "${java_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench)
    # the yardstick: the least JavaFX window (packaging/bench/MinimalTableWindow.java) on this machine and display
    minimal=$(minimal_window_times)
    row "window on the large warehouse, java -jar to main window shown / usable: without the app's archive; with it" "$plain s; $with_cds s" "target < 1.5 s; a minimal JavaFX window (a 12-column table of 1,000 rows), java -cp, to shown" "${minimal% *} s" "$(ratio "${with_cds%% *}" "${minimal% *}")"
    if [ -x "$image" ]; then
        rm -f "$install_archive" "$install_short_archive"
        plain=$(times "$image" --db "$large" --user bench)
        SHIPSHAPE_MAKE_CDS_ARCHIVE=1 "$image" > "$data/install-cds.log" 2>&1 || echo "install-time archive not made" >&2
        row "window on the large warehouse, installed app, shown / usable: runtime archive; install-time archive" "$plain s; $(times "$image" --db "$large" --user bench) s" "target < 1.5 s" "-" "-"
        rm -f "$install_archive" "$install_short_archive"
    fi
    row "window on the large warehouse, longest FX-thread wait in the 6 s after it shows (as it builds its other screens ahead): java -jar without / with the app's archive; installed: runtime / install-time archive" "$(paste -sd ';' "$data/fx-waits" | sed 's/;/; /g')" "target < 50 ms; the minimal JavaFX window, the same wait" "${minimal#* } ms" "-"
    if have xdotool; then
        : > "$data/fx-waits"
        type_along=1 times java "${java_opts[@]}" -XX:SharedArchiveFile="$cds" -jar "$jar" --db "$large" --user bench \
            > /dev/null
        row "window on the large warehouse, a volunteer typing from the moment it shows (Ctrl+2, then a key every 30 ms): longest FX-thread wait in the 6 s after it shows, java -jar with the app's archive" "$(cat "$data/fx-waits")" "target < 50 ms" "-" "-"
    fi
fi

echo
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM;" \
    "$(java -version 2>&1 | head -1); load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)." \
    "Median of $runs runs, whole processes; shipment $ref of the large warehouse."
echo
echo "| work | Shipshape | what people use instead | that tool | ratio |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows_out[@]}"
