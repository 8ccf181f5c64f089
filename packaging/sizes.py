"""What is in a bundle, and how big (issue 17.2): packaging/linux/build.sh prints this after building.

    .venv/bin/python packaging/sizes.py dist/tandem-journal [--tarball dist/tandem-journal.tar.gz]

Prints each part's unpacked size, the total, and the compressed size (tar.gz, gzip's default
level), and the limits: at most 130 MB unpacked and 55 MB compressed. Exits 1 when over a limit.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

MB = 1_000_000
UNPACKED_LIMIT = 130 * MB
COMPRESSED_LIMIT = 55 * MB

# (part, pattern on the path inside _internal/); the first that matches takes the file.
PARTS = [
    ("ICU data and libraries (Unicode, collation; Qt Core needs them)", r"^PySide6/Qt/lib/libicu"),
    ("Qt libraries (Core, Gui, Widgets, Svg, DBus, XCB, Wayland)", r"^PySide6/Qt/lib/"),
    ("Qt plugins (platforms, input, themes, SVG)", r"^PySide6/Qt/plugins/"),
    ("Qt translations (German, English)", r"^PySide6/Qt/translations/"),
    ("PySide6 and shiboken bindings", r"^(PySide6|shiboken6)/|^lib(pyside6|shiboken6)"),
    ("sqlcipher3 (SQLCipher 4 with OpenSSL inside)", r"^sqlcipher3"),
    ("pypdfium2 (the one-pager's preview)", r"^pypdfium2"),
    ("pikepdf and qpdf (the PDF's password)", r"^pikepdf|^libqpdf"),
    ("reportlab (the one-pager)", r"^reportlab"),
    ("Pillow's core (reportlab imports it; no codecs beyond it)", r"^PIL/|^pillow\.libs/"),
    ("Python 3.11 (interpreter, standard library, app code)", r"^libpython|^python3|^base_library|^PYZ|^lib-dynload"),
    ("app resources (fonts, icons, word lists, translations)", r"^resources/"),
    ("system libraries (X11/xcb, fontconfig, GLib, D-Bus, OpenSSL…)", r"^lib.*\.so"),
]


def sizes(bundle: Path) -> tuple[list[tuple[str, int]], int]:
    internal = bundle / "_internal"
    totals = {name: 0 for name, _ in PARTS}
    totals["other Python packages (Markdown, nh3, zxcvbn…) and the launcher"] = 0
    total = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        inside = str(path.relative_to(internal)) if path.is_relative_to(internal) else ""
        for name, pattern in PARTS:
            if inside and re.search(pattern, inside):
                totals[name] += size
                break
        else:
            totals["other Python packages (Markdown, nh3, zxcvbn…) and the launcher"] += size
    return sorted(totals.items(), key=lambda item: -item[1]), total


def tarball(bundle: Path, target: Path) -> int:
    subprocess.run(["tar", "-czf", str(target), "-C", str(bundle.parent), bundle.name], check=True)
    return target.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--tarball", type=Path, help="write the compressed bundle here (default: beside it)")
    args = parser.parse_args()
    parts, total = sizes(args.bundle)
    compressed = tarball(args.bundle, args.tarball or args.bundle.with_name(args.bundle.name + ".tar.gz"))
    print("| part | MB |\n|---|---:|")
    for name, size in parts:
        if size:
            print(f"| {name} | {size / MB:.1f} |")
    print(f"| **unpacked** (limit {UNPACKED_LIMIT // MB}) | **{total / MB:.1f}** |")
    print(f"| **compressed, tar.gz** (limit {COMPRESSED_LIMIT // MB}) | **{compressed / MB:.1f}** |")
    print(f"bundle size: unpacked {total} bytes, compressed {compressed} bytes")
    over = total > UNPACKED_LIMIT or compressed > COMPRESSED_LIMIT
    if over:
        print("bundle size: OVER the limits", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
