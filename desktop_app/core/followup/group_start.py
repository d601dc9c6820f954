"""Starting a cadence for a group of leads, as a salesperson can trust it.

- Closed leads: 成交 (won) and 流失 (lost) leads of a group are left out unless
  ``include_closed`` (the dialog's checkbox, the CLI's ``--include-closed``); the plan says
  how many. A single lead chosen on purpose is started whatever its stage.
- Daily capacity: at most ``capacity()`` first touches a day (a setting stored with the data,
  default 50). A start for more leads spreads their day 1 over the following working days
  (weekends and mainland holidays skipped, make-up workdays honoured), highest grade first
  (A..D, ``core.grading``), then the highest deal value, the later stage and the older
  lead, so the most valuable leads are called first. The capacity counts each first touch
  on the day it falls, those already planned included: 长期培育's first call is on day 7,
  and a holiday break rolls the day 7s of several day 1s onto one working day.
- Hot leads: the grade A leads of a plan count only the first touches already planned for A
  leads: a lead just graded A is called on day 1, not after the days an earlier start of
  cooler leads filled. The older plan keeps its days, so that day may have more first touches
  than the capacity: the plan says which (``Plan.over``; ``over_capacity`` after a start), the
  caller says so, and Today lists the A leads first. The rest of a group that mixes A leads
  and cooler ones queue as before, behind everything planned, the A leads just planned
  included. (A grade's procedure plans each grade apart: ``plan(hot=True)`` or ``False``.)

- Won customers: ``start_from_won`` starts a cadence (长期培育 by default) from each 成交
  lead's won date (``contact.won_on``, kept by ``contacts.reach``), the re-marketing cycle;
  the steps that fell before today are skipped, not shown as overdue.

``plan`` computes the spread without writing (the dialog shows it); ``start`` writes it with
``touchpoints.start`` in one transaction and returns a ``GroupStarted`` (the ``Started``
result, undoable with ``touchpoints.restore``, plus what was left out and the spread).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.core.contacts.stages import CLOSED
from desktop_app.core.errors import ValidationError
from desktop_app.core.followup import template_store, touchpoints
from desktop_app.core.followup.cadence import CadenceTemplate, due_date
from desktop_app.core.followup.workdays import WorkCalendar
from desktop_app.core.messages import msg
from desktop_app.core.storage import preferences
from desktop_app.core.storage.rows import (
    chunks,
    id_list,
    marks,
    require_live_contacts,
    sql,
)

DEFAULT_CAPACITY = 50
HOT = "A"  # the grade whose first touches queue only behind each other (``plan(hot=True)``)
WORKDAYS = WorkCalendar(skip_weekends=True, skip_holidays=True)
_RANK = ("CASE stage WHEN 'proposal' THEN 0 WHEN 'interested' THEN 1 WHEN 'contacted' THEN 2 "
         "WHEN 'lead' THEN 3 ELSE 4 END")


def capacity() -> int:
    """At most this many first touches a day (the stored setting, else 50)."""
    stored = preferences.get(preferences.FIRST_TOUCHES_PER_DAY)
    try:
        value = int(stored) if stored is not None else DEFAULT_CAPACITY
    except ValueError:
        return DEFAULT_CAPACITY
    return value if value >= 1 else DEFAULT_CAPACITY


def set_capacity(value: int | str) -> None:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if number < 1:
        raise ValidationError("capacity", "The daily capacity is a whole number, 1 or more.")
    preferences.put(preferences.FIRST_TOUCHES_PER_DAY, str(number))


@dataclass(frozen=True)
class Plan:
    targets: tuple[int, ...]  # the leads to start, in call priority
    closed_left_out: int  # 成交/流失 leads of the group left out
    starts: dict  # {contact id: its day 1}
    per_day: int
    first_touches: dict = field(default_factory=dict)  # {contact id: its first touch's day}
    hot: frozenset = frozenset()  # the targets planned as hot (grade A) leads
    # {day of a hot lead's first touch: its first touches, those already planned included}
    # of the days that go over ``per_day`` (the hot leads go before an older plan's)
    over: dict = field(default_factory=dict)

    @property
    def spread(self) -> list[tuple[date, int]]:
        """[(day, how many leads start that day)], by day."""
        return sorted(Counter(self.starts.values()).items())

    @property
    def first_day(self) -> date | None:
        return min(self.starts.values()) if self.starts else None

    @property
    def last_day(self) -> date | None:
        return max(self.starts.values()) if self.starts else None


@dataclass(frozen=True)
class GroupStarted:
    result: touchpoints.Started
    plan: Plan
    template_name: str

    @property
    def started(self) -> tuple[int, ...]:
        return self.result.started

    @property
    def replaced(self) -> tuple[int, ...]:
        return self.result.replaced

    @property
    def skipped(self) -> tuple[int, ...]:
        return self.result.skipped

    def summary(self) -> str:
        """What was started, for how many, first touch on which day (the CLI's line)."""
        return "; ".join(self.summary_parts())

    def summary_parts(self) -> list:
        """``summary`` as messages (the status bar translates each)."""
        started = len(self.result.started)
        touches = self.plan.first_touches or self.plan.starts
        days = {d for c, d in touches.items() if c in set(self.result.started)}
        first, last = (min(days), max(days)) if days else (None, None)
        if not started:
            text = msg("Started {name} for no lead", name=self.template_name)
        elif first == last:
            text = msg("Started {name} for {count:,} lead(s); first touch on {first}",
                       name=self.template_name, count=started, first=first.isoformat())
        else:
            text = msg("Started {name} for {count:,} lead(s); first touches from {first} to "
                       "{last}, at most {per_day} a day", name=self.template_name,
                       count=started, first=first.isoformat(), last=last.isoformat(),
                       per_day=self.plan.per_day)
        parts = [text]
        hot = [c for c in self.result.started if c in self.plan.hot]
        if hot and len(hot) < started:  # a mixed group: the A leads' days
            days = sorted({touches[c] for c in hot if c in touches})
            parts.append(msg("the {count:,} A lead(s) first, from {first}", count=len(hot),
                             first=days[0].isoformat()) if days else
                         msg("the {count:,} A lead(s) first", count=len(hot)))
        over = {d: n for d, n in self.plan.over.items()
                if any(touches.get(c) == d for c in hot)}
        if over:
            parts.append(msg("first touches over the daily capacity of {per_day:,} on {days} "
                             "(the A leads go before the earlier starts, which keep their "
                             "days)", per_day=self.plan.per_day, days=", ".join(
                                 f"{d.isoformat()}: {n:,}" for d, n in sorted(over.items()))))
        if self.plan.closed_left_out:
            parts.append(msg("left out {count:,} closed lead(s) (won, lost)",
                             count=self.plan.closed_left_out))
        if self.result.replaced:
            parts.append(msg("replaced the cadence of {count:,} lead(s)",
                             count=len(self.result.replaced)))
        if self.result.skipped:
            parts.append(msg("skipped {count:,} lead(s) that already run one",
                             count=len(self.result.skipped)))
        return parts


def _ordered(ids: list[int], include_closed: bool) -> tuple[list[int], int, set[int]]:
    """(the live leads in call priority, how many closed ones were left out, the grade A
    leads among them)."""
    rows = []
    for chunk in chunks(ids):
        rows += sql(f"SELECT id, stage, deal_value, {_RANK}, grade FROM contact WHERE "
                    f"deleted_at IS NULL AND id IN ({marks(chunk)})", chunk)
    keep = [r for r in rows if include_closed or r[1] not in CLOSED]
    keep.sort(key=lambda r: (r[4] or "D", r[2] is None, -(r[2] or 0), r[3], r[0]))
    return [r[0] for r in keep], len(rows) - len(keep), {r[0] for r in keep if r[4] == HOT}


def _planned_first_touches(first: date, hot: bool = False) -> Counter:
    """{day: first touches already planned} from ``first`` on (``hot``: of grade A leads)."""
    among = (" AND contact_id IN (SELECT id FROM contact WHERE grade = ? AND deleted_at IS "
             "NULL)") if hot else ""
    rows = sql("SELECT due, COUNT(*) FROM touchpoint WHERE status = 'due' AND step = 0 AND "
               f"retry = 0 AND due >= ?{among} GROUP BY due",
               (first.isoformat(), HOT) if hot else (first.isoformat(),))
    return Counter({date.fromisoformat(d): n for d, n in rows})


def over_capacity(days: Iterable[date], per_day: int | None = None) -> dict[date, int]:
    """{day: its first touches planned} of ``days`` with more than ``per_day`` (default: the
    capacity): what a hot start put over it."""
    per_day = capacity() if per_day is None else per_day
    days = sorted(set(days))
    if not days:
        return {}
    planned = _planned_first_touches(days[0])
    return {d: planned[d] for d in days if planned[d] > per_day}


def plan(contact_ids: int | Iterable[int], start_date: date, *, include_closed: bool = False,
         per_day: int | None = None, skip: Iterable[int] = (),
         template: CadenceTemplate | None = None, hot: bool | None = None) -> Plan:
    """Who starts on which day 1. ``per_day``: the capacity (default: the setting);
    ``skip``: leads left alone (they run a cadence already); ``template``: the cadence whose
    first touch the capacity counts, on the day it falls (without: on day 1), and whose
    calendar rolls a start on a day it skips to its next working day.

    At most ``per_day`` first touches fall on one day, those already planned included. Hot
    leads count only those already planned for grade A leads (and each other): ``hot`` None,
    the grade A leads among them (Start Cadence of a group, ``cadence start``); True, all of
    them; False, none (a grade's procedure plans each grade apart). The others queue behind
    everything planned, the hot leads just planned included."""
    ids = id_list(contact_ids)
    per_day = capacity() if per_day is None else per_day
    if per_day < 1:
        raise ValidationError("per_day", "At most N first touches a day: N is 1 or more.")
    single = len(ids) == 1
    ordered, left_out, graded_a = _ordered(ids, include_closed or single)
    skipped = set(skip)
    ordered = [c for c in ordered if c not in skipped]
    hot_ids = set(ordered) if hot else set() if hot is False else graded_a & set(ordered)
    calendar = template.calendar if template is not None else WorkCalendar()
    touch = _first_touch(template)
    first_day = calendar.roll_forward(start_date)
    starts, touches = {}, {}

    def spread(leads: list[int], taken: Counter) -> None:
        day = first_day
        for cid in leads:
            while taken[touch(day)] >= per_day:  # day 1 as chosen; then working days
                day = WORKDAYS.next_working_day(day)
            starts[cid] = day
            touches[cid] = touch(day)
            taken[touches[cid]] += 1

    if hot_ids:  # (ordered puts them first: grade A)
        spread([c for c in ordered if c in hot_ids],
               _planned_first_touches(touch(first_day), hot=True))
    taken = _planned_first_touches(touch(first_day)) + Counter(touches.values())
    spread([c for c in ordered if c not in hot_ids], taken)
    over = {d: taken[d] for d in {touches[c] for c in hot_ids} if taken[d] > per_day}
    return Plan(tuple(ordered), left_out, starts, per_day, touches, frozenset(hot_ids), over)


def _first_touch(template: CadenceTemplate | None):
    """``day 1 -> the day of its first touch`` (``cadence.due_date`` of step 0, worked out
    once per day 1); without a template, day 1 itself."""
    if template is None:
        return lambda day: day
    known: dict[date, date] = {}

    def touch(day: date) -> date:
        if day not in known:
            known[day] = due_date(template, day, 0) or day
        return known[day]
    return touch


def start(contact_ids: int | Iterable[int], template: str | int | template_store.Template,
          start_date: date, *, existing: str = "ask", include_closed: bool = False,
          per_day: int | None = None, now: datetime | None = None) -> GroupStarted:
    """``plan`` and then ``touchpoints.start`` with each lead's day 1, in one transaction.
    ``existing`` as ``touchpoints.start`` (a "skip" is planned without those leads)."""
    stored = template if isinstance(template, template_store.Template) else \
        template_store.find(template)
    ids = id_list(contact_ids)
    if not ids:
        raise ValidationError("contact", "Choose at least one lead to start a cadence for.")
    require_live_contacts(ids)
    skip = touchpoints.active_among(ids) if existing == "skip" else {}
    the_plan = plan(ids, start_date, include_closed=include_closed, per_day=per_day, skip=skip,
                    template=stored.template)
    if not the_plan.targets:
        raise ValidationError("contact", "Every lead chosen is closed (won or lost) or runs a "
                                         "cadence; tick \"include closed leads\" to start them.")
    starts = dict(the_plan.starts)
    starts.update({c: start_date for c in skip})
    result = touchpoints.start(list(the_plan.targets) + sorted(skip), stored, starts,
                               existing=existing, now=now)
    return GroupStarted(result, the_plan, stored.name)


NURTURE = "nurture"


@dataclass(frozen=True)
class WonStarted:
    result: touchpoints.Started
    template_name: str
    not_won: int  # chosen leads that are not 成交 (or have no won date): left out

    def summary_parts(self) -> list:
        parts = [msg("Started {name} from the won date for {count:,} customer(s)",
                     name=self.template_name, count=len(self.result.started))]
        if self.not_won:
            parts.append(msg("left out {count:,} lead(s) that are not won", count=self.not_won))
        if self.result.skipped:
            parts.append(msg("{count:,} customer(s) had no step left", count=len(self.result.skipped)))
        return parts

    def summary(self) -> str:
        return "; ".join(self.summary_parts())


def won_dates(contact_ids: Iterable[int]) -> dict[int, date]:
    """{contact id: its won date} of the 成交 leads among ``contact_ids``."""
    out = {}
    for chunk in chunks(id_list(contact_ids)):
        out.update((c, date.fromisoformat(d)) for c, d in sql(
            "SELECT id, won_on FROM contact WHERE deleted_at IS NULL AND stage = 'won' AND "
            f"won_on IS NOT NULL AND id IN ({marks(chunk)})", chunk))
    return out


def start_from_won(contact_ids: int | Iterable[int], today: date,
                   template: str | int | template_store.Template = NURTURE, *,
                   now: datetime | None = None) -> WonStarted:
    """Start ``template`` for each won lead with its won date as day 1, replacing a running
    cadence; steps due before ``today`` are skipped (the first pending one is the first due
    today or later). Leads that are not won are left out (counted)."""
    stored = template if isinstance(template, template_store.Template) else \
        template_store.find(template)
    ids = id_list(contact_ids)
    require_live_contacts(ids)
    starts = won_dates(ids)
    if not starts:
        raise ValidationError("contact", "None of these leads is won with a won date.")
    result = touchpoints.start(sorted(starts), stored, starts, existing="replace",
                               not_before=today, now=now)
    return WonStarted(result, stored.name, len(ids) - len(starts))
