"""``tandem-journal --self-test``: prove that an installed copy or a bundle works, end to end.

Creates the demo tandem in a temporary folder, unlocks it through the real
unlock screen, waits for the overview, renders the one-pager (reportlab and the
shipped fonts), draws it as the preview does (pypdfium2), protects it with a
password (pikepdf), renders a note (Markdown, nh3), rates a passphrase (zxcvbn)
and checks the icon, then prints one line and exits: 0 when all of it worked, 1
with the reason otherwise. Runs offscreen as well as on a desktop. The libraries
are loaded on first use (issue 17.1), so a bundle that lost one fails here.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

TIMEOUT_S = 60


def run(app: QApplication) -> int:
    from app import paths
    from app.demo import DEMO_PASSPHRASE
    from app.export import onepager

    from .demo import start_demo

    result: dict[str, str] = {}
    with paths.temporary_folder("selftest") as folder:
        window = start_demo(Path(folder), unlocked=False)  # through the real unlock screen
        window.show()
        window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock_page.unlock_button.click()
        started = time.monotonic()

        def check() -> None:
            if window.service.is_open and window.stack.currentWidget() is window.overview:
                try:
                    sessions = window.overview.sessions_model.rowCount()
                    content = window.service.onepager_preselected()
                    pdf = onepager.render(content) if content is not None else b""
                    if not pdf.startswith(b"%PDF") or QIcon(str(paths.ICON)).isNull():
                        raise RuntimeError("the one-pager or the icon could not be made")
                    _libraries(pdf)
                    result["ok"] = f"self-test ok: {sessions} sessions, one-pager {len(pdf):,} bytes"
                except Exception as exc:  # noqa: BLE001 - reported as the self-test's verdict
                    result["failed"] = f"self-test failed: {exc}"
                app.quit()
            elif time.monotonic() - started > TIMEOUT_S:
                result["failed"] = f"self-test failed: no overview after {TIMEOUT_S} s ({window.unlock_page.message.text()})"
                app.quit()
            else:
                QTimer.singleShot(50, check)

        QTimer.singleShot(0, check)
        app.exec()
        window.service.close()
        window.close()
    if "ok" in result:
        print(result["ok"])
        return 0
    print(result.get("failed", "self-test failed: the event loop ended early"), file=sys.stderr)
    return 1


def _libraries(pdf: bytes) -> None:
    """Each library the later screens load on first use does its job once."""
    import pypdfium2 as pdfium

    from app.core.strength import Verdict, rate
    from app.export.protect import encrypt
    from app.markup import render_markdown

    bitmap = pdfium.PdfDocument(pdf)[0].render(scale=0.5, rev_byteorder=True)
    if bitmap.width < 100 or bitmap.height < 100:
        raise RuntimeError("the one-pager's preview could not be drawn")
    if not encrypt(pdf, "Leuchtturm Zimtschnecke Eisbär").startswith(b"%PDF"):
        raise RuntimeError("the one-pager could not be protected")
    if "<strong>" not in render_markdown("**ok** <script>x</script>") or "<script" in render_markdown("<script>"):
        raise RuntimeError("Markdown was not rendered safely")
    if rate("Passwort2024!").verdict is not Verdict.WEAK:
        raise RuntimeError("the passphrase meter did not work")
    from PySide6.QtCore import QCollator, QLocale

    names = sorted(["Zoe", "Özdemir", "Oliver"], key=QCollator(QLocale(QLocale.Language.German)).sortKey)
    if names != ["Oliver", "Özdemir", "Zoe"] or QLocale(QLocale.Language.German).toUpper("straße") != "STRASSE":
        raise RuntimeError(f"German collation or case mapping (ICU) did not work: {names}")
