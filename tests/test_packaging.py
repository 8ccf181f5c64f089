"""Packaging: the desktop entry and AppStream metadata validate, the icons exist in every size,
one app id is used everywhere, and the standalone bundle builds and passes its self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.paths import ICON
from app.ui.main import APP_ID

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _validator(name: str) -> str:
    """The validator's path; CI installs them (.ci/run) and then requires them."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("TANDEM_REQUIRE_VALIDATORS") == "1":
            pytest.fail(f"{name} is required here but not installed")
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_the_desktop_entry_validates() -> None:
    result = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr


def test_the_appstream_metadata_validates() -> None:
    result = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_everywhere() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entry["Icon"] == APP_ID and entry["Exec"].split()[0] == "tandem-journal"
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert ICON.name == f"{APP_ID}.svg" and ICON.is_file()


def test_the_icon_exists_in_every_size() -> None:
    for size in SIZES:
        path = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size), path
        assert image.pixelColor(size // 2, size // 4).alpha() == 255  # drawn, not an empty canvas


def _bundle(tmp_path: Path) -> Path:
    """The bundle: built here by packaging/linux/build.sh, or the one .ci/run built for the .deb
    (TANDEM_BUILT_BUNDLE), which is then checked the same way instead of being built twice."""
    built = os.environ.get("TANDEM_BUILT_BUNDLE")
    if built:
        return Path(built)
    env = {**os.environ, "DIST": str(tmp_path / "dist"), "WORK": str(tmp_path / "work"),
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["bash", str(PACKAGING / "linux" / "build.sh")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=880)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "self-test ok: 8 sessions" in result.stdout
    return tmp_path / "dist" / "tandem-journal"


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    assert (bundle / "tandem-journal").is_file()
    test = subprocess.run([str(bundle / "tandem-journal"), "--self-test"], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert test.returncode == 0 and "self-test ok: 8 sessions" in test.stdout, test.stdout + test.stderr
    cli = subprocess.run([str(bundle / "tandem-journal-cli"), "--version"], capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0 and cli.stdout.startswith("tandem-journal-cli "), cli.stdout + cli.stderr
    shipped = {p.name for p in bundle.rglob("*")}
    assert not {"libqvnc.so", "libqtuiotouchplugin.so", "libQt6Network.so.6", "QtNetwork.abi3.so"} & shipped
    assert not {"libqgtk3.so", "libqeglfs.so", "lxml", "_ssl.cpython-311-x86_64-linux-gnu.so"} & shipped
    assert (bundle / "_internal" / "resources" / "fonts").is_dir()
    translations = {p.name for p in (bundle / "_internal" / "PySide6" / "Qt" / "translations").iterdir()}
    assert {"qtbase_de.qm", "qtbase_en.qm"} <= translations and "qtbase_fr.qm" not in translations
    # lean (issue 17.2): at most 130 MB unpacked and 55 MB as tar.gz, measured by the build's own script
    sizes = subprocess.run([sys.executable, str(PACKAGING / "sizes.py"), str(bundle), "--tarball",
                            str(tmp_path / "bundle.tar.gz")], capture_output=True, text=True, timeout=300)
    assert sizes.returncode == 0, sizes.stdout + sizes.stderr


def test_the_platform_icons_hold_every_size() -> None:
    """packaging/platform_icons.py's .ico (Windows) and .icns (macOS), made from the SVG (issue 17.4)."""
    ico = (PACKAGING / "windows" / "tandem-journal.ico").read_bytes()
    count = int.from_bytes(ico[4:6], "little")
    widths = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert ico[:4] == b"\0\0\1\0" and widths == [16, 24, 32, 48, 64, 128, 256]
    icns = (PACKAGING / "macos" / "tandem-journal.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kinds.append(icns[at:at + 4])
        at += int.from_bytes(icns[at + 4:at + 8], "big")
    assert kinds == [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09", b"ic10"]
