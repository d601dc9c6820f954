"""Keeping ``contact.score``, ``grade_auto`` and ``grade`` current, in SQL.

``regrade(ids, today)`` recomputes some leads (the use-cases that log, delete, restore or
change a stage call it inside their own transaction: one lead costs two indexed UPDATEs);
``regrade(None, today)`` recomputes everyone, in chunks of ids with progress and Cancel.
Scores depend on the day (entries age out of the window), so ``ensure_current(today)``
regrades everyone once a day when the window or a command first asks (and again when the
rules in force read differently from those the day's grades were computed with).

Each score is one correlated subquery over the lead's ``(contact_id, at)`` index, reading
only the window's entries; weights and thresholds are SQL parameters.
"""
from __future__ import annotations

from datetime import date, timedelta, tzinfo
from typing import Callable, Iterable

from desktop_app.core.changes import Changes
from desktop_app.core.errors import ContactBookError
from desktop_app.core.grading import behaviours
from desktop_app.core.grading import rules as rules_mod
from desktop_app.core.grading.rules import GRADES, Rules
from desktop_app.core.storage import preferences
from desktop_app.core.storage.rows import chunks, marks
from desktop_app.core.storage.schema import database
from desktop_app.core.when import day_start_utc

FULL_CHUNK = 10_000  # ids per step of a full regrade (progress and Cancel between steps)


class RegradeCancelled(ContactBookError):
    """The user cancelled a full regrade: nothing was changed."""


def weights(rules: Rules) -> dict[str, int]:
    """channel or behaviour code -> weight (archived behaviours keep theirs)."""
    out = dict(rules.channel_weights)
    out.update({b.key: b.weight for b in behaviours.all_behaviours(include_archived=True)})
    return out


def bounds(today: date, rules: Rules, tz: tzinfo | None = None) -> tuple[str, str]:
    """(window start, full-weight start) as stored timestamps: local midnights in UTC."""
    window = day_start_utc(today - timedelta(days=rules.window_days - 1), tz)
    full = day_start_utc(today - timedelta(days=rules.full_days - 1), tz)
    return window.isoformat(" "), full.isoformat(" ")


def _case(column: str, table: dict[str, int]) -> tuple[str, list]:
    items = [(k, v) for k, v in table.items() if k and v]
    if not items:
        return "0", []
    return (f"CASE {column} " + " ".join("WHEN ? THEN ?" for _ in items) + " ELSE 0 END",
            [x for item in items for x in item])


def _statements(rules: Rules, today: date, tz) -> tuple[str, list, str, list]:
    window, full = bounds(today, rules, tz)
    ch_sql, ch_params = _case("i.channel", weights(rules))
    out_sql, out_params = _case("i.outcome", rules.outcome_weights)
    score = (f"UPDATE contact SET score = (SELECT TOTAL(({ch_sql} + {out_sql}) * "
             f"(CASE WHEN i.at >= ? THEN 1.0 ELSE 0.5 END)) FROM interaction i "
             f"WHERE i.contact_id = contact.id AND i.at >= ? AND i.kind = 'interaction' "
             f"AND i.deleted_at IS NULL) WHERE id IN ")
    a, b, c = rules.thresholds
    floors = [(s, g) for s, g in rules.stage_floors.items() if g != "D"]
    floor = ("CASE stage " + " ".join("WHEN ? THEN ?" for _ in floors) + " ELSE 'D' END"
             if floors else "'D'")
    auto = (f"MIN(CASE WHEN score >= ? THEN 'A' WHEN score >= ? THEN 'B' WHEN score >= ? "
            f"THEN 'C' ELSE 'D' END, {floor})")
    grade = (f"UPDATE contact SET grade_auto = {auto}, grade = COALESCE(grade_manual, {auto}) "
             f"WHERE id IN ")
    g_params = [a, b, c, *[x for f in floors for x in f]]
    return score, [*ch_params, *out_params, full, window], grade, g_params * 2


def regrade(contact_ids: Iterable[int] | None, today: date, rules: Rules | None = None, *,
            tz: tzinfo | None = None, progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> frozenset[int]:
    """Recompute score and grade of these leads (None: all, trash included) as of ``today``;
    returns the ids whose score or grade changed. One transaction; a ``cancel()`` that
    returns True raises ``RegradeCancelled`` and nothing changes."""
    rules = rules or rules_mod.load()
    score_sql, s_params, grade_sql, g_params = _statements(rules, today, tz)
    conn = database.connection()
    if contact_ids is None:
        top = conn.execute("SELECT COALESCE(MAX(id), 0) FROM contact").fetchone()[0]
        steps = [(lo, lo + FULL_CHUNK) for lo in range(0, top + 1, FULL_CHUNK)]
    else:
        steps = list(chunks(sorted(set(contact_ids))))
    changed: set[int] = set()
    with database.atomic():
        for done, step in enumerate(steps):
            if cancel is not None and cancel():
                raise RegradeCancelled("Regrading was cancelled; nothing was changed.")
            if isinstance(step, tuple):
                where, params = "(SELECT id FROM contact WHERE id >= ? AND id < ?)", list(step)
            else:
                where, params = f"({marks(step)})", list(step)
            before = conn.execute(f"SELECT id, score, grade FROM contact WHERE id IN {where}",
                                  params).fetchall()
            conn.execute(score_sql + where, s_params + params)
            conn.execute(grade_sql + where, g_params + params)
            after = dict(((i, (s, g)) for i, s, g in conn.execute(
                f"SELECT id, score, grade FROM contact WHERE id IN {where}", params)))
            changed.update(i for i, s, g in before if after.get(i) != (s, g))
            if progress is not None:
                progress(done + 1, len(steps))
        if contact_ids is None:
            preferences.put(rules_mod.AS_OF, today.isoformat())
            preferences.put(rules_mod.AS_OF_RULES, rules.to_json())
    return frozenset(changed)


def is_current(today: date) -> bool:
    """Everyone was graded today with the rules in force (rules that read differently since,
    e.g. new default floors, make the day's regrade run again)."""
    return (preferences.get(rules_mod.AS_OF) == today.isoformat()
            and preferences.get(rules_mod.AS_OF_RULES) == rules_mod.load().to_json())


def ensure_current(today: date, *, tz: tzinfo | None = None, progress=None, cancel=None
                   ) -> Changes:
    """Regrade everyone when the stored scores are of another day (or never computed)."""
    if is_current(today):
        return Changes()
    changed = regrade(None, today, tz=tz, progress=progress, cancel=cancel)
    return Changes(contacts=changed, rows_added_or_removed=bool(changed))


def change_rules(new: Rules, today: date, *, tz: tzinfo | None = None, progress=None,
                 cancel=None, behaviour_weights: dict[str, object] | None = None) -> Changes:
    """Store new rules (and behaviour weights, key -> weight) and regrade everyone, in one
    transaction: a bad value or a Cancel leaves rules, weights and grades as they were."""
    try:
        with database.atomic():
            for key, weight in (behaviour_weights or {}).items():
                behaviours.update(key, weight=weight)
            new = rules_mod.save(_procedures_checked(new))
            changed = regrade(None, today, new, tz=tz, progress=progress, cancel=cancel)
    finally:  # a rolled-back weight must not stay in the behaviours' cache
        behaviours.forget()
    return Changes(contacts=changed, rows_added_or_removed=bool(changed))


def _procedures_checked(new: Rules) -> Rules:
    """Each grade's procedure names a live cadence template (by key, name or id); stored by
    its key. Unknown: NotFound listing the templates (nothing is saved)."""
    from dataclasses import replace

    from desktop_app.core.followup import template_store

    return replace(new, procedures={grade: template_store.find(key).key if key else key
                                    for grade, key in new.procedures.items()})


def counts() -> dict[str, int]:
    """Live leads per grade in force (A..D, all four keys)."""
    rows = database.execute_sql("SELECT grade, COUNT(*) FROM contact WHERE deleted_at IS NULL "
                                "GROUP BY grade").fetchall()
    found = dict(rows)
    return {g: found.get(g, 0) for g in GRADES}
