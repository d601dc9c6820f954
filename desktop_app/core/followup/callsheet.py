"""The printed daily call sheet: which leads go on it, with what, in which order (data only).

Two sources of rows:

- ``for_group(where, today, salesperson)``: any filtered group ("call sheet for this group").
  Ordered by stage, later stages first (报价 > 意向 > 已联系 > 线索), then deal value
  (largest first, unknown last), then id. Won and lost leads (成交/流失) are left out unless
  the filter itself is about stages (its expression mentions ``Contact.stage``) or the caller
  passes ``include_closed=True``; when included they come after the open stages.
- The day's due touchpoints: ``order_due(rows, today)`` orders by grade (A first), then puts
  overdue rows first (most overdue first), then today's, ties by deal value (largest first),
  then the group order above. ``for_day(day, today)``
  builds the sheet from the pending touchpoints (``core.followup.agenda``, which sorts by the same
  rule in SQL) and feeds them through ``order_due``.

``today`` is always a parameter. ``salesperson_name`` takes an explicit value, else
``$CONTACT_BOOK_SALESPERSON``, else the name stored in the database (``core.storage.preferences``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from desktop_app.core.contacts.list_sql import phones_of
from desktop_app.core.contacts.naming_tag import format_amount
from desktop_app.core.contacts.phones import display
from desktop_app.core.contacts.stages import LABELS

if TYPE_CHECKING:
    from desktop_app.core.contacts.records import ContactRecord

SALESPERSON_ENV = "CONTACT_BOOK_SALESPERSON"
CLOSED_STAGES = ("won", "lost")
# later stages first; closed ones (only on the sheet when asked for) after the open ones
STAGE_ORDER = ("proposal", "interested", "contacted", "lead", "won", "lost")
STAGE_RANK = {code: i for i, code in enumerate(STAGE_ORDER)}
NOTE_MAX = 80  # characters of the last interaction's note kept for the sheet
DEFAULT_LIMIT = 1000  # rows of a group sheet; the sheet says when the group had more


@dataclass(frozen=True)
class LastInteraction:
    """The last thing that happened with a lead. Channel and outcome are display labels
    (电话, 未接); ``note`` is the first line of what was said, shortened."""
    on: date
    channel: str = ""
    outcome: str = ""
    note: str = ""


@dataclass(frozen=True)
class CallSheetRow:
    contact_id: int
    tag: str  # the naming tag
    name: str
    phones: tuple[str, ...] = ()  # display-grouped: "138 1234 5678"
    phone_labels: tuple[str, ...] = ()  # 手机 / 办公 / "" per phone
    stage: str = "lead"  # code
    deal_value: int | None = None
    deal_size: str = ""  # as typed in the tag ("1千万")
    step: str = ""  # cadence step label, "黄金七天 · 第3天"; "" outside a cadence
    due: date | None = None  # touchpoint due date; None on a group sheet
    days_overdue: int = 0  # 0 when due today, not due, or on a group sheet
    last: LastInteraction | None = None
    grade: str = ""  # the lead's grade in force, A-D (core.grading)

    @property
    def stage_label(self) -> str:
        return LABELS.get(self.stage, self.stage)

    @property
    def deal_text(self) -> str:
        return format_amount(self.deal_value) if self.deal_value is not None else self.deal_size

    def due_state(self, today: date) -> str:
        """'overdue', 'today', 'later' or '' (no due date)."""
        if self.due is None:
            return ""
        return "overdue" if self.due < today else "today" if self.due == today else "later"


@dataclass(frozen=True)
class Totals:
    rows: int
    overdue: int
    due_today: int
    deal_value: int  # sum of the known deal values


@dataclass(frozen=True)
class CallSheet:
    day: date
    salesperson: str = ""
    rows: tuple[CallSheetRow, ...] = ()
    title: str = ""  # what the sheet is of: the filter text, or "" for the day's touchpoints
    matched: int | None = None  # rows the group had before ``limit`` cut it; None: not cut

    @property
    def totals(self) -> Totals:
        return Totals(
            rows=len(self.rows),
            overdue=sum(1 for r in self.rows if r.due_state(self.day) == "overdue"),
            due_today=sum(1 for r in self.rows if r.due_state(self.day) == "today"),
            deal_value=sum(r.deal_value or 0 for r in self.rows),
        )

    @property
    def truncated(self) -> bool:
        return self.matched is not None and self.matched > len(self.rows)


def salesperson_name(explicit: str | None = None,
                     environ: Mapping[str, str] = os.environ, stored: str | None = None) -> str:
    """The name printed on the sheet: ``explicit`` (a command's option), else
    ``$CONTACT_BOOK_SALESPERSON``, else ``stored`` (default: the name kept in the database,
    which the window sets), else ''."""
    if explicit is not None:
        name = explicit
    elif environ.get(SALESPERSON_ENV, "").strip():
        name = environ[SALESPERSON_ENV]
    else:
        if stored is None:
            from desktop_app.core.storage import preferences

            stored = preferences.get(preferences.SALESPERSON, "")
        name = stored
    return " ".join((name or "").split())


def first_line(text: str | None, limit: int = NOTE_MAX) -> str:
    """The first non-blank line of ``text``, cut to ``limit`` characters with '…'."""
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


# --- ordering ---------------------------------------------------------------------------------

def group_key(row: CallSheetRow) -> tuple:
    """Stage (later first), deal value (largest first, unknown last), id."""
    return (STAGE_RANK.get(row.stage, len(STAGE_RANK)), row.deal_value is None,
            -(row.deal_value or 0), row.contact_id)


def order_group(rows: Iterable[CallSheetRow]) -> list[CallSheetRow]:
    return sorted(rows, key=group_key)


def order_due(rows: Iterable[CallSheetRow], today: date) -> list[CallSheetRow]:
    """Touchpoint rows for ``today``: overdue first (most overdue first), then today's; ties by
    ``group_key``. Rows due later (or without a due date) do not belong on the day's sheet;
    if given they go last, by due date, so nothing is dropped silently."""
    def key(row: CallSheetRow):
        value = (row.deal_value is None, -(row.deal_value or 0))
        if row.due is None:
            return (3, "", 0, value, group_key(row))
        late = (today - row.due).days
        bucket = 0 if late >= 0 else 2
        return (bucket, row.grade or "D", -late if bucket == 0 else row.due.toordinal(), value,
                group_key(row))
    return sorted(rows, key=key)


def with_due(row: CallSheetRow, due: date | None, today: date) -> CallSheetRow:
    """``row`` with its due date set and days overdue computed against ``today``."""
    late = max(0, (today - due).days) if due is not None else 0
    return replace(row, due=due, days_overdue=late)


# --- building ---------------------------------------------------------------------------------

def row_from_record(record: ContactRecord, *, step: str = "", due: date | None = None,
                    today: date | None = None,
                    last: LastInteraction | None = None) -> CallSheetRow:
    row = CallSheetRow(
        contact_id=record.id, tag=record.tag, name=record.name,
        phones=tuple(display(p.raw) for p in record.phones),
        phone_labels=tuple(p.label for p in record.phones),
        stage=record.stage, deal_value=record.deal_value, deal_size=record.deal_size,
        step=step, last=last, grade=record.grade,
    )
    return with_due(row, due, today) if due is not None and today is not None else row


def mentions_stage(node) -> bool:
    """Whether a peewee expression tests ``Contact.stage`` anywhere (a filter "about" stages)."""
    # (peewee and the models are loaded for a group's sheet only: the day's needs neither)
    from peewee import Expression, Field, Function, Negated, NodeList

    from desktop_app.core.storage.schema import Contact

    if isinstance(node, Field):
        return node.model is Contact and node.name == "stage"
    if isinstance(node, Expression):
        return mentions_stage(node.lhs) or mentions_stage(node.rhs)
    if isinstance(node, Negated):
        return mentions_stage(node.node)
    if isinstance(node, NodeList):
        return any(mentions_stage(n) for n in node.nodes)
    if isinstance(node, Function):
        return any(mentions_stage(a) for a in node.arguments)
    if isinstance(node, (list, tuple)):
        return any(mentions_stage(n) for n in node)
    return False


LastLookup = Callable[[Sequence[int]], Mapping[int, LastInteraction]]


def for_group(where, today: date, salesperson: str = "", *, title: str = "",
              include_closed: bool | None = None, limit: int | None = DEFAULT_LIMIT,
              last_interactions: LastLookup | None = None) -> CallSheet:
    """The sheet for every live (not trashed) contact matching ``where`` (a peewee expression
    from ``query.parse(text).where``, None for all), in ``group_key`` order, in SQL.

    ``include_closed``: None leaves won/lost out unless ``where`` mentions the stage.
    ``limit`` caps the rows (None: no cap); ``CallSheet.matched`` then says how many matched.
    ``last_interactions(ids) -> {id: LastInteraction}`` fills "what was said last time"
    (the timeline provides it; without it the column stays empty).
    """
    # (loaded here: the day's sheet needs no records, models or peewee)
    from peewee import Case

    from desktop_app.core.contacts import records as contacts
    from desktop_app.core.storage.schema import Contact

    if include_closed is None:
        include_closed = where is not None and mentions_stage(where)
    cond = Contact.deleted_at.is_null()
    if where is not None:
        cond &= where
    if not include_closed:
        cond &= Contact.stage.not_in(CLOSED_STAGES)
    rank = Case(Contact.stage, [(code, i) for code, i in STAGE_RANK.items()], len(STAGE_RANK))
    query = (Contact.select(Contact.id).where(cond)
             .order_by(rank, Contact.deal_value.is_null(), Contact.deal_value.desc(),
                       Contact.id))
    ids = [r[0] for r in query.tuples()]
    matched = None
    if limit is not None and len(ids) > limit:
        matched, ids = len(ids), ids[: max(limit, 0)]
    last = dict(last_interactions(ids)) if last_interactions and ids else {}
    rows = tuple(row_from_record(r, last=last.get(r.id)) for r in contacts.get_many(ids))
    return CallSheet(day=today, salesperson=salesperson, rows=rows, title=title,
                     matched=matched)


def last_from_touch(touch, tz=None, language: str = "zh") -> LastInteraction:
    """``agenda.LastTouch`` (codes, UTC) -> the sheet's ``LastInteraction`` (labels in
    ``language``, 'zh' or 'en'; local date)."""
    from desktop_app.core.grading.labels import label
    from desktop_app.core.when import local_date

    return LastInteraction(on=local_date(touch.at, tz), channel=label(touch.channel, language),
                           outcome=label(touch.outcome, language),
                           note=first_line(touch.summary))


def for_day(day: date, today: date, salesperson: str = "", *,
            limit: int | None = DEFAULT_LIMIT, language: str = "zh",
            step_label=None) -> CallSheet:
    """The sheet of the touchpoints to do on ``day``: those due that day and, when ``day`` is
    today or later, those still pending from before (overdue on that day). Each row carries
    its step ("黄金七天 · 第3天"), due date and days overdue (counted to ``day``), and the
    lead's last interaction; ordered by ``order_due``. ``limit`` caps the rows like
    ``for_group`` (``matched`` then says how many were due).

    In another language: ``step_label(template, step, retry)`` words the step (default: the
    stored Chinese, ``agenda.Item.label``), ``language`` ('zh' or 'en') the last
    interaction's channel and outcome."""
    from desktop_app.core.followup import agenda

    first = None if day >= today else day
    total = agenda.count(first, day)
    items = agenda.page(first, day, limit=limit)
    # the touchpoint's row has the lead's tag, name, stage, deal and grade: only the phones
    # are read besides (not 1,000 whole records)
    phones = phones_of([i.contact_id for i in items])
    step = agenda.step_wording(step_label)
    rows = []
    for i in items:
        numbers = phones.get(i.contact_id, ())
        due = i.due
        rows.append(CallSheetRow(
            contact_id=i.contact_id, tag=i.tag, name=i.name,
            phones=tuple(display(raw) for raw, _ in numbers),
            phone_labels=tuple(label for _, label in numbers),
            stage=i.stage, deal_value=i.deal_value, deal_size=i.deal_size, step=step(i),
            due=due, days_overdue=max(0, (day - due).days),
            last=last_from_touch(i.last, language=language) if i.last else None,
            grade=i.grade))
    matched = total if len(rows) < total else None
    return CallSheet(day=day, salesperson=salesperson, rows=tuple(order_due(rows, day)),
                     matched=matched)


__all__ = [
    "for_day", "last_from_touch",
    "CallSheet", "CallSheetRow", "LastInteraction", "Totals", "for_group", "order_due",
    "order_group", "group_key", "with_due", "row_from_record", "salesperson_name",
    "first_line", "mentions_stage",
]
