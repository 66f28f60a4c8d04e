#!/usr/bin/env bash
# Builds the Linux app image (./mvnw -Pinstaller) and checks it as a volunteer would use it: the version, the
# sample warehouse, a shipment list, the customs pack and the window (under Xvfb), with its own Java runtime.
# Usage: packaging/smoke-test.sh [--no-build]    (--no-build: check target/installer/shipshape as it is)
# Exit 0 when every check passed; the last line says "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

image=target/installer/shipshape
work=$(mktemp -d)
# the install-time archive made below must never stay in the image (the .deb is built from it)
trap 'rm -rf "$work"; rm -f "$image"/lib/app/shipshape{,-short}.jsa{,.new}' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/      /' "$2" | tail -20; }

# The display the window and the class-data sharing training need: Xvfb when there is none.
with_display() {
    if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1366x768x24" "$@"; fi
}

if [ "${1:-}" != "--no-build" ]; then
    echo "Building the app image (./mvnw -Pinstaller package -DskipTests)..."
    if ! with_display ./mvnw -B -ntp -q -Pinstaller package -DskipTests > "$work/build.log" 2>&1; then
        fail "the app image builds" "$work/build.log"
        echo "$passed passed, $failed failed"
        exit 1
    fi
fi
[ -x "$image/bin/shipshape" ] && pass "app image at $image" || { fail "app image at $image"; echo "$passed passed, $failed failed"; exit 1; }

size_mb=$(du -sm "$image" | cut -f1)
archive_mb=$(du -cm "$image"/lib/runtime/lib/server/*.jsa 2>/dev/null | tail -1 | cut -f1)
echo "      size: ${size_mb} MB installed, of which ${archive_mb:-0} MB class-data sharing archive"
[ "$size_mb" -lt 80 ] && pass "installed under 80 MB, class-data sharing archive included" \
    || fail "installed under 80 MB, class-data sharing archive included (${size_mb} MB, of which ${archive_mb} MB archive)"

modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$image/lib/runtime/release")
case " $modules " in
    *" jdk.compiler "*|*" jdk.jshell "*|*" jdk.jdeps "*) fail "runtime without compiler, jshell, jdeps: $modules" ;;
    *) pass "runtime modules: $modules" ;;
esac
case " $modules " in *" javafx.controls "*) pass "JavaFX linked into the runtime" ;; *) fail "JavaFX linked into the runtime" ;; esac
if ls "$image/lib/app/lib" | grep -qE 'monocle|^javafx-'; then
    fail "no Monocle, javafx-swing or JavaFX class-path jars shipped: $(ls "$image/lib/app/lib" | grep -E 'monocle|^javafx-')"
else
    pass "no Monocle, javafx-swing or JavaFX class-path jars shipped"
fi

# Every run gets its own data, cache and preferences folders, so this machine's own Shipshape is not touched.
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
mkdir -p "$HOME"
app=("$image/bin/shipshape")
db="$work/smoke.db"

run() { # run NAME EXPECTED-TEXT COMMAND...
    local name=$1 expected=$2
    shift 2
    if "$@" > "$work/out.txt" 2> "$work/err.txt" && grep -q -- "$expected" "$work/out.txt" \
            && ! grep -q "Unsupported JavaFX configuration" "$work/err.txt"; then
        pass "$name"
    else
        cat "$work/err.txt" >> "$work/out.txt"
        fail "$name" "$work/out.txt"
    fi
}

run "shipshape --version" "Shipshape " "${app[@]}" --version
# the runtime's archive is used (a class from it says "shared objects file"), and the launcher asks no package manager
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.txt" "${app[@]}" --version > /dev/null 2>&1
grep -q "java.lang.Object source: shared objects file" "$work/classes.txt" 2>/dev/null \
    && pass "class-data sharing archive used" || fail "class-data sharing archive used"
if command -v strace > /dev/null; then
    strace -f -e trace=execve -o "$work/exec.txt" "${app[@]}" --version > /dev/null 2>&1
    grep -qE 'execve\("[^"]*/(rpm|dpkg)"' "$work/exec.txt" \
        && fail "the launcher starts no rpm or dpkg" "$work/exec.txt" || pass "the launcher starts no rpm or dpkg"
fi
# the archive the .deb's postinst makes for the installation (ADR 0019): made, used, then removed again
if SHIPSHAPE_MAKE_CDS_ARCHIVE=1 "${app[@]}" > "$work/cds-dump.txt" 2>&1 && [ -s "$image/lib/app/shipshape.jsa" ]; then
    JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.txt" "${app[@]}" --help > /dev/null 2>&1
    grep -q "org.shipshape.Launcher source: shared objects file" "$work/classes.txt" 2>/dev/null \
        && grep -q "picocli.CommandLine source: shared objects file" "$work/classes.txt" \
        && pass "install-time archive ($(du -m "$image/lib/app/shipshape.jsa" | cut -f1) MB) holds the app's classes" \
        || fail "install-time archive holds the app's classes" "$work/classes.txt"
    # and the small commands' own (ADR 0027), which the launcher gives categories and shipment
    JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.txt" "${app[@]}" --db "$work/none.db" categories \
        > /dev/null 2>&1
    [ -s "$image/lib/app/shipshape-short.jsa" ] \
        && grep -q "org.shipshape.cli.categories.CategoriesCommand source: shared objects file" "$work/classes.txt" \
        && pass "small commands' install-time archive ($(du -m "$image/lib/app/shipshape-short.jsa" | cut -f1) MB) made and used" \
        || fail "small commands' install-time archive made and used" "$work/classes.txt"
else
    fail "install-time archive made (SHIPSHAPE_MAKE_CDS_ARCHIVE=1)" "$work/cds-dump.txt"
fi
rm -f "$image/lib/app/shipshape.jsa" "$image/lib/app/shipshape-short.jsa"
run "sample-data" "Sample warehouse loaded" "${app[@]}" --db "$db" --user smoke sample-data
run "shipment list" "MLI-2026-01" "${app[@]}" --db "$db" --user smoke shipment list
run "categories" "HS code" "${app[@]}" --db "$db" --user smoke categories
mkdir -p "$work/docs"
run "customs pack (documents)" "packing-list.pdf" "${app[@]}" --db "$db" --user smoke documents --shipment MLI-2026-01 --draft -o "$work/docs"
run "container list XLSX (export)" "" "${app[@]}" --db "$db" --user smoke export --shipment MLI-2026-01 --format xlsx -o "$work/list.xlsx"
[ -s "$work/list.xlsx" ] && pass "export wrote the XLSX" || fail "export wrote the XLSX"
[ -n "$(ls "$XDG_CACHE_HOME"/shipshape/sqlite-jdbc-*/*/libsqlitejdbc.so 2>/dev/null)" ] \
    && pass "SQLite native library kept in the user's cache folder" || fail "SQLite native library kept in the user's cache folder"

# The window: opened under Xvfb, closes itself after 12 s; the log says when it was shown.
JAVA_TOOL_OPTIONS="-Dshipshape.closeWindowAfterSeconds=12" with_display "${app[@]}" --db "$db" --user smoke \
    > "$work/window.txt" 2>&1
window_exit=$?
if [ "$window_exit" -eq 0 ] && grep -q "Main window shown" "$XDG_DATA_HOME/shipshape/shipshape.log" \
        && ! grep -qE "Unsupported JavaFX configuration|Exception" "$work/window.txt"; then
    pass "window opens (headless, Xvfb) and closes cleanly"
else
    { cat "$work/window.txt"; grep -A5 ERROR "$XDG_DATA_HOME/shipshape/shipshape.log"; } > "$work/window-all.txt" 2>/dev/null
    fail "window opens (headless, Xvfb) and closes cleanly (exit $window_exit)" "$work/window-all.txt"
fi

# JavaFX's native libraries are loaded from where the build put them (ADR 0038), not copied out of its jar into the
# home folder on each start: the installed runtime's lib folder, and for `java -jar` the folder of the jars
[ ! -e "$HOME/.openjfx" ] && pass "installed window loads JavaFX's native libraries from the runtime (no ~/.openjfx)" \
    || fail "installed window loads JavaFX's native libraries from the runtime (found $(ls -d "$HOME"/.openjfx/*/* 2>/dev/null))"
mkdir -p "$work/jar-home"
HOME="$work/jar-home" XDG_DATA_HOME="$work/jar-data" JAVA_TOOL_OPTIONS="-Dshipshape.closeWindowAfterSeconds=1" \
    with_display java -jar target/shipshape.jar --db "$db" --user smoke > "$work/jar-window.txt" 2>&1
if grep -q "Main window shown" "$work/jar-data/shipshape/shipshape.log" 2>/dev/null && [ ! -e "$work/jar-home/.openjfx" ]; then
    pass "java -jar window loads JavaFX's native libraries from beside the jars (no ~/.openjfx)"
else
    fail "java -jar window loads JavaFX's native libraries from beside the jars (no ~/.openjfx)" "$work/jar-window.txt"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
