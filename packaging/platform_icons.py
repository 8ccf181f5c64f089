"""The app icon for Windows (.ico) and macOS (.icns), drawn from the one SVG (issue 17.4).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/platform_icons.py

Writes packaging/windows/tandem-journal.ico (16 to 256 px) and packaging/macos/tandem-journal.icns
(16 to 1024 px). Both formats hold PNG images in a small directory, written here byte by byte, so
no platform tool (iconutil, ImageMagick) is needed and the result is the same on any machine.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication
from PySide6.QtSvg import QSvgRenderer

from render_icons import draw  # beside this script (both are run as scripts)

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "de.tandemjournal.TandemJournal.svg"
ICO = ROOT / "packaging" / "windows" / "tandem-journal.ico"
ICNS = ROOT / "packaging" / "macos" / "tandem-journal.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024))


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = draw(renderer, size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG images."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images.items():
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return head + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 (painting needs it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"platform_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico({size: png(renderer, size) for size in ICO_SIZES}))
    ICNS.write_bytes(icns({kind: png(renderer, size) for kind, size in ICNS_TYPES}))
    print(f"wrote {ICO.relative_to(ROOT)} and {ICNS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
