"""The bundle's entry point (PyInstaller needs a script, not a console-script entry).

One program, two names: started as ``tandem-journal-cli`` (the bundle's symlink, /usr/bin's in the
.deb) it is the command-line companion, else the desktop app."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).name.startswith("tandem-journal-cli"):
        from app.cli import main
    else:
        from app.ui.main import main
    sys.exit(main())
