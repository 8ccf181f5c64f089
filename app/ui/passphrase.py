"""A rough, honest passphrase strength estimate for the create and change dialogs.

It estimates guessing effort from length and the kinds of characters used,
and treats several words as a passphrase. It is feedback, not a guarantee.
"""

from __future__ import annotations

import math
import string

from .i18n import tr

MIN_LENGTH = 8


def strength(passphrase: str) -> tuple[int, str]:
    """Return a score 0..4 and a short verdict."""
    if len(passphrase) < MIN_LENGTH:
        return 0, tr("Too short: use at least {count} characters, better a sentence of several words.").format(
            count=MIN_LENGTH)
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 32
    if any(ord(c) > 127 for c in passphrase):
        pool += 60
    distinct = len(set(passphrase.lower()))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    words = len([w for w in passphrase.split() if len(w) >= 3])
    if words >= 4:
        bits = max(bits, 70)
    if bits < 40:
        return 1, tr("Weak: easy to guess with a computer. Add more words.")
    if bits < 60:
        return 2, tr("Fair: add a word or two for a tandem that runs for months.")
    if bits < 80:
        return 3, tr("Good.")
    return 4, tr("Strong.")
