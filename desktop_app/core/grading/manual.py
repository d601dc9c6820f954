"""A grade set by hand: it overrides the computed grade until it is cleared (set to None).

``set_grade`` works for one lead or a whole group in one transaction and returns a
``bulk.SetResult`` (field ``grade``) so the group-set undo stack treats it like any field;
``undo`` puts the previous manual grades back.
"""
from __future__ import annotations

from typing import Iterable

from desktop_app.core.changes import Changes
from desktop_app.core.contacts.bulk import SetResult, before_write
from desktop_app.core.errors import ValidationError
from desktop_app.core.grading.rules import GRADES
from desktop_app.core.storage.rows import chunks, marks
from desktop_app.core.storage.schema import database

CLEAR = ("", "auto", "none", "自动", "无", "-")


def grade_value(text: str | None) -> str | None:
    """``A``..``D`` (any case, ``A级`` too) or None for "back to the computed grade"."""
    cleaned = (text or "").strip().upper().removesuffix("级")
    if cleaned.lower() in CLEAR:
        return None
    if cleaned not in GRADES:
        raise ValidationError("grade", "A grade is A, B, C or D (or auto to clear), not "
                                       "{text!r}.", text=text)
    return cleaned


def write_manual(pairs: list[tuple[str | None, int]]) -> None:
    """Set (grade, contact id) pairs' manual grades and the grades in force; no hooks (a sync
    writes one contact at a time inside its own transaction)."""
    database.connection().executemany(
        "UPDATE contact SET grade_manual = ?, grade = COALESCE(?, grade_auto) WHERE id = ?",
        [(g, g, cid) for g, cid in pairs])


def set_grade(ids: Iterable[int], grade: str | None) -> SetResult:
    value = grade_value(grade)
    ids = sorted(set(ids))
    before_write("set", len(ids))
    old = []
    with database.atomic():
        conn = database.connection()
        for chunk in chunks(ids):
            for cid, manual in conn.execute(
                    f"SELECT id, grade_manual FROM contact WHERE id IN ({marks(chunk)})", chunk):
                if manual != value:
                    old.append((cid, manual, None, None))
        write_manual([(value, cid) for cid, *_ in old])
    changed = frozenset(o[0] for o in old)
    return SetResult("grade", value or "", tuple(sorted(changed)), tuple(old), (),
                     Changes(changed, rows_added_or_removed=bool(changed)))


def undo(result: SetResult) -> Changes:
    with database.atomic():
        write_manual([(manual, cid) for cid, manual, _, _ in result.old])
    ids = frozenset(result.changed)
    return Changes(ids, rows_added_or_removed=bool(ids))
