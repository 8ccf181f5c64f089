"""The window's default backup names and the CLI's are one rule (app/core/journal_care.BACKUP_NAMES): the
window says the word in its language, its English source is the CLI's word."""

from __future__ import annotations

import pytest

from app.core import journal_care
from app.ui.dialogs.care_flow import PRIVATE_CARE, TANDEM_CARE, CareKind


@pytest.mark.parametrize("kind", [TANDEM_CARE, PRIVATE_CARE])
def test_the_windows_backup_word_and_suffix_are_the_clis(kind: CareKind) -> None:
    assert journal_care.BACKUP_NAMES[kind.schema] == (kind.backup_word, kind.suffix)
