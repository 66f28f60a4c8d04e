#!/usr/bin/env bash
# Builds Shipshape with its own Java runtime. The work is the Maven profile `installer` (pom.xml, usable the same
# way on Windows and macOS: mvnw.cmd -Pinstaller package -DskipTests -Dinstaller.type=msi); this script only adds
# Xvfb on a Linux machine without a display, for the class-data sharing training that opens the window once.
# Usage: packaging/build-installer.sh [app-image|deb|rpm|msi|dmg]   (default: app-image; see packaging/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
command -v jpackage >/dev/null || { echo "jpackage not found: use a JDK 17 or newer (not a JRE)." >&2; exit 2; }
build=(./mvnw -B -ntp -Pinstaller package -DskipTests -Dinstaller.type="$type")
if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    build=(xvfb-run -a -s "-screen 0 1366x768x24" "${build[@]}")
fi
"${build[@]}"
ls -la target/installer
