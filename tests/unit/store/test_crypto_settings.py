"""The cryptography docs/security.md names, read back from a real journal (issue 15.8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import Journal, PrivateJournal
from tests.conftest import PASSPHRASE


@pytest.mark.real_kdf
@pytest.mark.parametrize("kind", [Journal, PrivateJournal])
def test_every_journal_uses_sqlcipher_4_with_the_documented_parameters(tmp_path: Path, kind) -> None:
    with kind.create(tmp_path / "j", PASSPHRASE) as j:
        read = {name: str(j.conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in (
            "cipher_page_size", "cipher_hmac_algorithm", "cipher_kdf_algorithm", "kdf_iter", "cipher_use_hmac",
            "cipher_plaintext_header_size", "temp_store", "cipher_provider")}
    assert read == {"cipher_page_size": "4096", "cipher_hmac_algorithm": "HMAC_SHA512",
                    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512", "kdf_iter": "256000", "cipher_use_hmac": "1",
                    "cipher_plaintext_header_size": "0", "temp_store": "2", "cipher_provider": "openssl"}
    head = (tmp_path / "j").read_bytes()[:16]
    assert not head.startswith(b"SQLite format 3"), "the salt, not a readable header, starts the file"
