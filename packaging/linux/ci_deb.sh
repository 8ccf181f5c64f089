#!/usr/bin/env bash
# CI (issue 17.3): build the .deb with its one command, install it with apt-get as a user would,
# smoke-test what /usr/bin offers, remove it, and check that nothing it installed is left behind.
# Run as root on Debian/Ubuntu by .ci/run; prints the time each step took. OUT is the folder the
# bundle and package are built into (the bundle stays there for tests/test_packaging.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${OUT:-build/ci}"
started=$SECONDS
DIST="$out" bash packaging/linux/build_deb.sh
deb="$(realpath "$out"/tandem-journal_*.deb)"
echo "deb: built in $((SECONDS - started)) s"

step=$SECONDS
apt-get remove -y -qq tandem-journal >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
test "$(readlink -f /usr/bin/tandem-journal)" = /usr/lib/tandem-journal/tandem-journal
/usr/bin/tandem-journal-cli --version
if command -v xvfb-run >/dev/null; then
    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/tandem-journal --self-test
else
    QT_QPA_PLATFORM=offscreen /usr/bin/tandem-journal --self-test
fi
test -f /usr/share/applications/de.tandemjournal.TandemJournal.desktop
test -f /usr/share/metainfo/de.tandemjournal.TandemJournal.metainfo.xml
test -f /usr/share/icons/hicolor/48x48/apps/de.tandemjournal.TandemJournal.png
test -f /usr/share/icons/hicolor/scalable/apps/de.tandemjournal.TandemJournal.svg
echo "deb: installed and smoke-tested in $((SECONDS - step)) s"

step=$SECONDS
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tandem-journal >/dev/null
left=""
while read -r path; do
    path="/${path#./}"
    if [ "$path" != / ] && { [ -f "$path" ] || [ -L "$path" ]; }; then left="$left $path"; fi
done < <(dpkg-deb --fsys-tarfile "$deb" | tar -t)
if [ -n "$left" ] || [ -e /usr/lib/tandem-journal ]; then
    echo "deb: files left after apt-get remove:${left:- /usr/lib/tandem-journal}" >&2
    exit 1
fi
echo "deb: removed cleanly in $((SECONDS - step)) s (every file gone; $((SECONDS - started)) s in all)"
