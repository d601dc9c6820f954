"""Cadences for the demo's sample leads, so a newcomer trying ``demo`` sees a working day: calls
due today, a few overdue, more on the next days, as a salesperson who has used the app for a
week or two would have them.

- 黄金七天 (``golden-week``) for a share of the newest open leads before 报价, started on a
  working day of the last week and a half (not before the lead came in);
- 21天成交 (``close-21``) for half the 报价 leads, started in the last three weeks (not before
  the quote);
- 长期培育 (``nurture``), the re-marketing cycle, for some 成交 customers from their won date
  and some 流失 leads lost over price, budget or a competitor from the day they were lost.

Most leads are on schedule: the steps before ``today`` count as done (they are skipped, as
``group_start.start_from_won`` does), so their next touch is due today or later. About one in
five is a few days behind: its step from up to four days ago is still pending (overdue).
At most ``group_start.capacity()`` golden-week and close starts fall on one day, as the
start-cadence dialog spreads them, so a large demo still reads as one person's day.

Kept apart from ``contacts.demo.generate`` on purpose: the benchmarks build their databases with
``generate`` and compare figures across sessions; its output must not change.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desktop_app.core.followup import agenda, group_start, template_store, touchpoints
from desktop_app.core.storage.rows import chunks, id_list, marks, sql
from desktop_app.core.storage.schema import database
from desktop_app.core.when import day_start_utc, local_date, to_utc, utc_or_now

GOLDEN, CLOSE, NURTURE = "golden-week", "close-21", "nurture"
OPEN_BEFORE_QUOTE = ("lead", "contacted", "interested")
NEWEST_SHARE = 0.12  # of the open leads before 报价, the newest ones
PROPOSAL_SHARE = 0.5
WON_SHARE = 0.4
LOST_SHARE = 0.3
WORTH_WINNING_BACK = ("价格", "无预算", "竞品")  # lost reasons a re-marketing cycle can answer
BEHIND_SHARE = 0.2
MAX_BEHIND_DAYS = 4
GOLDEN_WINDOW_DAYS = 9  # day 1 of golden week falls in the last 9 calendar days (today too)
CLOSE_WINDOW_DAYS = 21


@dataclass(frozen=True)
class SampleCadences:
    started: dict = field(default_factory=dict)  # {template name: leads started}
    due_today: int = 0  # pending touches due today
    overdue: int = 0  # pending touches due before today

    @property
    def total(self) -> int:
        return sum(self.started.values())

    def summary(self) -> str:
        """The command's line: what started, and what the day looks like."""
        if not self.total:
            return "Started no cadence (no sample lead fits one)"
        parts = ", ".join(f"{name} {count:,}" for name, count in self.started.items())
        return (f"Started cadences for {self.total:,} sample leads ({parts}): "
                f"{self.due_today:,} touches due today, {self.overdue:,} overdue")


def _leads(ids: list[int]) -> list[tuple]:
    """(id, stage, created_at, proposal_on, won_on, lost_on, lost_reason) of the live leads."""
    rows = []
    for chunk in chunks(ids):
        rows += sql("SELECT id, stage, created_at, proposal_on, won_on, lost_on, lost_reason "
                    f"FROM contact WHERE deleted_at IS NULL AND id IN ({marks(chunk)})", chunk)
    return sorted(rows)


def _day(value) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def _started_at(day_ones: dict[int, date], now: datetime) -> dict[int, datetime]:
    """When each sample cadence was started (its timeline's "cadence-started"): on its day 1,
    at 9:00 local or just after the lead's last entry of that day (created, won, lost), so
    the timeline reads in order; never after ``now`` (not all at ``now``, the moment the
    command ran, days after their day 1)."""
    latest: dict[int, datetime] = {}
    ids = sorted(day_ones)
    for chunk in chunks(ids):
        for cid, at in sql("SELECT contact_id, at FROM interaction WHERE contact_id IN "
                           f"({marks(chunk)})", chunk):
            at = datetime.fromisoformat(str(at))
            if local_date(at) <= day_ones[cid] and (cid not in latest or at > latest[cid]):
                latest[cid] = at
    out = {}
    for cid, day in day_ones.items():
        when = to_utc(datetime.combine(day, time(9)))
        if cid in latest:  # a minute after it, within the day
            when = max(when, min(latest[cid] + timedelta(minutes=1),
                                 day_start_utc(day + timedelta(days=1)) - timedelta(seconds=1)))
        out[cid] = min(when, now)
    return out


class _Days:
    """Day 1 for the golden-week and close starts: a working day of the window, not before the
    lead's own earliest day, at most ``per_day`` on one day."""

    def __init__(self, rnd: random.Random, today: date, per_day: int):
        self.rnd, self.today, self.per_day = rnd, today, per_day
        self.taken: Counter = Counter()

    def pick(self, window_days: int, earliest: date) -> date | None:
        first = max(earliest, self.today - timedelta(days=window_days - 1))
        days = [first + timedelta(days=i) for i in range((self.today - first).days + 1)]
        days = [d for d in days if group_start.WORKDAYS.is_working_day(d)
                and self.taken[d] < self.per_day]
        if not days:
            return None
        day = self.rnd.choice(days)
        self.taken[day] += 1
        return day


def start(contact_ids: int | Iterable[int], today: date, *, seed: int | None = None,
          now: datetime | None = None) -> SampleCadences:
    """Start the sample cadences among ``contact_ids`` (leads running one are left alone), in
    one transaction. ``today``: the day the sample is as of."""
    rnd = random.Random(seed)
    live = {t.key: t for t in template_store.templates()}
    now = utc_or_now(now)
    ids = id_list(contact_ids)
    busy = touchpoints.active_among(ids)
    rows = [r for r in _leads(ids) if r[0] not in busy]
    days = _Days(rnd, today, group_start.capacity())
    plans: dict = defaultdict(dict)  # {(template key, not before): {contact id: day 1}}

    def behind() -> date:
        if rnd.random() < BEHIND_SHARE:
            return today - timedelta(days=rnd.randint(1, MAX_BEHIND_DAYS))
        return today

    early = [r for r in rows if r[1] in OPEN_BEFORE_QUOTE]
    early.sort(key=lambda r: (str(r[2]), r[0]), reverse=True)  # newest first
    for cid, _stage, created, *_ in early[:round(len(early) * NEWEST_SHARE)]:
        day = days.pick(GOLDEN_WINDOW_DAYS, local_date(datetime.fromisoformat(str(created))))
        if day is not None:
            plans[(GOLDEN, behind())][cid] = day
    for cid, _stage, created, quoted, *_ in (r for r in rows if r[1] == "proposal"):
        if rnd.random() < PROPOSAL_SHARE:
            earliest = _day(quoted) or local_date(datetime.fromisoformat(str(created)))
            day = days.pick(CLOSE_WINDOW_DAYS, earliest)
            if day is not None:
                plans[(CLOSE, behind())][cid] = day
    for cid, stage, _created, _quoted, won, lost, reason in rows:
        if stage == "won" and won and rnd.random() < WON_SHARE:
            plans[(NURTURE, today)][cid] = _day(won)
        elif stage == "lost" and lost and reason in WORTH_WINNING_BACK \
                and rnd.random() < LOST_SHARE:
            plans[(NURTURE, today)][cid] = _day(lost)

    started: Counter = Counter()
    with database.atomic():
        at = _started_at({c: d for starts in plans.values() for c, d in starts.items()}, now)
        for (key, not_before), starts in sorted(plans.items()):
            if key not in live:  # a built-in template the user deleted: no such sample
                continue
            done = touchpoints.start(sorted(starts), live[key], starts, existing="skip",
                                     not_before=not_before, now=now, at=at)
            started[live[key].name] += len(done.started)
    order = [live[k].name for k in (GOLDEN, CLOSE, NURTURE) if k in live]
    return SampleCadences({n: started[n] for n in order if started[n]},
                          agenda.count(today, today),
                          agenda.count(None, today - timedelta(days=1)))
