"""Enter in a form's field goes on to the next field, as Tab does; after the last field it is the
form's to press its default button.

In a dialog Qt gives Enter to the default button, which stays greyed until the form is complete: Enter
in the mentee's name did nothing, and the next name was typed into the same field ("Dr. Jürgen
WeberLeonie Yılmaz", walk of 2026-12-05). A person who presses Enter after a line expects to be in
the next one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


def is_enter(event: QKeyEvent) -> bool:
    plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
    return plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _reachable(widget: QWidget, scope: QWidget) -> bool:
    return (scope.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def _owner(widget: QWidget) -> QWidget:
    """The field a focused widget is part of (a combo box's or a spin box's own text line)."""
    parent = widget.parentWidget()
    return parent if isinstance(parent, (QComboBox, QAbstractSpinBox)) else widget


def _tab_from(widget: QWidget) -> list[QWidget]:
    """The controls the keyboard reaches after ``widget``, in the order Tab visits them, once round."""
    found: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not widget and current is not None and len(found) < 1000:
        if _reachable(current, widget.window()) and _owner(current) is current and current not in found:
            found.append(current)
        current = current.nextInFocusChain()
    return found


def _next_field(field: QWidget, scope: QWidget) -> QWidget | None:
    """The field Tab reaches after ``field`` (skipping boxes and buttons between), or None where the
    form ends: at a control outside ``scope`` or at the form's own buttons (Create, Cancel)."""
    for widget in _tab_from(field):
        if not scope.isAncestorOf(widget) or isinstance(widget.parentWidget(), QDialogButtonBox):
            return None
        if isinstance(widget, FIELDS):
            return widget
    return None


def first_control(scope: QWidget) -> QWidget | None:
    """Where the keyboard starts in ``scope``: its first control that is not a list (a list above a
    field is there to be read; the field is what a person types in first)."""
    return next((w for w in _tab_from(scope) if scope.isAncestorOf(w) and not isinstance(w, QAbstractItemView)),
                None)


def focused_field(scope: QWidget) -> QWidget | None:
    """The field of ``scope`` that has the keyboard, if one has."""
    focused = QApplication.focusWidget()
    if focused is None:
        return None
    field = _owner(focused)
    return field if isinstance(field, FIELDS) and scope.isAncestorOf(field) else None


def to_next_field(scope: QWidget) -> bool:
    """Move the keyboard from the focused field of ``scope`` to the next one (as Tab would, skipping
    the buttons and boxes between). False when no field has the keyboard or it is the last."""
    field = focused_field(scope)
    following = _next_field(field, scope) if field is not None else None
    if following is None:
        return False
    following.setFocus(Qt.FocusReason.TabFocusReason)
    return True


def to_next_of(field: QWidget, order: Sequence[QWidget]) -> bool:
    """Move the keyboard from ``field`` to the next field of ``order`` that can take it; False for the
    last (a form that names its fields in order: a focus chain that starts again at the top after the
    last field would send Enter there instead of to Create)."""
    if field not in order:
        return False
    following = [w for w in order[order.index(field) + 1:] if w.isVisible() and w.isEnabled()]
    if not following:
        return False
    following[0].setFocus(Qt.FocusReason.TabFocusReason)
    return True
