"""A password on the finished one-pager: AES-256 as PDF 2.0 defines it (security handler revision 6),
written by qpdf through pikepdf. No RC4, no 40 or 128 bits: reportlab's own encryption is RC4-40 by
default and its AES output did not open in readers here, so the page is rendered first and encrypted
afterwards. The password is the user and the owner password alike (an empty owner password would
open the file without it); it is not kept anywhere."""

from __future__ import annotations

import io


class PasswordError(ValueError):
    """The password cannot protect a file (empty)."""


def encrypt(pdf: bytes, password: str) -> bytes:
    """``pdf`` with ``password`` needed to open it: AES-256, revision 6, metadata encrypted too."""
    if not password:
        raise PasswordError("the PDF password must not be empty")
    import pikepdf  # loads qpdf only when a password is asked for

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        document.save(out, encryption=pikepdf.Encryption(user=password, owner=password, R=6, aes=True,
                                                         metadata=True))
    return out.getvalue()
