"""Issue 15.2: a real password for the one-pager. AES-256 as PDF 2.0 defines it (revision 6), applied to
the finished page with pikepdf (qpdf); readers refuse it without the password and open it with it."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from app.cli import main
from app.export import onepager
from app.export.content import Content
from app.export.protect import PasswordError, encrypt
from app.store import Journal
from tests.conftest import PASSPHRASE

PASSWORD = "Wolke Brezel Tanker Igel"
TOOLS = pytest.mark.skipif(not (shutil.which("qpdf") and shutil.which("pdftotext")),
                           reason="qpdf and poppler-utils (.ci/run installs them)")


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    page = onepager.render_page(Content(title="Was wir gelernt haben: Grüße"),
                                onepager.Options(lang="de", password=PASSWORD))
    path = tmp_path / "one.pdf"
    path.write_bytes(page.data)
    return path


@TOOLS
def test_qpdf_reports_aes_256_revision_6(protected: Path) -> None:
    shown = subprocess.run(["qpdf", "--show-encryption", f"--password={PASSWORD}", str(protected)],
                           capture_output=True, text=True, check=True).stdout
    lines = shown.splitlines()
    assert "R = 6" in lines  # the PDF 2.0 security handler
    for kind in ("stream", "string", "file"):
        assert f"{kind} encryption method: AESv3" in lines  # qpdf's name for AES-256 (no RC4, no AESv2)
    assert "Supplied password is user password" in lines


@TOOLS
def test_poppler_refuses_without_the_password_and_reads_with_it(protected: Path) -> None:
    refused = subprocess.run(["pdftotext", str(protected), "-"], capture_output=True, text=True)
    assert refused.returncode != 0 and "Incorrect password" in refused.stderr and "Grüße" not in refused.stdout
    wrong = subprocess.run(["pdftotext", "-upw", "falsch", str(protected), "-"], capture_output=True, text=True)
    assert wrong.returncode != 0
    read = subprocess.run(["pdftotext", "-upw", PASSWORD, str(protected), "-"], capture_output=True, text=True,
                          check=True)
    assert "Grüße" in read.stdout


def test_pypdf_opens_it_with_the_password(protected: Path) -> None:
    reader = pypdf.PdfReader(protected)
    assert reader.is_encrypted
    assert reader.decrypt("falsch") == pypdf.PasswordType.NOT_DECRYPTED
    assert reader.decrypt(PASSWORD) != pypdf.PasswordType.NOT_DECRYPTED
    assert len(reader.pages) == 1 and "Grüße" in reader.pages[0].extract_text()
    assert reader.trailer["/Encrypt"]["/R"] == 6 and reader.trailer["/Encrypt"]["/V"] == 5


def test_the_empty_password_opens_nothing(protected: Path) -> None:
    """The owner password is the password too: an empty one would open the file without it."""
    reader = pypdf.PdfReader(protected)
    assert reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED


def test_no_password_no_encryption_and_empty_refused() -> None:
    page = onepager.render_page(Content(title="Offen"))
    assert not pypdf.PdfReader(io.BytesIO(page.data)).is_encrypted
    with pytest.raises(PasswordError):
        encrypt(page.data, "")


def _run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str,
             *argv: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_cli_reads_the_password_after_the_passphrase(journal_path: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "one.pdf"
    code, err = _run_cli(monkeypatch, capsys, f"{PASSPHRASE}\n{PASSWORD}\n",
                         "onepager", str(journal_path), str(out), "--password-stdin")
    assert code == 0, err
    reader = pypdf.PdfReader(out)
    assert reader.is_encrypted and reader.decrypt(PASSWORD) != pypdf.PasswordType.NOT_DECRYPTED
    assert out.stat().st_mode & 0o777 == 0o600
    with Journal.open(journal_path, PASSPHRASE) as journal:  # never stored
        assert PASSWORD not in repr(journal.tandem())


@pytest.mark.parametrize(("stdin", "words"), [
    (f"{PASSPHRASE}\n", "expected the PDF password"),
    (f"{PASSPHRASE}\nSommer2026!\n", "the PDF password is weak"),
    (f"{PASSPHRASE}\nkurz\n", "too short"),
])
def test_cli_refuses_a_missing_or_weak_password(journal_path: Path, tmp_path: Path, stdin: str, words: str,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "one.pdf"
    code, err = _run_cli(monkeypatch, capsys, stdin, "onepager", str(journal_path), str(out), "--password-stdin")
    lines = [line for line in err.splitlines() if line]
    assert code in (1, 2) and len(lines) == 1 and words in lines[0] and not out.exists()
    if "weak" in words:
        assert code == 2
        code, _ = _run_cli(monkeypatch, capsys, stdin, "onepager", str(journal_path), str(out), "--password-stdin",
                           "--allow-weak")
        assert code == 0 and pypdf.PdfReader(out).is_encrypted
