"""Make .venv hold exactly the versions pinned in packaging/constraints.txt (issue 17.5).

    .venv/bin/python packaging/pins.py          # what differs is installed at its pinned version

Run by packaging/linux/build.sh before PyInstaller. Nothing happens when every pin is met, so the
project's own (editable) installation is left alone.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

CONSTRAINTS = Path(__file__).with_name("constraints.txt")


def pins() -> dict[str, str]:
    lines = (line.split("#")[0].strip() for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines())
    return dict(line.split("==") for line in lines if line)


def differing() -> list[str]:
    wrong = []
    for name, wanted in pins().items():
        try:
            if version(name) != wanted:
                wrong.append(f"{name}=={wanted}")
        except PackageNotFoundError:
            wrong.append(f"{name}=={wanted}")
    return wrong


def main() -> int:
    wrong = differing()
    if wrong:
        print(f"pins: installing {' '.join(wrong)}")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-c", str(CONSTRAINTS), *wrong], check=True)
    print(f"pins: {len(pins())} packages at their pinned versions ({CONSTRAINTS.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
