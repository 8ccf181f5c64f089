"""Cut the bundle's ICU data (32 MB) down to what Qt uses for a German and English app (about 4 MB).

    python packaging/linux/icu_subset.py dist/tandem-journal

Qt Core links ICU for four things only (its undefined symbols say so): collation (``ucol_*``: sorting
in file dialogs), case mapping (``u_strToUpper/Lower``), time-zone display names (``ucal_*``) and
legacy text encodings (``ucnv_*``). The data library ``libicudata.so.73`` holds every locale's
names of languages, regions, currencies, units and zones, the break-iterator dictionaries
(Thai, Khmer, Chinese…), number spell-out rules, transliterators and 200 legacy encodings. This
keeps the Unicode core (properties, normalisation, case, the collation tables) and the locale data
of root, German and English, and leaves out break iterators, spell-out rules, transliterators and
the legacy encoding tables (the app reads and writes UTF-8 only). ``icupkg`` (Debian: icu-devtools)
makes the smaller data package; the C compiler wraps it into a library of the same name exporting
the same symbol. Without either tool, the full data stays and this says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SPOKEN = re.compile(r"^(root|de|en)(_\w*)?\.res$")
LOCALE = re.compile(r"^[a-z]{2,3}(_\w*)?\.res$")
UNUSED_FOLDERS = ("brkitr", "rbnf", "translit")

ASSEMBLY = """    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
"""


def unused(item: str) -> bool:
    folder, _, name = item.rpartition("/")
    if folder in UNUSED_FOLDERS or name.endswith(".cnv"):
        return True
    return bool(LOCALE.match(name)) and not SPOKEN.match(name)


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (it is the library's whole .rodata)."""
    symbols = subprocess.run(["nm", "-D", "-S", str(library)], capture_output=True, text=True, check=True).stdout
    name, address, size = next((m.group(3), int(m.group(1), 16), int(m.group(2), 16)) for m in
                               re.finditer(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.M))
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True).stdout
    for m in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        start, offset, length = (int(g, 16) for g in m.groups())
        if start <= address < start + length:
            return name, address - start + offset, size
    raise RuntimeError(f"{library}: the ICU data symbol is in no section")


def subset(bundle: Path) -> int:
    library = next((p for p in (bundle / "_internal").rglob("libicudata.so.*") if not p.is_symlink()), None)
    if library is None:
        print("icu: no libicudata in the bundle, nothing to cut")
        return 0
    missing = [tool for tool in ("icupkg", "cc", "nm", "readelf") if shutil.which(tool) is None]
    if missing:
        print(f"icu: kept the full data ({library.stat().st_size / 1e6:.1f} MB): {', '.join(missing)} not installed "
              "(apt-get install icu-devtools gcc binutils)")
        return 0
    before = library.stat().st_size
    symbol, offset, size = _symbol(library)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # icupkg takes the package's name (icudt73l) from the file's name
        (work / "small").mkdir()
        full = work / (symbol.removesuffix("_dat") + "l.dat")
        small = work / "small" / full.name
        full.write_bytes(library.read_bytes()[offset:offset + size])
        items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
        (work / "remove.txt").write_text("\n".join(i for i in items if unused(i)) + "\n")
        subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(full), str(small)], check=True)
        (work / "data.S").write_text(ASSEMBLY.format(symbol=symbol, data=small))
        built = work / library.name
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(built),
                        str(work / "data.S")], check=True)
        shutil.copyfile(built, library)
    print(f"icu: data cut from {before / 1e6:.1f} to {library.stat().st_size / 1e6:.1f} MB "
          f"(root, German and English locales; {sum(map(unused, items))} of {len(items)} items left out)")
    return 0


if __name__ == "__main__":
    sys.exit(subset(Path(sys.argv[1])))
