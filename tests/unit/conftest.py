"""Qt-free unit tests: journals here are throwaway, so they are keyed with few KDF rounds.

Key derivation (PBKDF2, 256,000 rounds, about 0.2 s) would otherwise be most of this folder's
run time. Tests that need the real key derivation — a file made by another process or by an
earlier version, or the key settings themselves — are marked ``real_kdf``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.store import connection

FAST_KDF_ROUNDS = 2


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("real_kdf"):
        yield
        return
    connection.KDF_ROUNDS_FOR_TESTS = FAST_KDF_ROUNDS
    try:
        yield
    finally:
        connection.KDF_ROUNDS_FOR_TESTS = None
