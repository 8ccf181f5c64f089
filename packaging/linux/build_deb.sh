#!/usr/bin/env bash
# Build the Debian/Ubuntu package with one command (issue 17.3):
#
#     ./packaging/linux/build_deb.sh        # -> dist/tandem-journal_<version>_<arch>.deb
#     sudo apt-get install ./dist/tandem-journal_*.deb
#
# It builds the bundle first (packaging/linux/build.sh: lean, self-tested), unless BUNDLE names one
# already built. The package installs the bundle to /usr/lib/tandem-journal, links
# /usr/bin/tandem-journal and /usr/bin/tandem-journal-cli to it, and adds the desktop entry, the
# AppStream metadata, the icons in the hicolor theme and the .tandem file type. dpkg's triggers
# update the menus, icon caches and file types; nothing runs as root at install time.
set -euo pipefail
cd "$(dirname "$0")/../.."
dist="${DIST:-dist}"
bundle="${BUNDLE:-}"
if [ -z "$bundle" ]; then
    DIST="$dist" bash packaging/linux/build.sh
    bundle="$dist/tandem-journal"
fi
app_id="de.tandemjournal.TandemJournal"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
arch="$(dpkg --print-architecture)"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

install -d "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
    "$root/usr/share/mime/packages" "$root/usr/share/icons/hicolor/scalable/apps" "$root/DEBIAN"
cp -a "$bundle" "$root/usr/lib/tandem-journal"
ln -s ../lib/tandem-journal/tandem-journal "$root/usr/bin/tandem-journal"
ln -s ../lib/tandem-journal/tandem-journal-cli "$root/usr/bin/tandem-journal-cli"
install -m 0644 "packaging/$app_id.desktop" "$root/usr/share/applications/"
install -m 0644 "packaging/$app_id.metainfo.xml" "$root/usr/share/metainfo/"
install -m 0644 "packaging/$app_id.mime.xml" "$root/usr/share/mime/packages/$app_id.xml"
install -m 0644 "resources/icons/$app_id.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
for size_dir in resources/icons/hicolor/*x*; do
    install -D -m 0644 "$size_dir/apps/$app_id.png" "$root/usr/share/icons/hicolor/$(basename "$size_dir")/apps/$app_id.png"
done
# Owned by root, readable by all, no group or world write anywhere.
chmod -R u+rwX,go+rX,go-w "$root/usr"

installed_kb="$(du -sk "$root/usr" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: tandem-journal
Version: $version
Architecture: $arch
Maintainer: Tandem Journal <tandem-journal@users.noreply.github.com>
Installed-Size: $installed_kb
Depends: libc6 (>= 2.34), libxcb1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libx11-6, libxkbcommon0
Recommends: libegl1, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0
Section: utils
Priority: optional
Homepage: https://github.com/tandem-journal/tandem-journal
Description: encrypted journal for reverse-mentoring tandems
 Tandem Journal keeps a reverse-mentoring tandem's goals, sessions, learnings,
 action items and feedback in one encrypted file (SQLCipher) on the laptop the
 two share, with each person's private reflections sealed from the partner and
 a one-page PDF summary for the team. German and English. No network, ever.
 .
 This package ships the app as a self-contained bundle (Python and Qt inside)
 in /usr/lib/tandem-journal, and the command-line companion tandem-journal-cli.
CONTROL
mkdir -p "$dist"
deb="$dist/tandem-journal_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "package: $deb ($(du -h "$deb" | cut -f1); installed $((installed_kb / 1024)) MB)"
