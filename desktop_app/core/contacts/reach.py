"""When a lead reached each stage, and how it closed: derived facts on the contact row.

Every write that changes a stage (``records.create``/``update``/``write_many``,
``bulk.set_field``) calls ``apply`` in its own transaction, before the stage column changes:

- ``contacted_on``, ``interested_on``, ``proposal_on``: the local day the lead first reached
  that stage or a later one. A lead that skips stages (线索 -> 报价) or starts at a later one
  (an import) has passed the earlier ones that day; going back keeps the dates (it did reach
  them).
- ``won_on``/``won_amount``: set while the stage is 成交 (default: the day and the tag's deal
  value; the user may give others), cleared when it leaves 成交.
- ``lost_on``/``lost_from``/``lost_reason``: set while the stage is 流失 (the stage it was
  lost from, an optional reason), cleared when it leaves 流失.

``snapshot`` keeps these columns before a write; ``restore`` puts them back (the undo), so an
undone stage change leaves no trace in the reports. Migration 8 filled them from the timeline.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from desktop_app.core.storage.rows import chunks
from desktop_app.core.storage.schema import database

COLUMNS = ("contacted_on", "interested_on", "proposal_on", "won_on", "won_amount", "lost_on",
           "lost_from", "lost_reason")
# the funnel's stages in order, and the column holding the day each was reached
FUNNEL = ("lead", "contacted", "interested", "proposal", "won")
REACHED_COLUMN = {"contacted": "contacted_on", "interested": "interested_on",
                  "proposal": "proposal_on", "won": "won_on", "lost": "lost_on"}
LEVEL = {code: i for i, code in enumerate(FUNNEL)}

Snapshot = tuple[tuple, ...]  # (id, *COLUMNS) per contact


@dataclass(frozen=True)
class Outcome:
    """What the salesperson says when closing a lead; None: the default (today, deal value)."""
    won_on: date | None = None
    won_amount: int | None = None
    lost_reason: str | None = None


def _dates(level: int) -> str:
    parts = []
    for k, column in enumerate(("contacted_on", "interested_on", "proposal_on"), start=1):
        if level >= k:
            parts.append(f"{column} = MIN(COALESCE({column}, :day), :day)")
    return ", ".join(parts)


def apply(ids: Sequence[int], stage: str, today: date, outcome: Outcome | None = None, *,
          fresh: bool = False) -> None:
    """Record that ``ids`` move to ``stage`` on ``today`` (call before the stage column is
    written; contacts already in ``stage`` are left alone). ``fresh``: just inserted in
    ``stage`` (coming from 线索)."""
    outcome = outcome or Outcome()
    day = (outcome.won_on or today) if stage == "won" else today
    sets = [s for s in [_dates(LEVEL.get(stage, 0))] if s]
    sets += ["won_on = :won_on", "won_amount = :amount", "lost_on = :lost_on",
             "lost_from = :lost_from", "lost_reason = :reason"]
    won, lost = stage == "won", stage == "lost"
    values = {
        "day": day.isoformat(),
        "won_on": day.isoformat() if won else None,
        "lost_on": today.isoformat() if lost else None,
        "reason": (outcome.lost_reason or None) if lost else None,
        "stage": stage,
    }
    amount = "COALESCE(:won_amount, deal_value)" if won else "NULL"
    values["won_amount"] = outcome.won_amount
    lost_from = ("'lead'" if fresh else "stage") if lost else "NULL"
    sql = (f"UPDATE contact SET {', '.join(sets)} WHERE id IN ({{ids}})"
           + ("" if fresh else " AND stage != :stage"))
    sql = sql.replace(":amount", amount).replace(":lost_from", lost_from)
    conn = database.connection()
    for chunk in chunks(sorted(set(ids))):
        marks = ", ".join(f":id{k}" for k in range(len(chunk)))
        params = dict(values, **{f"id{k}": cid for k, cid in enumerate(chunk)})
        if fresh:
            params.pop("stage")
        conn.execute(sql.format(ids=marks), params)


def snapshot(ids: Iterable[int]) -> Snapshot:
    """These contacts' columns as they are now (for ``restore``)."""
    rows: list[tuple] = []
    for chunk in chunks(sorted(set(ids))):
        rows += database.execute_sql(
            f"SELECT id, {', '.join(COLUMNS)} FROM contact WHERE id IN "
            f"({', '.join('?' * len(chunk))})", chunk).fetchall()
    return tuple(rows)


def restore(saved: Snapshot) -> None:
    """Put the columns back as ``snapshot`` found them (an undo)."""
    assignments = ", ".join(f"{c} = ?" for c in COLUMNS)
    database.connection().executemany(f"UPDATE contact SET {assignments} WHERE id = ?",
                                      [(*row[1:], row[0]) for row in saved])
