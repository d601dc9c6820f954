"""The naming tag: 城市-公司关键词-产品-销售额-姓名-职位-来源.

``parse`` is forgiving (several separator characters, spaces around them, fewer or more than
seven parts); ``compose`` writes the canonical form (``-`` between parts, no padding, no
trailing empty parts). For canonical text ``compose(parse(text)) == text``.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from desktop_app.core.patterns import lazy

FIELDS = ("city", "company", "product", "deal_size", "name", "title", "source")
SEPARATOR = "-"
# hyphen-minus, full-width hyphen, em dash, en dash, underscore
SEPARATOR_CHARS = "-－—–_"
_SPLIT = lazy(r"\s*[" + re.escape(SEPARATOR_CHARS) + r"]\s*")
_SEPARATOR_IN_FIELD = lazy(r"\s*[" + re.escape(SEPARATOR_CHARS) + r"]+\s*")


class NamingTag(NamedTuple):
    """A parsed tag: its seven fields and the parts beyond them (immutable; a NamedTuple, not
    a frozen dataclass: the class is made at start-up, where a dataclass costs ~2 ms)."""
    city: str = ""
    company: str = ""
    product: str = ""
    deal_size: str = ""
    name: str = ""
    title: str = ""
    source: str = ""
    extra: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """True when all seven parts are present."""
        return all(getattr(self, f) for f in FIELDS)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(f for f in FIELDS if not getattr(self, f))

    def fields(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in FIELDS}

    def compose(self) -> str:
        return compose(self.fields(), self.extra)

    @property
    def deal_value(self) -> int | None:
        return deal_value(self.deal_size)


# Invisible characters that copy-paste (a web page, WeChat, an Excel export) brings along: soft
# hyphen, zero-width space and non-joiner, left-to-right / right-to-left marks, bidi
# embeddings, overrides and isolates, word joiner and invisible operators, BOM. In a field
# they make equal values differ (王\u200b芳 was neither found by 王芳 nor taken for a duplicate;
# "知乎\u200f" made a second 知乎 row in the sources report) and an override reverses how a tag
# reads. The zero-width joiner stays: it holds emoji sequences together.
INVISIBLE = lazy("[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064"
                       "\u2066-\u2069\ufeff]")


def clean_field(value: str | None) -> str:
    """A field value that can sit inside a tag: trimmed, invisible characters removed,
    separators inside it replaced by '·'.

    A company called "Coca-Cola" would otherwise split into two parts on the next parse.
    """
    if not value:
        return ""
    value = " ".join(INVISIBLE.sub("", value).split())
    return _SEPARATOR_IN_FIELD.sub("·", value).strip("·").strip()


def parse(text: str | None) -> NamingTag:
    """Split a tag into its seven fields; parts beyond the seventh go to ``extra``."""
    text = (text or "").strip()
    if not text:
        return NamingTag()
    parts = [" ".join(p.split()) for p in _SPLIT.split(text)]
    head = parts[:7] + [""] * (7 - min(len(parts), 7))
    extra = parts[7:]
    while extra and not extra[-1]:
        extra.pop()
    return NamingTag(*head, extra=tuple(extra))


def parse_typed(text: str | None) -> NamingTag:
    """``parse`` for a tag typed by hand: seven words between spaces and no separator at all
    ("上海 华信 咨询 10万 王芳 经理 知乎", easier on a phone keyboard) are the seven parts;
    anything else as ``parse``. Not for stored tags or a phone's names: a stored city, or a
    name, of seven words stays one part there."""
    words = (text or "").split()
    if len(words) == len(FIELDS) and not any(c in text for c in SEPARATOR_CHARS):
        return parse(SEPARATOR.join(words))
    return parse(text)


def compose(values: dict[str, str], extra: tuple[str, ...] | list[str] = ()) -> str:
    parts = [values.get(f) or "" for f in FIELDS] + list(extra)
    while parts and not parts[-1]:
        parts.pop()
    return SEPARATOR.join(parts)


def stored_tag(values: dict) -> str:
    """The tag of a stored contact from its columns: the seven fields and ``tag_extra`` (the
    extra parts as stored, joined by the separator; None or "" for none)."""
    extra = values.get("tag_extra") or ""
    return compose(values, tuple(extra.split(SEPARATOR)) if extra else ())


# --- deal size ------------------------------------------------------------------------------

_UNITS = {
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 100,
    "kw": 10**7, "w": 10**4, "k": 10**3, "m": 10**6, "mm": 10**6,
}
_CURRENCY = lazy(r"^(?:¥|￥|rmb|cny|\$)|(?:元|块|rmb|cny|人民币)$", re.IGNORECASE)
_AMOUNT = lazy(
    r"^(\d+(?:\.\d+)?)\s*(千万|百万|十万|亿|万|千|百|kw|mm|w|k|m)?$", re.IGNORECASE
)


def deal_value(text: str | None) -> int | None:
    """The amount a deal-size text stands for, in yuan; None when it is not an amount.

    >>> deal_value("1千万"), deal_value("200W"), deal_value("80,000"), deal_value("30万元")
    (10000000, 2000000, 80000, 300000)
    """
    if not text:
        return None
    s = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    for _ in range(2):  # "¥30万元" has a mark at both ends
        s = _CURRENCY.sub("", s)
    m = _AMOUNT.match(s)
    if not m:
        return None
    try:
        number = Decimal(m.group(1))
    except InvalidOperation:  # pragma: no cover - the regex only lets digits through
        return None
    unit = _UNITS[m.group(2).lower()] if m.group(2) else 1
    value = int((number * unit).to_integral_value())
    # beyond what SQLite stores as an integer (9.2e18 yuan): not an amount, or every write
    # and filter with it ended in an internal error
    return value if value <= MAX_AMOUNT else None


MAX_AMOUNT = 2 ** 63 - 1


def format_amount(value: int | None) -> str:
    """A short Chinese rendering of an amount: 10000000 -> '1000万', 150000000 -> '1.5亿'."""
    if value is None:
        return ""
    for unit, label in ((10**8, "亿"), (10**4, "万")):
        if abs(value) >= unit:
            n = Decimal(value) / unit
            return f"{n.normalize():f}{label}"
    return str(value)


def format_amount_en(value: int | None) -> str:
    """The same amount the English way: 80000 -> '80k', 1000000 -> '1M', 150000000 ->
    '150M', 2500000000 -> '2.5B' (exact, like ``format_amount``)."""
    if value is None:
        return ""
    for unit, label in ((10**9, "B"), (10**6, "M"), (10**3, "k")):
        if abs(value) >= unit:
            n = Decimal(value) / unit
            return f"{n.normalize():f}{label}"
    return str(value)


__all__ = ["FIELDS", "NamingTag", "parse", "parse_typed", "compose", "clean_field", "INVISIBLE",
           "deal_value", "format_amount", "format_amount_en"]
