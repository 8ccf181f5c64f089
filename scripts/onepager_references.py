"""Write the one-pager's golden pages anew (tests/unit/export/reference/pages/*.png), and the README's
picture of the page (docs/screenshots/onepager.png: the demo tandem, English, A4).

    .venv/bin/python scripts/onepager_references.py            # every reference
    .venv/bin/python scripts/onepager_references.py full-de    # those whose name contains "full-de"
    .venv/bin/python scripts/onepager_references.py --readme   # the README's picture only

After an intended layout change: run it, look at every changed PNG, and commit them with the change
(tests/unit/export/test_onepager_pages.py compares against them). The Chinese and Japanese names
need the system font the references were made with (Droid Sans Fallback, fonts-droid-fallback).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from app.store import connection  # noqa: E402
from tests.unit.export import onepager_pages as pages  # noqa: E402

README_PICTURE = ROOT / "docs" / "screenshots" / "onepager.png"


def main(argv: list[str]) -> int:
    connection.KDF_ROUNDS_FOR_TESTS = 2  # throwaway journals for the demo tandem
    if "--readme" in argv:
        picture = pages.image(pages.pdf(pages.Case("demo", "en", "a4")), dpi=110, grey=False)
        README_PICTURE.write_bytes(pages.png(picture.quantize(colors=256, method=Image.Quantize.FASTOCTREE)))  # a palette: a third of the size
        print(f"wrote {README_PICTURE.relative_to(ROOT)} ({picture.width}×{picture.height})")
        return 0
    wanted = [case for case in pages.CASES if not argv or any(part in case.name for part in argv)]
    pages.REFERENCES.mkdir(parents=True, exist_ok=True)
    for case in wanted:
        data = pages.pdf(case)
        if case.tandem == "scripts" and pages.CJK_FONT.encode() not in data:
            print(f"warning: {case.name}: Chinese and Japanese are not printed with {pages.CJK_FONT} here; "
                  "install fonts-droid-fallback, else the reference will not match elsewhere", file=sys.stderr)
        case.reference.write_bytes(pages.png(pages.image(data)))
        print(f"wrote {case.reference.relative_to(ROOT)} ({case.reference.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
