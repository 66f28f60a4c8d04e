#!/usr/bin/env bash
# Installs the Shipshape .deb with dpkg, starts it the way the menu entry does (its Exec= command), loads the
# sample warehouse and lists the shipments, removes it with dpkg -r, and checks the data folder stayed.
# Usage (as root): packaging/deb-check.sh target/installer/shipshape_VERSION_amd64.deb
# The last line says "N passed, N failed".
set -uo pipefail
deb=${1:?usage: packaging/deb-check.sh FILE.deb}
passed=0
failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok    $1"; else failed=$((failed + 1)); echo "FAIL  $1"; fi; }

dpkg -i "$deb" > /tmp/deb-check-install.log 2>&1
check "dpkg -i installs the package" "dpkg -s shipshape 2>/dev/null | grep -q '^Status: install ok installed'"
check "shipshape is on the PATH" "[ \"\$(command -v shipshape)\" = /usr/bin/shipshape ]"
entry=$(ls /usr/share/applications/shipshape*.desktop 2>/dev/null | head -1)
check "menu entry installed ($entry)" "[ -n \"$entry\" ] && grep -q '^Name=Shipshape' \"$entry\" && grep -q '^Icon=/' \"$entry\""
exec_command=$(sed -n 's/^Exec=//p' "$entry" 2>/dev/null | head -1)
icon=$(sed -n 's/^Icon=//p' "$entry" 2>/dev/null | head -1)
check "the menu entry's icon exists ($icon)" "[ -s \"$icon\" ]"

data=$(mktemp -d)
export XDG_DATA_HOME="$data" XDG_CACHE_HOME="$data/cache"
check "menu command --version ($exec_command)" "$exec_command --version | grep -q '^Shipshape '"
check "sample warehouse into the default data folder" "$exec_command --user check sample-data | grep -q 'Sample warehouse loaded'"
check "shipment list" "$exec_command --user check shipment list | grep -q MLI-2026-01"
check "no archive made at install unless asked for (the 80 MB size)" "[ ! -e /usr/lib/shipshape/app/shipshape.jsa ]"
size_kb=$(dpkg-query -W -f='${Installed-Size}' shipshape)
echo "      installed size: $((size_kb / 1024)) MB; on disk: $(du -sm /usr/lib/shipshape | cut -f1) MB"
SHIPSHAPE_MAKE_CDS_ARCHIVE=1 /usr/bin/shipshape > /dev/null 2>&1
check "the installation's class-data sharing archive is made when asked for" "[ -s /usr/lib/shipshape/app/shipshape.jsa ]"
check "and the small commands' archive (ADR 0027)" "[ -s /usr/lib/shipshape/app/shipshape-short.jsa ]"
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$data/classes.txt" $exec_command --user check categories > /dev/null 2>&1
check "a command takes the app's classes from it" \
    "grep -q 'org.shipshape.Launcher source: shared objects file' \"$data/classes.txt\""
echo "      the archive made for the installation: $(du -m /usr/lib/shipshape/app/shipshape.jsa | cut -f1) MB"

dpkg -r shipshape > /tmp/deb-check-remove.log 2>&1
check "dpkg -r removes the package" "! dpkg -s shipshape 2>/dev/null | grep -q '^Status: install ok installed'"
check "no program files left" "[ ! -e /usr/bin/shipshape ] && [ ! -e /usr/lib/shipshape ] && [ -z \"\$(ls /usr/share/applications/shipshape* 2>/dev/null)\" ]"
check "the data folder is kept" "[ -s \"$data/shipshape/shipshape.db\" ]"
rm -rf "$data"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
