#!/bin/bash
# Shipshape's launcher on Linux, put in place of jpackage's by the installer profile (packaging/README.md). jpackage's
# own launcher (Java 17) asks rpm and dpkg which package owns it on every start, to find its library: about half a
# second of processor time before Java starts, more than a short command's own work. This one starts the bundled
# runtime with what jpackage wrote into app/shipshape.cfg: the class path, the main class and the Java options.
set -e
bin=$(dirname "$(readlink -f "$0")")
# the app image's layout (bin/, lib/app, lib/runtime) or a package's under /usr (bin/, lib/shipshape/app, ...)
for root in "$bin/../lib" "$bin/../lib/shipshape"; do
    [ -f "$root/app/shipshape.cfg" ] && break
done
root=$(readlink -f "$root")
app=$root/app
class_path=
main_class=
options=()
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//\$APPDIR/$app}
    case $line in
        app.classpath=*) class_path=$class_path${class_path:+:}${line#app.classpath=} ;;
        app.mainclass=*) main_class=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$app/shipshape.cfg"
# The command is the first argument that is neither a root option nor the value of --db, --user or --lang.
command=
skip_value=
for argument in "$@"; do
    if [ -n "$skip_value" ]; then skip_value=; continue; fi
    case $argument in
        --db|--user|--lang) skip_value=1 ;;
        -*) ;;
        *) command=$argument; break ;;
    esac
done
# The installation's own class-data sharing archives (ADR 0019, 0027): the runtime's archive holds no class-path
# class, because such an archive is valid only where the jars were when it was made. The .deb's postinst makes these
# where they are installed (SHIPSHAPE_MAKE_CDS_ARCHIVE=1 bin/shipshape), from the class lists shipped beside the
# jars, and prerm removes them: shipshape.jsa from every training run (the window, the documents, the commands) and
# shipshape-short.jsa from the small commands' alone (categories, shipment), which start with about a quarter less
# processor time from it (round 7, docs/PERFORMANCE.md). Without them (an app image unpacked anywhere) the runtime's
# archive is used.
archive=$app/shipshape.jsa
short_archive=$app/shipshape-short.jsa
# made beside and renamed, so a start never sees half an archive
make_archive() { # make_archive ARCHIVE CLASS-LIST
    "$root/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$2" -XX:SharedArchiveFile="$1.new" -cp "$class_path"
    mv -f "$1.new" "$1"
}
if [ "${SHIPSHAPE_MAKE_CDS_ARCHIVE:-}" = 1 ]; then
    make_archive "$archive" "$app/shipshape.classlist"
    # an app image built before ADR 0027 ships no list for it
    if [ -r "$app/shipshape-short.classlist" ]; then
        make_archive "$short_archive" "$app/shipshape-short.classlist"
    fi
    exit 0
fi
share=()
case "$*" in
    # a bare --version loads no class-path class but Launcher's; the runtime's smaller archive is mapped faster
    # (round 5: 0.26 s of CPU instead of 0.33 s, docs/PERFORMANCE.md)
    --version|-V) ;;
    *)
        case $command in
            categories|shipment) [ -r "$short_archive" ] && share=(-XX:SharedArchiveFile="$short_archive") ;;
        esac
        [ ${#share[@]} -eq 0 ] && [ -r "$archive" ] && share=(-XX:SharedArchiveFile="$archive")
        ;;
esac
# Commands run for a few seconds and once: the C2 compiler's work (a second core's worth on a 100,000-row import)
# rarely pays for itself there, and the serial collector starts no collector threads and keeps a smaller heap. Round 6
# (docs/PERFORMANCE.md): a third less processor time for `categories` and the import; round 7 (ADR 0031): 1,500 labels
# 1.74 s instead of 2.41 s, the customs pack 2.23 s instead of 3.01 s, the XLSX list 1.39 s instead of 1.50 s. The
# window and the planner keep the defaults: they run long or compute much.
short=()
case $command in
    categories|shipment|import|donors|settings|intake|labels|documents|export)
        short=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC) ;;
esac
exec "$root/runtime/bin/java" "${share[@]}" "${short[@]}" "${options[@]}" -Djpackage.app-path="$bin/$(basename "$0")" \
    -Djava.library.path="$app" -cp "$class_path" "$main_class" "$@"
