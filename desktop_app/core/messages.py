"""English text for the user that the UI can still translate: a template and its values.

``msg("phone {number} is in scientific notation", number=cell)`` is a ``str`` (the English
sentence, as the CLI prints it and the reports save it) that also remembers ``template`` and
``values``; the UI looks the template up in its translations (context "core") and fills in
the values. ``ContactBookError`` does the same for the messages of expected errors.

An amount of money among the values is a ``Yuan``: 10,065,000 in the English sentence, and
the number kept, so the Chinese window can write it the way its readers count (1,006.5万,
``wan_text``).

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


class Yuan(str):
    """An amount of money in a message: reads 10,065,000 as text; ``yuan`` keeps the number
    (the Chinese window writes it as ``wan_text`` does)."""

    yuan: float

    def __new__(cls, value):
        self = super().__new__(cls, f"{round(value):,}")
        self.yuan = value
        return self

    def __reduce__(self):
        return Yuan, (self.yuan,)


def wan_text(value) -> str:
    """Yuan as Chinese sales people read them: whole yuan below 1万 (8,500), then 万 to one
    place (1,006.5万, 12万) and 亿 to two (3.2亿, 7.01亿), thousands grouped, trailing zeros
    dropped. A value that rounds up to the next unit takes it (99,999,999 is 1亿)."""
    whole = round(value)
    if abs(whole) < 10**4:
        return f"{whole:,}"
    wan = round(whole / 10**4, 1)
    if abs(wan) < 10**4:
        return f"{wan:,.1f}".removesuffix(".0") + "万"
    return f"{whole / 10**8:,.2f}".rstrip("0").rstrip(".") + "亿"


def kmb_text(value) -> str:
    """Yuan short, the English way, as ``wan_text`` is in Chinese (the English window's
    report tables: the full figure is in the cell's tooltip and in the exports): whole yuan
    below 10,000 (8,500), then k to one place (66.1k, 342.3k), M and B to two (85.43M, 1.5B),
    trailing zeros dropped. A value that rounds up to the next unit takes it (999,960 is 1M)."""
    whole = round(value)
    if abs(whole) < 10**4:
        return f"{whole:,}"
    for unit, label, places in ((10**3, "k", 1), (10**6, "M", 2)):
        if abs(round(whole / unit, places)) < 1000:
            return f"{whole / unit:.{places}f}".rstrip("0").rstrip(".") + label
    return f"{whole / 10**9:,.2f}".rstrip("0").rstrip(".") + "B"
