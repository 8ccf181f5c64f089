"""The end-to-end walks use the window fixtures of tests/ui (paths redirected, Qt warnings fail)
and start the app in a language the way ``app/ui/main.py`` does: the setting, then the catalogue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from app.ui.settings import Settings
from tests.ui.conftest import make_window, settings, window  # noqa: F401 - fixtures shared with tests/ui


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication, settings: Settings) -> Iterator[str]:  # noqa: F811
    """The interface language chosen in the preferences and installed at start; English and the old
    locale restored afterwards for the other tests."""
    before = QLocale()
    settings.language = request.param
    assert i18n.install(request.param) == request.param, "the catalogue (resources/i18n/*.qm) did not load"
    try:
        yield request.param
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
