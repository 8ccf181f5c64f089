"""Keep the German catalogue in step with the code, and build it.

    .venv/bin/python scripts/i18n.py update   # collect tr()/N_() strings into translations/*.ts
    .venv/bin/python scripts/i18n.py build    # translations/*.ts -> resources/i18n/*.qm (lrelease)
    .venv/bin/python scripts/i18n.py check    # exit 1 if a string is new, unfinished or the .qm is stale

The .ts file is Qt Linguist's format: open it in Linguist (pyside6-linguist) to translate.
Strings are collected from the code with Python's own parser (app/ui/i18n.py explains the
two markers), so a translation can never be missing silently: `check` runs in the tests.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "app" / "ui"]
sys.path.insert(0, str(ROOT))
from app.languages import Language, translated  # noqa: E402  (the registry: one catalogue per language)

CONTEXT = "TandemJournal"
MARKERS = ("tr", "N_")


def collect() -> dict[str, str]:
    """Every marked string, with the first place it appears (file:line), in source order."""
    found: dict[str, str] = {}
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS
                      and node.args and isinstance(node.args[0], ast.JoinedStr)):
                    raise SystemExit(f"{path.relative_to(ROOT)}:{node.lineno}: {node.func.id}() of an f-string "
                                     "cannot be translated; use tr('… {name} …').format(name=…)")
    return found


def ts_path(language: Language) -> Path:
    return ROOT / "translations" / f"{language.catalogue}.ts"


def qm_path(language: Language) -> Path:
    return ROOT / "resources" / "i18n" / f"{language.catalogue}.qm"


def read_ts(path: Path) -> dict[str, str | None]:
    """source -> translation (None while unfinished)."""
    if not path.exists():
        return {}
    result: dict[str, str | None] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        result[source] = (translation.text or "") if done and translation is not None else None
    return result


def write_ts(strings: dict[str, str], translations: dict[str, str | None], path: Path, language: Language) -> None:
    root = ET.Element("TS", version="2.1", language=language.locale, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in strings.items():
        message = ET.SubElement(context, "message")
        file, _, line = where.partition(":")
        ET.SubElement(message, "location", filename=f"../{file}", line=line)
        ET.SubElement(message, "source").text = source
        done = translations.get(source)
        translation = ET.SubElement(message, "translation")
        if done:
            translation.text = done
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


def problems(language: Language) -> list[str]:
    ts, qm = ts_path(language), qm_path(language)
    strings, translations = collect(), read_ts(ts)
    found = [f"{language.code}: untranslated: {s!r} ({strings[s]})" for s in strings if not translations.get(s)]
    found += [f"{language.code}: no longer used: {s!r}" for s in translations if s not in strings]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.qm"
        lrelease(ts, fresh)
        if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
            found.append(f"{qm.relative_to(ROOT)} is older than {ts.relative_to(ROOT)}: run scripts/i18n.py build")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command not in ("update", "build", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for language in translated():  # every language of app/languages.py but the source
        ts, qm = ts_path(language), qm_path(language)
        if command == "update":
            strings, translations = collect(), read_ts(ts)
            write_ts(strings, translations, ts, language)
            missing = sum(1 for s in strings if not translations.get(s))
            print(f"{ts.relative_to(ROOT)}: {len(strings)} strings, {missing} to translate")
        elif command == "build":
            lrelease(ts, qm)
            print(f"built {qm.relative_to(ROOT)}")
        else:
            found = problems(language)
            for line in found:
                print(line, file=sys.stderr)
            failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
