"""The .tandem file type is the app's on every platform (issue 17.4): read from the recipes, since only
Linux builds here. macOS: the Info.plist's document type names an exported UTI for ``.tandem`` that
the app owns; Windows: the installer's registry entries open ``.tandem`` with the app's exe, the file
as its argument; Linux: the MIME type's glob. The app side is tests/ui/test_file_open.py (macOS's
open-file event) and tests/ui/test_start_walk.py (the file on the command line)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from app.core.journals import TANDEM_SUFFIX as SUFFIX

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
MIME = "application/x-tandem-journal"


def _info_plist() -> dict[str, Any]:
    """The ``info_plist`` the macOS recipe passes to ``BUNDLE``, evaluated with the recipe's own constants."""
    tree = ast.parse((PACKAGING / "macos" / "tandem-journal.spec").read_text(encoding="utf-8"))
    names: dict[str, Any] = {"__version__": "0.0.0"}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            names.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    [call] = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "BUNDLE"]
    [plist] = [k.value for k in call.keywords if k.arg == "info_plist"]
    value = eval(compile(ast.Expression(plist), "info_plist", "eval"), {"__builtins__": {}}, names)  # noqa: S307
    assert isinstance(value, dict)
    return value


def test_macos_declares_the_tandem_document_type_and_owns_it() -> None:
    plist = _info_plist()
    [document] = plist["CFBundleDocumentTypes"]
    assert document["LSHandlerRank"] == "Owner" and document["CFBundleTypeRole"] == "Editor"
    [uti] = document["LSItemContentTypes"]
    [exported] = [t for t in plist["UTExportedTypeDeclarations"] if t["UTTypeIdentifier"] == uti]
    assert uti == "de.tandemjournal.TandemJournal.journal"
    assert exported["UTTypeConformsTo"] == ["public.data"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [SUFFIX.lstrip(".")] and tags["public.mime-type"] == [MIME]


def test_macos_leaves_open_file_events_to_the_app() -> None:
    """argv emulation would turn only the first Finder open into an argument, and only at start."""
    spec = (PACKAGING / "macos" / "tandem-journal.spec").read_text(encoding="utf-8")
    assert "argv_emulation=False" in spec


def test_the_windows_installer_opens_tandem_files_with_the_app() -> None:
    script = (PACKAGING / "windows" / "tandem-journal.iss").read_text(encoding="utf-8")
    assert re.search(r"(?m)^ChangesAssociations=yes$", script)
    entries = {}
    for line in script.splitlines():
        if line.startswith("Root: HKA;"):
            fields = dict(re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]+)', line))
            entries[(fields["Subkey"].strip('"'), fields["ValueName"].strip('"'))] = fields["ValueData"][1:-1]
    prog_id = entries[(rf"Software\Classes\{SUFFIX}", "")]
    assert (rf"Software\Classes\{SUFFIX}\OpenWithProgids", prog_id) in entries
    exe = re.search(r'name="([^"]+)", console=False', (PACKAGING / "windows" / "tandem-journal.spec").read_text(
        encoding="utf-8"))
    assert exe is not None
    command = entries[(rf"Software\Classes\{prog_id}\shell\open\command", "")].replace('""', '"')
    assert command == rf'"{{app}}\{exe.group(1)}.exe" "%1"'


def test_linux_knows_the_same_file_type() -> None:
    mime = (PACKAGING / "de.tandemjournal.TandemJournal.mime.xml").read_text(encoding="utf-8")
    assert f'<mime-type type="{MIME}">' in mime and f'<glob pattern="*{SUFFIX}"/>' in mime
    desktop = (PACKAGING / "de.tandemjournal.TandemJournal.desktop").read_text(encoding="utf-8")
    assert re.search(rf"(?m)^MimeType=.*{re.escape(MIME)};", desktop)
    assert re.search(r"(?m)^Exec=.* %f$", desktop)
