#!/usr/bin/env bash
# Build the standalone Linux bundle with one command, then prove it starts:
#
#     ./packaging/linux/build.sh            # -> dist/tandem-journal/tandem-journal (+ .tar.gz)
#
# DIST and WORK choose the output and scratch folders. The bundle needs no Python on the
# target machine; it does need the X11/Wayland libraries any Qt 6 app needs (see README).
# Reproducible: the Python packages are pinned by packaging/constraints.txt (checked below).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/_venv.sh "package"
.venv/bin/python packaging/pins.py  # the pinned versions; nothing to do when .venv has them
dist="${DIST:-dist}"
work="${WORK:-build/pyinstaller}"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level ERROR \
    --distpath "$dist" --workpath "$work" packaging/linux/tandem-journal.spec
ln -sfn tandem-journal "$dist/tandem-journal/tandem-journal-cli"  # the same program, as the CLI (launch.py)
.venv/bin/python packaging/linux/icu_subset.py "$dist/tandem-journal"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$dist/tandem-journal/tandem-journal" --self-test
.venv/bin/python packaging/sizes.py "$dist/tandem-journal"
