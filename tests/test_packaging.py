"""Packaging: the desktop entry and AppStream metadata validate, the icons exist in every size,
one app id is used everywhere, and the standalone bundle builds and passes its self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
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


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    env = {**os.environ, "DIST": str(tmp_path / "dist"), "WORK": str(tmp_path / "work"),
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["bash", str(PACKAGING / "linux" / "build.sh")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=880)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "self-test ok: 8 sessions" in result.stdout
    bundle = tmp_path / "dist" / "tandem-journal"
    assert (bundle / "tandem-journal").is_file()
    shipped = {p.name for p in bundle.rglob("*")}
    assert not {"libqvnc.so", "libqtuiotouchplugin.so", "libQt6Network.so.6", "QtNetwork.abi3.so"} & shipped
    assert (bundle / "_internal" / "resources" / "fonts").is_dir()
