"""Each grade's standard procedure (the method's D-SOP): A -> 21天成交, B -> 黄金七天,
C -> 长期培育 by default (``Rules.procedures``: grade -> cadence template key).

``apply`` starts the procedure of each lead's grade in force, for one lead or a filtered
group. A lead that already runs a cadence keeps it unless ``existing="replace"`` says so:
by default it is skipped and reported, never replaced silently. A group is started as
``followup.group_start`` starts one: its 成交/流失 leads are left out and at most the
daily capacity of first touches falls on a day; a single lead chosen on purpose is started
today whatever its stage and the capacity (the grades in order, A first, so the best leads are called first).
Hot (A) leads queue only behind other A leads (``group_start.plan(hot=True)``): an earlier
start of cooler leads that filled the days ahead keeps its days, and the A leads are called
on day 1 all the same; a day that goes over the capacity so is said (``Applied.over``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.core.changes import Changes
from desktop_app.core.followup import group_start, template_store, touchpoints
from desktop_app.core.followup.cadence import due_date
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
    closed_left_out: int = 0  # 成交/流失 leads of a group: left out
    starts: dict = field(default_factory=dict)  # {contact id started: its day 1}
    per_day: int = 0  # the daily capacity the starts were spread with
    touches: dict = field(default_factory=dict)  # {contact id started: its first touch's day}
    # {first-touch day of an A lead (or of the one lead) started: its first touches} of the
    # days now over the capacity: they go before an older plan's, which keeps its days
    over: dict = field(default_factory=dict)

    @property
    def first_day(self) -> date | None:
        """The day of the first first touch (what the capacity spreads)."""
        days = self.touches or self.starts
        return min(days.values()) if days else None

    @property
    def last_day(self) -> date | None:
        days = self.touches or self.starts
        return max(days.values()) if days else None


@dataclass(frozen=True)
class Outline:
    """What ``apply`` would do to a group, said before it runs (nothing is planned or written):
    ``by_grade`` ``((grade, leads, procedure's template key or None), ...)``, A first, of the
    live leads that would be considered (a group's closed leads not counted); ``running``:
    those of them that run a cadence already (left alone); ``closed``: the group's 成交/流失
    leads (left out)."""
    by_grade: tuple
    running: int
    closed: int

    @property
    def leads(self) -> int:
        return sum(n for _, n, _ in self.by_grade)


def outline(contact_ids: int | Iterable[int]) -> Outline:
    """``apply``'s outline for ``contact_ids`` (the Grades menu asks with it)."""
    from desktop_app.core.contacts.stages import CLOSED
    from desktop_app.core.followup.touchpoints import active_among

    rules = rules_mod.load()
    ids = sorted(id_list(contact_ids))
    conn = database.connection()
    rows = []
    for chunk in chunks(ids):
        rows += conn.execute(f"SELECT id, grade, stage FROM contact WHERE id IN "
                             f"({marks(chunk)}) AND deleted_at IS NULL", chunk).fetchall()
    single = len(ids) == 1  # one lead chosen on purpose: its stage does not matter
    kept = [(cid, grade) for cid, grade, stage in rows if single or stage not in CLOSED]
    counts: dict[str, int] = {}
    for _, grade in kept:
        counts[grade or ""] = counts.get(grade or "", 0) + 1
    by_grade = tuple((g, counts[g], rules.procedures.get(g) or None)
                     for g in sorted(counts, key=lambda g: g or "Z"))
    running = len(active_among([cid for cid, grade in kept if rules.procedures.get(grade)]))
    return Outline(by_grade, running, len(rows) - len(kept))


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
    written) - as ``touchpoints.start``. The day 1s are spread as ``group_start.plan``
    spreads a group's (closed leads of a group left out, at most the capacity a day)."""
    rules = rules_mod.load()
    ids = sorted(id_list(contact_ids))
    grades = grades_of(ids)
    # (template, hot): A leads are planned apart even when B shares their template
    by_template: dict[tuple[str, bool], list[int]] = {}
    without = []
    for cid, grade in sorted(grades.items(), key=lambda item: (item[1] or "D", item[0])):
        key = rules.procedures.get(grade)
        if key:
            by_template.setdefault((key, grade == group_start.HOT), []).append(cid)
        else:
            without.append(cid)
    include_closed = len(ids) == 1  # one lead chosen on purpose; a group leaves them out
    started, skipped, replaced, undos = {}, [], [], []
    starts: dict[int, date] = {}
    touches: dict[int, date] = {}
    left_out = 0
    hot_days: set[date] = set()
    per_day = group_start.capacity()
    changes = Changes()
    with database.atomic():
        for (key, is_hot), group in by_template.items():  # A's first: the earliest days to A
            stored = template_store.find(key)
            skip = touchpoints.active_among(group) if existing == "skip" else {}
            if include_closed:  # one lead chosen on purpose: today, whatever the capacity
                planned = {c: today for c in group if c not in skip}
                first = due_date(stored.template, today, 0) or today
                first_touches = dict.fromkeys(planned, first)
            else:
                plan = group_start.plan(group, today, per_day=per_day, skip=skip,
                                        template=stored.template, hot=is_hot)
                left_out += plan.closed_left_out
                planned = {c: plan.starts[c] for c in plan.targets}
                first_touches = plan.first_touches
            targets = list(planned) + sorted(skip)
            if not targets:
                started.setdefault(key, ())
                continue
            day_ones = {**planned, **{c: today for c in skip}}
            result = touchpoints.start(targets, stored, day_ones, existing=existing, now=now)
            started[key] = started.get(key, ()) + tuple(result.started)
            if is_hot or include_closed:  # (one lead: today, whatever the capacity)
                hot_days.update(first_touches[c] for c in result.started if c in first_touches)
            starts.update((c, day_ones[c]) for c in result.started)
            touches.update((c, first_touches[c]) for c in result.started if c in first_touches)
            skipped += result.skipped
            replaced += result.replaced
            changes = changes | result
            undos.append(result.undo)
        over = group_start.over_capacity(hot_days, per_day)
    return Applied(started, tuple(sorted(skipped)), tuple(sorted(replaced)), tuple(without),
                   changes, tuple(undos), left_out, starts, per_day, touches, over)
