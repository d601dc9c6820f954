"""A parsed filter's terms: what ``query`` reads from the text and ``sql`` turns into SQL."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One understood part of the filter: a chip in the filter bar.

    ``key``: ``"text"`` for a free word, else a canonical key of ``KEYS`` (``"city"``, ...).
    ``op``: ``":"`` (contains / pinyin), ``"="`` (exact) or a comparison (deal).
    ``start``/``end``: the span in ``Filter.text`` (``text[start:end]`` is the term).
    """
    key: str
    op: str
    values: tuple[str, ...]
    negated: bool
    start: int
    end: int
