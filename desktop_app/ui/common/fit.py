"""Widths that fit their text, in either language."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

_PADDING = 24  # the frame and text margins of a line edit, with a little air


def placeholder_width(edit: QLineEdit) -> int:
    """The width at which ``edit`` shows its whole placeholder text."""
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + _PADDING


def fit_placeholder(edit: QLineEdit, text: str | None = None) -> QLineEdit:
    """Set ``text`` (if given) as the placeholder and never show it cut ("What was said or
    sent (optio..."): the edit is at least as wide as the whole text."""
    if text is not None:
        edit.setPlaceholderText(text)
    edit.setMinimumWidth(max(edit.minimumWidth(), placeholder_width(edit)))
    return edit
