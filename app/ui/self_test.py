"""``tandem-journal --self-test``: prove that an installed copy or a bundle works, end to end.

Creates the demo tandem in a temporary folder, unlocks it through the real
unlock screen, waits for the overview, renders the one-pager (reportlab and the
shipped fonts) and checks the icon, then prints one line and exits: 0 when all
of it worked, 1 with the reason otherwise. Runs offscreen as well as on a desktop.
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
