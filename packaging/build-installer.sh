#!/usr/bin/env bash
# Builds a self-contained Shipshape (its own Java runtime included) with the JDK's jpackage.
# Usage: packaging/build-installer.sh [app-image|deb|rpm|msi|exe|dmg|pkg]   (default: app-image)
# Volunteers then start Shipshape like any other program; no Java installation needed on their PC.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
command -v jpackage >/dev/null || { echo "jpackage not found: use a JDK 17 or newer (not a JRE)." >&2; exit 2; }

./mvnw -q -B package -DskipTests
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' pom.xml | head -1)
input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/shipshape.jar "$input/"
cp -r target/lib "$input/lib"

jpackage --type "$type" \
  --name Shipshape \
  --app-version "$version" \
  --vendor "Shipshape" \
  --description "Donated goods, packing, container loading and customs documents" \
  --input "$input" \
  --main-jar shipshape.jar \
  --main-class org.shipshape.Launcher \
  --java-options "-Xmx2g" \
  --dest target/installer
echo "Built target/installer ($type)"
