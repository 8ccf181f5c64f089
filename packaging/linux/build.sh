#!/usr/bin/env bash
# Build the standalone Linux bundle with one command, then prove it starts:
#
#     ./packaging/linux/build.sh            # -> dist/tandem-journal/tandem-journal
#
# DIST and WORK choose the output and scratch folders. The bundle needs no Python on the
# target machine; it does need the X11/Wayland libraries any Qt 6 app needs (see README).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/_venv.sh "package"
dist="${DIST:-dist}"
work="${WORK:-build/pyinstaller}"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/linux/tandem-journal.spec
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$dist/tandem-journal/tandem-journal" --self-test
echo "bundle: $dist/tandem-journal ($(du -sh "$dist/tandem-journal" | cut -f1))"
