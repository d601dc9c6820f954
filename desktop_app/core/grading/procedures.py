"""Each grade's standard procedure (the method's D-SOP): A -> 21天成交, B -> 黄金七天,
C -> 长期培育 by default (``Rules.procedures``: grade -> cadence template key).

``apply`` starts the procedure of each lead's grade in force, for one lead or a filtered
group. A lead that already runs a cadence keeps it unless ``existing="replace"`` says so:
by default it is skipped and reported, never replaced silently.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

from desktop_app.core.changes import Changes
from desktop_app.core.followup import touchpoints
from desktop_app.core.grading import rules as rules_mod
from desktop_app.core.storage.rows import chunks, id_list, marks
from desktop_app.core.storage.schema import database


@dataclass(frozen=True)
class Applied:
    started: dict  # template key -> ids started
    skipped: tuple[int, ...]  # a cadence was running: left alone
    replaced: tuple[int, ...]
    without: tuple[int, ...]  # their grade names no procedure
    changes: Changes
    undos: tuple = ()  # touchpoints.Undo of each start, for the undo


def grades_of(ids: list[int]) -> dict[int, str]:
    out = {}
    conn = database.connection()
    for chunk in chunks(ids):
        out.update(conn.execute(f"SELECT id, grade FROM contact WHERE id IN ({marks(chunk)}) "
                                f"AND deleted_at IS NULL", chunk).fetchall())
    return out


def apply(contact_ids: int | Iterable[int], today: date, *, existing: str = "skip",
          now: datetime | None = None) -> Applied:
    """Start each lead's grade procedure on ``today``, in one transaction. ``existing``:
    "skip" (default) or "replace" (stops theirs), or "ask" (``CadenceConflict``, nothing
    written) - as ``touchpoints.start``."""
    rules = rules_mod.load()
    grades = grades_of(sorted(id_list(contact_ids)))
    by_template: dict[str, list[int]] = {}
    without = []
    for cid, grade in sorted(grades.items()):
        key = rules.procedures.get(grade)
        (by_template.setdefault(key, []) if key else without).append(cid)
    started, skipped, replaced, undos = {}, [], [], []
    changes = Changes()
    with database.atomic():
        for key, ids in by_template.items():
            result = touchpoints.start(ids, key, today, existing=existing, now=now)
            started[key] = tuple(result.started)
            skipped += result.skipped
            replaced += result.replaced
            changes = changes | result
            undos.append(result.undo)
    return Applied(started, tuple(sorted(skipped)), tuple(sorted(replaced)), tuple(without),
                   changes, tuple(undos))
