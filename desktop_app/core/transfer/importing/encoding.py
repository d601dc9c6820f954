"""Guess the text encoding of a file from other tools.

Order: a BOM; UTF-16 without a BOM (NUL bytes in every other position); UTF-8; GB18030 (what
Chinese Excel and WPS save as "CSV" — a superset of GBK that decodes 4-byte characters such as
𠀀); Windows-1252 (European Outlook exports). A decode never fails: the last resort is UTF-8
with replacement characters, and the caller gets a warning.
"""
from __future__ import annotations

import codecs
import re

from desktop_app.core.messages import msg

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Han ideographs (BMP and the supplementary planes), CJK punctuation, full-width forms
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
                  r"\U00020000-\U0003134f]")


def sniff_bom(data: bytes) -> str | None:
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _looks_chinese(text: str) -> bool:
    """Most non-ASCII characters of a GB18030 decoding are Han or CJK punctuation."""
    text = text[:200_000]
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if not non_ascii:
        return True
    return len(_CJK.findall(text)) >= 0.8 * non_ascii


def detect(data: bytes) -> str:
    """The encoding name to decode ``data`` with (see ``decode``)."""
    bom = sniff_bom(data)
    if bom:
        return bom
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _looks_chinese(text):
            return "gb18030"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "gb18030"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str, list[str]]:
    """``(text, encoding, warnings)``; ``encoding`` overrides the guess (the wizard's choice)."""
    warnings: list[str] = []
    name = encoding or detect(data)
    try:
        codecs.lookup(name)
    except LookupError:
        warnings.append(msg("unknown encoding {name!r}; guessed instead", name=name))
        name = detect(data)
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        text = data.decode(name, errors="replace")
        warnings.append(msg("some bytes are not valid {name}; they were replaced by \ufffd", name=name))
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, name, warnings
