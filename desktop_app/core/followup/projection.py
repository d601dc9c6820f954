"""Projected steps: the future touches of running cadences, computed, never stored.

A running cadence stores only its next touch (see ``touchpoints``). The calendar and
``due --days N`` also show what follows it, as it will be if every touch is done on its day
(or today, when it is overdue) and answered: step after step by ``cadence.next_after``,
so working days, holiday breaks and "never before the next working day" are the cadence's
own rules. A "no answer" would add a retry; a projection cannot know that, and says so by
being greyed and marked "projected".

Cost: the pending touches are grouped in SQL by (template, start, step, retry, due): a
group start of thousands of leads is one group, computed once and counted ``n`` times.
``today`` is always a parameter.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from desktop_app.core.followup import cadence as cad
from desktop_app.core.followup import template_store
from desktop_app.core.storage.rows import sql

_LIVE = "t.contact_id NOT IN (SELECT id FROM contact WHERE deleted_at IS NOT NULL)"
_GROUPS = ("SELECT k.template_id, k.start, t.step, t.retry, t.due, COUNT(*) FROM touchpoint t "
           "JOIN cadence k ON k.id = t.cadence_id WHERE t.status = 'due' AND t.due <= ? AND "
           f"{_LIVE} GROUP BY k.template_id, k.start, t.step, t.retry, t.due")
_ROWS = ("SELECT t.contact_id, t.cadence_id, k.template_id, k.start, t.step, t.retry, t.due "
         "FROM touchpoint t JOIN cadence k ON k.id = t.cadence_id WHERE t.status = 'due' AND "
         f"t.due <= ? AND {_LIVE} ORDER BY t.due, t.contact_id")


@dataclass(frozen=True)
class Step:
    """A projected touch: the step a cadence will reach on ``due``."""
    contact_id: int
    cadence_id: int
    template_id: int
    step: int
    due: date

    @property
    def label(self) -> str:
        """"黄金七天 · 第7天"."""
        return cad.step_text(template_store.by_id(self.template_id).template, self.step)


def following(tpl: cad.CadenceTemplate, start: date, step: int, retry: int, due: date,
              today: date, last: date) -> list[tuple[int, date]]:
    """[(step, due)] after a pending touch, up to ``last``, if each is done on its day (the
    pending one today when overdue) and answered."""
    out = []
    done_on = max(due, today)
    nxt = cad.next_after(tpl, start, step, cad.Outcome.REACHED, retry, done_on)
    while nxt is not None and nxt.due <= last:
        out.append((nxt.step_index, nxt.due))
        nxt = cad.next_after(tpl, start, nxt.step_index, cad.Outcome.REACHED, 0, nxt.due)
    return out


def counts(first: date, last: date, today: date) -> dict[date, int]:
    """{day: projected touches} for ``first..last`` (days without any left out)."""
    if first > last:
        return {}
    found: Counter = Counter()
    for template_id, start, step, retry, due, n in sql(_GROUPS, (last.isoformat(),)):
        tpl = template_store.by_id(template_id).template
        for _step, day in following(tpl, date.fromisoformat(start), step, retry,
                                    date.fromisoformat(due), today, last):
            if day >= first:
                found[day] += n
    return dict(found)


def steps(first: date, last: date, today: date) -> list[Step]:
    """Every projected touch in ``first..last``, by day, then contact."""
    if first > last:  # (``due`` of a past day asks for the days from today to it: none)
        return []
    out = []
    memo: dict[tuple, list] = {}
    for contact_id, cadence_id, template_id, start, step, retry, due in sql(
            _ROWS, (last.isoformat(),)):
        key = (template_id, start, step, retry, due)
        if key not in memo:
            memo[key] = following(template_store.by_id(template_id).template,
                                  date.fromisoformat(start), step, retry,
                                  date.fromisoformat(due), today, last)
        out += [Step(contact_id, cadence_id, template_id, s, d) for s, d in memo[key]
                if d >= first]
    out.sort(key=lambda p: (p.due, p.contact_id))
    return out


def first_touch_counts(first: date, last: date) -> dict[date, int]:
    """{day: first touches (day 1, not a retry) due} for ``first..last``: what the daily
    capacity (``group_start.capacity``) limits."""
    rows = sql("SELECT t.due, COUNT(*) FROM touchpoint t WHERE t.status = 'due' AND "
               f"t.step = 0 AND t.retry = 0 AND t.due >= ? AND t.due <= ? AND {_LIVE} "
               "GROUP BY t.due", (first.isoformat(), last.isoformat()))
    return {date.fromisoformat(d): n for d, n in rows}


def over_capacity(first: date, last: date, capacity: int) -> set[date]:
    """The days of ``first..last`` with more first touches than ``capacity``."""
    return {d for d, n in first_touch_counts(first, last).items() if n > capacity}
