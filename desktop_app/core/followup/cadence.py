"""Follow-up cadences: templates and due-date arithmetic. Pure functions, no database.

Day numbers (off-by-one rules):
- Day 1 is the start date; day N is ``start + (N - 1)`` calendar days (day 3 = start + 2).
- Step ``i`` (0-based) is ``template.days[i]``; past the list a repeating template goes on
  every ``repeat_every`` days from the last listed day (nurture: day 7, 97, 187, ...). A
  template without ``repeat_every`` has no such steps: ``due_date`` returns None.
- A step's due date is its nominal date rolled forward to a working day (when the template
  skips weekends or holidays), and always a working day after the previous step's due date,
  so two steps never share a day (a start in the middle of a holiday break does not put
  day 1 and day 3 on the same morning). Due dates are strictly increasing in the step.
- A start on a non-working day still counts as day 1; pass ``calendar.roll_forward(start)``
  to begin on the next working day instead.

Late completion: ``next_after`` never schedules on or before ``today``; a next step whose
date has passed becomes due on the next working day after ``today``. No step is skipped:
a salesperson who is behind does the missed steps one working day after another.

Manual touches: the window of step ``i`` opens the day after step ``i - 1``'s due date (on
the start date for step 0) and stays open until the step is done; see ``matches_window``.

``today`` is always a parameter; nothing here reads the clock.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.followup import step_names

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing)
if TYPE_CHECKING:
    from desktop_app.core.followup.workdays import WorkCalendar

DEFAULT_MAX_RETRIES = 2
SNOOZE_DAY = 1
SNOOZE_WEEK = 7


class Outcome(StrEnum):
    REACHED = "reached"  # talked to the lead
    REPLIED = "replied"  # the lead answered a message
    NO_ANSWER = "no-answer"  # called, nobody picked up: retried
    NO_REPLY = "no-reply"  # message sent, no answer yet: the step counts as done


@dataclass(frozen=True)
class CadenceTemplate:
    key: str  # short ASCII key the CLI accepts, e.g. "golden-week"
    name: str  # Chinese name shown to the user, e.g. "黄金七天"
    days: tuple[int, ...]  # day numbers, day 1 = the start date, strictly increasing
    repeat_every: int | None = None  # days between repeats after the last listed day
    skip_weekends: bool = False
    skip_holidays: bool = False  # mainland-China official holiday breaks
    max_retries: int = DEFAULT_MAX_RETRIES  # retries of a step after "no answer"

    def __post_init__(self) -> None:
        object.__setattr__(self, "days", tuple(self.days))
        step_names.check(self.key, self.name, self.days, self.repeat_every, self.max_retries)

    @property
    def calendar(self) -> WorkCalendar:
        """Its working days (``workdays``, loaded when first asked: naming a step needs none
        of it)."""
        from desktop_app.core.followup.workdays import WorkCalendar

        return WorkCalendar(self.skip_weekends, self.skip_holidays)

    @property
    def repeats(self) -> bool:
        return self.repeat_every is not None

    def has_step(self, step_index: int) -> bool:
        return step_index >= 0 and (self.repeats or step_index < len(self.days))

    def day_number(self, step_index: int) -> int | None:
        """The nominal day number of a step (1-based), None past the end."""
        return step_names.day_number(self.days, self.repeat_every, step_index)


# Built-ins: plain data, editable by the user (the cadence editor copies them to the database).
BUILTIN_TEMPLATES: tuple[CadenceTemplate, ...] = (
    CadenceTemplate("golden-week", "黄金七天", (1, 3, 7)),
    CadenceTemplate("close-21", "21天成交", (1, 3, 7, 14, 21)),
    CadenceTemplate("nurture", "长期培育", (7,), repeat_every=90),
)


# The built-ins' names in English, by key: the stored names are the Chinese ones above; the
# English UI shows these while a built-in keeps its Chinese name (a renamed one is the user's).
BUILTIN_NAMES_EN = {"golden-week": "Golden week", "close-21": "Close in 21 days",
                    "nurture": "Long-term nurture"}
_BUILTIN_NAMES_ZH = {t.key: t.name for t in BUILTIN_TEMPLATES}


def display_name(key: str, name: str, language: str = "zh") -> str:
    """A template's name in ``language`` ('en' or 'zh'): a built-in still named as it was
    seeded (黄金七天) is "Golden week" in English; any other name is shown as stored."""
    if language == "en" and _BUILTIN_NAMES_ZH.get(key) == name:
        return BUILTIN_NAMES_EN[key]
    return name


def template(key_or_name: str, templates: tuple[CadenceTemplate, ...] = BUILTIN_TEMPLATES):
    """A template by key (case-insensitive) or Chinese name; NotFound otherwise."""
    wanted = (key_or_name or "").strip()
    for t in templates:
        if wanted.lower() == t.key.lower() or wanted == t.name:
            return t
    choices = ", ".join(f"{t.key} ({t.name})" for t in templates)
    raise NotFound("Unknown cadence {name!r}; use one of {choices}.", name=key_or_name, choices=choices)


def nominal_date(tpl: CadenceTemplate, start: date, step_index: int) -> date | None:
    """Day N = start + (N - 1) days, before any rolling; None past the end."""
    day = tpl.day_number(step_index)
    return None if day is None else start + timedelta(days=day - 1)


def schedule(tpl: CadenceTemplate, start: date, count: int) -> list[date]:
    """The due dates of the first ``count`` steps (fewer when the template ends first)."""
    cal = tpl.calendar
    dates: list[date] = []
    for i in range(count):
        nominal = nominal_date(tpl, start, i)
        if nominal is None:
            break
        due = cal.roll_forward(nominal)
        if dates and due <= dates[-1]:
            due = cal.next_working_day(dates[-1])
        dates.append(due)
    return dates


def due_date(tpl: CadenceTemplate, start: date, step_index: int) -> date | None:
    """The due date of one step; None when the template has no such step."""
    if not tpl.has_step(step_index):
        return None
    return schedule(tpl, start, step_index + 1)[step_index]


@dataclass(frozen=True)
class NextTouch:
    step_index: int
    due: date
    retry: int = 0  # 0 for a step's first try, k for its k-th "no answer" retry

    @property
    def is_retry(self) -> bool:
        return self.retry > 0

    @property
    def attempt(self) -> int:
        """1 for the first try of a step, 2 for its first retry, ..."""
        return self.retry + 1


def next_after(
    tpl: CadenceTemplate,
    start: date,
    step_index: int,
    outcome: Outcome | str,
    retries_so_far: int,
    today: date,
) -> NextTouch | None:
    """What follows a touch of ``step_index`` done ``today`` with ``outcome``.

    ``retries_so_far`` is the ``retry`` of the touch just done (0 for the step's first try).
    "No answer" with ``retries_so_far < max_retries`` gives a retry of the same step on the
    next working day after ``today``. Otherwise the next step, due on its own date or on
    the next working day after ``today`` if that date has passed; None when the cadence
    has no next step.
    """
    outcome = Outcome(outcome)
    cal = tpl.calendar
    earliest = cal.next_working_day(today)
    if outcome is Outcome.NO_ANSWER and retries_so_far < tpl.max_retries:
        return NextTouch(step_index, earliest, retries_so_far + 1)
    nxt = step_index + 1
    due = due_date(tpl, start, nxt)
    if due is None:
        return None
    return NextTouch(nxt, max(due, earliest))


def window_opens(tpl: CadenceTemplate, start: date, step_index: int) -> date:
    """The first day a touch counts as ``step_index``: the day after the previous step's
    due date, or the start date for step 0."""
    if step_index == 0:
        return start
    return due_date(tpl, start, step_index - 1) + timedelta(days=1)


def matches_window(tpl: CadenceTemplate, start: date, step_index: int, touched_on: date) -> bool:
    """Whether a manual touch on ``touched_on`` counts as the pending step ``step_index``.

    The window opens on ``window_opens`` and has no end: an early touch (after the previous
    step's day) counts, and so does a late one, since a pending step stays pending until
    done. A touch on or before the previous step's due date does not count (a second
    call on day 1 is not day 3), nor one before the start.
    """
    if not tpl.has_step(step_index):
        return False
    return touched_on >= window_opens(tpl, start, step_index)


def reschedule(tpl: CadenceTemplate, to: date) -> date:
    """Move a touch to ``to``, rolled forward to a working day when the template skips."""
    return tpl.calendar.roll_forward(to)


def snooze(tpl: CadenceTemplate, due: date, days: int, today: date) -> date:
    """Put a touch off by ``days`` (SNOOZE_DAY, SNOOZE_WEEK), counted from its due date or
    from ``today`` if it is overdue, then rolled forward to a working day."""
    if days < 1:
        raise ValidationError("days", "Snooze by one day or more.")
    return reschedule(tpl, max(due, today) + timedelta(days=days))


@dataclass(frozen=True)
class StepLabel:
    name: str
    day: int
    retry: int = 0


def step_label(tpl: CadenceTemplate, step_index: int, retry: int = 0) -> StepLabel | None:
    day = tpl.day_number(step_index)
    return None if day is None else StepLabel(tpl.name, day, retry)


def format_step_label(label: StepLabel) -> str:
    """StepLabel("黄金七天", 3) -> "黄金七天 · 第3天"; a retry adds " · 重拨1"."""
    return step_names.words(label.name, label.day, label.retry)


@lru_cache(maxsize=4096)
def step_text(tpl: CadenceTemplate, step: int, retry: int = 0) -> str:
    """A step as stored words ("黄金七天 · 第3天"), the template's name past its last day.
    Cached on the (frozen, hashable) template: an edited template is a new key. A due
    list of 4,000 rows asks for a handful of distinct labels. (Also
    ``touchpoints.step_text``; here, a list needs no part of the touchpoint writes.)"""
    label = step_label(tpl, step, retry)
    return format_step_label(label) if label else tpl.name
