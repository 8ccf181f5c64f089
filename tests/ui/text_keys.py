"""Keys that text fields claim, on every keyboard scheme Qt knows, and the standard keys the commands use.

Transcribed from Qt 6's key-binding table (qtbase ``src/gui/kernel/qplatformtheme.cpp``,
``QPlatformThemePrivate::keyBindings``): for every standard key a QLineEdit or a QTextEdit
handles (moving, selecting, deleting, clipboard, undo, line breaks, bold/italic/underline), and
for the standard keys in ``app/ui/actions.py``. Qt's "Ctrl" is Command on a Mac and "Meta" is the
Mac's Control key. The KDE and GNOME schemes add their rows to the X11 ones, as Qt does.
``test_start_walk`` checks the rows against ``QKeySequence.keyBindings`` where it runs.

Beyond Qt's table: input methods take some keys inside text fields on Linux desktops (IBus and
GTK: Ctrl+Shift+U starts typing a character by its code, older IBus: Ctrl+Shift+E emoji), and
people used to readline or GTK's Emacs theme expect Ctrl+B, Ctrl+W, Ctrl+H in a one-line field.
Qt 6's own fields handle none of those (checked under Xvfb with the X11, GNOME and KDE schemes:
a QLineEdit takes Ctrl+A/E/K/U/D there, all in the table), so they are avoided, not required.
Ctrl+F is the standard Find key on every platform and no Qt field claims it: Find keeps it.
"""

from __future__ import annotations

WIN, MAC, X11, KDE, GNOME = "win", "mac", "x11", "kde", "gnome"
SCHEMES = (WIN, MAC, X11, KDE, GNOME)
ALL = frozenset(SCHEMES)
W = frozenset({WIN})
M = frozenset({MAC})
X = frozenset({X11})
WX = frozenset({WIN, X11})

# (standard key, key sequence in Qt's portable text, the schemes it is bound on)
TEXT_EDITING: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("Delete", "Ctrl+D", X), ("Delete", "Del", ALL), ("Delete", "Meta+D", M),
    ("Cut", "Ctrl+X", ALL), ("Cut", "Shift+Del", WX), ("Cut", "F20", X), ("Cut", "Meta+K", M), ("Cut", "Cut", ALL),
    ("Copy", "Ctrl+Ins", WX), ("Copy", "Ctrl+C", ALL), ("Copy", "F16", X), ("Copy", "Copy", ALL),
    ("Paste", "Ctrl+Shift+Ins", X), ("Paste", "Ctrl+V", ALL), ("Paste", "Shift+Ins", WX), ("Paste", "F18", X),
    ("Paste", "Meta+Y", M), ("Paste", "Paste", ALL),
    ("Undo", "Alt+Backspace", W), ("Undo", "Ctrl+Z", ALL), ("Undo", "F14", X), ("Undo", "Undo", ALL),
    ("Redo", "Alt+Shift+Backspace", W), ("Redo", "Ctrl+Shift+Z", frozenset({WIN, X11, MAC})),
    ("Redo", "Ctrl+Y", W), ("Redo", "Redo", ALL),
    ("SelectAll", "Ctrl+A", ALL),
    ("Bold", "Ctrl+B", ALL), ("Italic", "Ctrl+I", ALL), ("Underline", "Ctrl+U", ALL),
    ("MoveToNextChar", "Right", ALL), ("MoveToNextChar", "Meta+F", M),
    ("MoveToPreviousChar", "Left", ALL), ("MoveToPreviousChar", "Meta+B", M),
    ("MoveToNextWord", "Alt+Right", M), ("MoveToNextWord", "Ctrl+Right", WX),
    ("MoveToPreviousWord", "Alt+Left", M), ("MoveToPreviousWord", "Ctrl+Left", WX),
    ("MoveToNextLine", "Down", ALL), ("MoveToNextLine", "Meta+N", M),
    ("MoveToPreviousLine", "Up", ALL), ("MoveToPreviousLine", "Meta+P", M),
    ("MoveToNextPage", "Meta+PgDown", M), ("MoveToNextPage", "Meta+Down", M), ("MoveToNextPage", "Meta+V", M),
    ("MoveToNextPage", "Alt+PgDown", M), ("MoveToNextPage", "PgDown", ALL),
    ("MoveToPreviousPage", "Meta+PgUp", M), ("MoveToPreviousPage", "Meta+Up", M),
    ("MoveToPreviousPage", "Alt+PgUp", M), ("MoveToPreviousPage", "PgUp", ALL),
    ("MoveToStartOfLine", "Meta+Left", M), ("MoveToStartOfLine", "Ctrl+Left", M), ("MoveToStartOfLine", "Home", WX),
    ("MoveToEndOfLine", "Meta+Right", M), ("MoveToEndOfLine", "Ctrl+Right", M), ("MoveToEndOfLine", "End", WX),
    ("MoveToEndOfLine", "Ctrl+E", X),
    ("MoveToStartOfBlock", "Meta+A", M), ("MoveToStartOfBlock", "Alt+Up", M),
    ("MoveToEndOfBlock", "Meta+E", M), ("MoveToEndOfBlock", "Alt+Down", M),
    ("MoveToStartOfDocument", "Ctrl+Up", M), ("MoveToStartOfDocument", "Ctrl+Home", WX),
    ("MoveToStartOfDocument", "Home", M),
    ("MoveToEndOfDocument", "Ctrl+Down", M), ("MoveToEndOfDocument", "Ctrl+End", WX), ("MoveToEndOfDocument", "End", M),
    ("SelectNextChar", "Shift+Right", ALL), ("SelectPreviousChar", "Shift+Left", ALL),
    ("SelectNextWord", "Alt+Shift+Right", M), ("SelectNextWord", "Ctrl+Shift+Right", WX),
    ("SelectPreviousWord", "Alt+Shift+Left", M), ("SelectPreviousWord", "Ctrl+Shift+Left", WX),
    ("SelectNextLine", "Shift+Down", ALL), ("SelectPreviousLine", "Shift+Up", ALL),
    ("SelectNextPage", "Shift+PgDown", ALL), ("SelectPreviousPage", "Shift+PgUp", ALL),
    ("SelectStartOfLine", "Meta+Shift+Left", M), ("SelectStartOfLine", "Ctrl+Shift+Left", M),
    ("SelectStartOfLine", "Shift+Home", WX),
    ("SelectEndOfLine", "Meta+Shift+Right", M), ("SelectEndOfLine", "Ctrl+Shift+Right", M),
    ("SelectEndOfLine", "Shift+End", WX),
    ("SelectStartOfBlock", "Alt+Shift+Up", M), ("SelectStartOfBlock", "Meta+Shift+A", M),
    ("SelectEndOfBlock", "Alt+Shift+Down", M), ("SelectEndOfBlock", "Meta+Shift+E", M),
    ("SelectStartOfDocument", "Ctrl+Shift+Up", M), ("SelectStartOfDocument", "Ctrl+Shift+Home", WX),
    ("SelectStartOfDocument", "Shift+Home", M),
    ("SelectEndOfDocument", "Ctrl+Shift+Down", M), ("SelectEndOfDocument", "Ctrl+Shift+End", WX),
    ("SelectEndOfDocument", "Shift+End", M),
    ("DeleteStartOfWord", "Alt+Backspace", M), ("DeleteStartOfWord", "Ctrl+Backspace", WX),
    ("DeleteEndOfWord", "Alt+Del", M), ("DeleteEndOfWord", "Ctrl+Del", WX),
    ("DeleteEndOfLine", "Ctrl+K", X),
    ("InsertParagraphSeparator", "Enter", ALL), ("InsertParagraphSeparator", "Return", ALL),
    ("InsertLineSeparator", "Meta+Enter", M), ("InsertLineSeparator", "Meta+Return", M),
    ("InsertLineSeparator", "Shift+Enter", ALL), ("InsertLineSeparator", "Shift+Return", ALL),
    ("InsertLineSeparator", "Meta+O", M),
    ("Deselect", "Ctrl+Shift+A", X),
    ("DeleteCompleteLine", "Ctrl+U", X),
    ("Backspace", "Backspace", M), ("Backspace", "Meta+H", M),
)

# The standard keys the commands use, on each scheme.
COMMAND_KEYS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("Open", "Ctrl+O", ALL), ("Open", "Open", ALL),
    ("New", "Ctrl+N", ALL), ("New", "New", ALL),
    ("Find", "Ctrl+F", ALL), ("Find", "Find", ALL),
    ("Print", "Ctrl+P", ALL),
    ("Preferences", "Ctrl+,", M), ("Preferences", "Ctrl+Shift+,", frozenset({KDE})), ("Preferences", "Settings", ALL),
    ("Quit", "Ctrl+Q", frozenset({X11, GNOME, KDE, MAC})), ("Quit", "Exit", ALL),
    ("FullScreen", "Meta+Ctrl+F", M), ("FullScreen", "Alt+Enter", W), ("FullScreen", "Ctrl+Shift+F", frozenset({KDE})),
    ("FullScreen", "Ctrl+F11", frozenset({GNOME})), ("FullScreen", "F11", frozenset({WIN, KDE})),
    ("ZoomIn", "Ctrl++", ALL), ("ZoomIn", "Zoom In", ALL),
    ("ZoomOut", "Ctrl+-", ALL), ("ZoomOut", "Zoom Out", ALL),
)

LINUX = frozenset({X11, KDE, GNOME})
# Keys taken in text fields on Linux desktops outside Qt's table (see above).
LINUX_TEXT_FIELDS = ("Ctrl+Shift+U", "Ctrl+Shift+E", "Ctrl+B", "Ctrl+W", "Ctrl+H")


def on(scheme: str, rows: tuple[tuple[str, str, frozenset[str]], ...], key: str | None = None) -> set[str]:
    """The sequences of ``rows`` (of standard key ``key``, or all) bound on ``scheme``."""
    schemes = {scheme, X11} if scheme in (KDE, GNOME) else {scheme}
    return {sequence for name, sequence, where in rows if (key is None or name == key) and where & schemes}


def claimed_by_text_fields(scheme: str) -> set[str]:
    return on(scheme, TEXT_EDITING) | (set(LINUX_TEXT_FIELDS) if scheme in LINUX else set())
