"""One registry of languages (app/languages.py): every other place follows it."""

from __future__ import annotations

import ast
from pathlib import Path

from app import languages

ROOT = Path(__file__).resolve().parents[2]
# Texts that are data in two languages, with an English fallback for any other (see app/languages.py).
DATA_IN_LANGUAGES = {"app/languages.py", "app/programme.py", "app/export/onepager.py", "app/export/labels.py",
                     "app/sample.py"}


def test_every_translated_language_has_its_catalogue_and_build() -> None:
    for language in languages.translated():
        assert (ROOT / "translations" / f"{language.catalogue}.ts").is_file(), language
        assert (ROOT / "resources" / "i18n" / f"{language.catalogue}.qm").is_file(), language
    assert languages.SOURCE in languages.CODES


def test_no_module_lists_the_languages_itself() -> None:
    """A literal collection holding two or more language codes is a second registry."""
    codes = set(languages.CODES)
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        if where in DATA_IN_LANGUAGES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            items = (node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set))
                     else node.keys if isinstance(node, ast.Dict) else [])
            found = {i.value for i in items if isinstance(i, ast.Constant) and i.value in codes}
            if len(found) >= 2:
                offenders.append(f"{where}:{node.lineno}")
    assert offenders == []
