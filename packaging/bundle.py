"""What every platform's PyInstaller recipe shares: the modules imported on first use, and what the
app never loads (issue 17). The recipes (packaging/<platform>/tandem-journal.spec) read these."""

# Imported inside functions (pages built on first use, dialogs opened on demand, --demo, --self-test,
# and the command-line companion: the same program started as tandem-journal-cli).
HIDDEN_IMPORTS = [
    "app.ui.pages.overview", "app.ui.pages.session", "app.ui.dialogs.search", "app.ui.pages.reflections",
    "app.ui.dialogs.kickoff", "app.ui.dialogs.closing", "app.ui.dialogs.evaluation", "app.ui.dialogs.plan",
    "app.ui.dialogs.onepager", "app.ui.dialogs.share", "app.ui.demo", "app.ui.self_test",
    "app.export.ics", "app.demo", "app.cli",
]
# No network, ever: Qt's network module is not even shipped, nor Python's ssl. Nor is Tk.
# Pillow: reportlab imports PIL.Image, but the app draws no images, so its optional codecs and
# font, colour-management and Tk modules (AVIF, WebP, FreeType, LCMS: 12 MB with their libraries)
# stay out. lxml (9.5 MB) is only pikepdf's XMP metadata editor: the app does not edit metadata.
EXCLUDES = [
    "tkinter", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "ssl", "_ssl", "lxml",
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "PIL._imagingmath",
    "PIL._imagingmorph", "PIL.ImageTk", "PIL.ImageQt", "PIL.ImageCms", "PIL.ImageFont",
    "unittest", "pydoc", "doctest", "pdb",
]
# Qt's own translations: the app speaks German and English.
UNUSED_TRANSLATIONS = r"translations[/\\](?!qt(base)?_(de|en)\.qm$)"
