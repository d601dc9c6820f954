"""English text for the user that the UI can still translate: a template and its values.

``msg("phone {number} is in scientific notation", number=cell)`` is a ``str`` (the English
sentence, as the CLI prints it and the reports save it) that also remembers ``template`` and
``values``; the UI looks the template up in its translations (context "core") and fills in
the values. ``ContactBookError`` does the same for the messages of expected errors.

Templates are constant strings with ``str.format`` fields, so ``tools/core_messages.py`` can
collect them for Qt Linguist.
"""
from __future__ import annotations


def fill(template: str, values: dict) -> str:
    """``template`` with ``values`` filled in (no values: the template as it is)."""
    return template.format(**values) if values else template


class Message(str):
    """A sentence for the user (English) with its ``template`` and ``values``."""

    template: str
    values: dict

    def __new__(cls, template: str, values: dict | None = None):
        self = super().__new__(cls, fill(template, values or {}))
        self.template = template
        self.values = dict(values or {})
        return self

    def __reduce__(self):  # pickles (and copies) as itself, not as a plain str
        return Message, (self.template, self.values)


def msg(template: str, **values) -> Message:
    """The marker ``tools/core_messages.py`` looks for: ``template`` must be a constant."""
    return Message(template, values)
