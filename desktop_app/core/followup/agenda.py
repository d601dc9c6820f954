"""What is due when: the calendar's day counts, a day's (or today's) touchpoints in call
order, and the ``due:`` filter term. Reads only; ``today`` is always a parameter.

Order (the call sheet's ``order_due`` rule, in SQL): by the lead's grade (A first,
``core.grading``), then by due date, so the most overdue come first, then today's; then deal
value (largest first, unknown last), stage (later stages first), contact id. Trashed leads
are left out everywhere.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.core.errors import ValidationError
from desktop_app.core.patterns import lazy
from desktop_app.core.storage.bound import database

STAGE_ORDER = ("proposal", "interested", "contacted", "lead", "won", "lost")  # = callsheet's
_RANK = "CASE c.stage " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGE_ORDER)) + \
    f" ELSE {len(STAGE_ORDER)} END"
_FROM = ("FROM touchpoint t JOIN contact c ON c.id = t.contact_id "
         "WHERE t.status = 'due' AND t.due >= ? AND t.due <= ? AND c.deleted_at IS NULL")
# Counting needs no contact row: the (status, due, contact_id) index is read alone, and the
# trash (usually small) is left out through a list of its ids built once per query; 5x
# faster than looking up 85,000 contacts by id.
_COUNT_FROM = ("FROM touchpoint t WHERE t.status = 'due' AND t.due >= ? AND t.due <= ? AND "
               "t.contact_id NOT IN (SELECT id FROM contact WHERE deleted_at IS NOT NULL)")
# (Unknown values last: SQLite sorts NULL below every value, so last when DESC. t.id: one
# order for a lead's two touchpoints, whatever the plan.)
_ORDER = f"ORDER BY c.grade, t.due, c.deal_value DESC, {_RANK}, t.contact_id, t.id"
# One query gives a touchpoint's row, its lead and the lead's last interaction (a LEFT JOIN
# on the latest interaction's id, found through the (contact_id, at) index).
_JOINS = (
    "FROM touchpoint t JOIN contact c ON c.id = t.contact_id JOIN cadence k ON k.id = t.cadence_id "
    "LEFT JOIN interaction li ON li.id = (SELECT i.id FROM interaction i WHERE "
    "i.contact_id = t.contact_id AND i.kind = 'interaction' AND i.deleted_at IS NULL "
    "ORDER BY i.at DESC, i.id DESC LIMIT 1) ")
_ITEM_SELECT = (
    "SELECT t.id, t.contact_id, t.cadence_id, t.due, t.step, t.retry, k.template_id, "
    "c.city, c.company, c.product, c.deal_size, c.name, c.title, c.source, c.tag_extra, "
    "c.phone, c.stage, c.deal_value, c.grade, "
    "li.id, li.at, li.channel, li.direction, li.outcome, li.summary " + _JOINS)
# What a printed list shows of a touchpoint (``lines``), in this order.
LINE_FIELDS = ("due", "template_id", "step", "retry", "name", "phone", "channel", "outcome",
               "summary")
_LINE_SELECT = ("SELECT t.due, k.template_id, t.step, t.retry, c.name, c.phone, li.channel, "
                "li.outcome, li.summary " + _JOINS)
EARLIEST = date(1900, 1, 1)


class LastTouch:
    """The lead's latest interaction: codes (channel, outcome) and what was said (read-only;
    compared and hashed by its fields). A plain class, not a frozen dataclass: making one
    costs a ``due`` process ~4 M instructions (dataclasses and its generated code)."""
    __slots__ = ("at", "channel", "direction", "id", "outcome", "summary")
    _FIELDS = ("id", "at", "channel", "direction", "outcome", "summary")

    def __init__(self, id: int, at: datetime, channel: str | None,
                 direction: str | None, outcome: str | None, summary: str):
        setattr_ = object.__setattr__
        setattr_(self, "id", id)
        setattr_(self, "at", at)  # naive UTC
        setattr_(self, "channel", channel)
        setattr_(self, "direction", direction)
        setattr_(self, "outcome", outcome)
        setattr_(self, "summary", summary)

    def __setattr__(self, key, value):
        raise AttributeError(f"cannot assign to field {key!r}")

    def _values(self) -> tuple:
        return (self.id, self.at, self.channel, self.direction, self.outcome, self.summary)

    def __eq__(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "LastTouch(" + ", ".join(f"{k}={v!r}" for k, v in zip(self._FIELDS,
                                                                       self._values())) + ")"


class Item:
    """One pending touchpoint with what a list of them shows (read-only).

    Its fields are read from the query's row when asked (``tag``, ``due`` and ``last`` are
    built then): the call sheet reads a few of them, ``due`` a few more, and 4,175 rows of
    ``due`` no longer pay ~40 ms for 15 fields set on a frozen dataclass each."""
    __slots__ = ("_last", "_row")

    def __init__(self, row: tuple):
        self._row = row  # a row of _ITEM_SELECT

    touchpoint_id = property(lambda self: self._row[0])
    contact_id = property(lambda self: self._row[1])
    cadence_id = property(lambda self: self._row[2])
    due = property(lambda self: date.fromisoformat(self._row[3]))
    due_text = property(lambda self: self._row[3], doc="``due`` as stored (YYYY-MM-DD)")
    step = property(lambda self: self._row[4])
    retry = property(lambda self: self._row[5])
    template_id = property(lambda self: self._row[6])

    @property
    def tag(self) -> str:
        """The lead's naming tag (``core.contacts.naming_tag``, loaded when first asked: the
        ``due`` table shows none)."""
        from desktop_app.core.contacts.naming_tag import FIELDS, stored_tag

        return stored_tag(dict(zip((*FIELDS, "tag_extra"), self._row[7:15])))  # columns 7..14

    name = property(lambda self: self._row[11])
    phone = property(lambda self: self._row[15], doc="the first phone, as typed")
    stage = property(lambda self: self._row[16])
    deal_value = property(lambda self: self._row[17])
    deal_size = property(lambda self: self._row[10])
    grade = property(lambda self: self._row[18], doc="the lead's grade in force (core.grading)")

    @property
    def last(self) -> LastTouch | None:
        """The lead's latest interaction, or None."""
        try:
            return self._last
        except AttributeError:
            r = self._row
            last = self._last = None if r[19] is None else LastTouch(
                r[19], datetime.fromisoformat(r[20]), *r[21:25])
            return last

    def __eq__(self, other) -> bool:
        return isinstance(other, Item) and self._row == other._row

    def __hash__(self) -> int:
        return hash(self._row)

    def __repr__(self) -> str:
        return (f"Item(touchpoint_id={self.touchpoint_id}, contact_id={self.contact_id}, "
                f"due={self.due_text}, step={self.step}, retry={self.retry}, name={self.name!r})")

    @property
    def label(self) -> str:
        """"黄金七天 · 第3天" (" · 重拨1" on a retry)."""
        return label_of(self.template_id, self.step, self.retry)

    def days_overdue(self, today: date) -> int:
        return max(0, (today - date.fromisoformat(self._row[3])).days)

    def with_due(self, due: date) -> Item:
        """This touchpoint as if due on ``due`` (``dataclasses.replace(item, due=...)`` of
        when Item was a dataclass)."""
        row = list(self._row)
        row[3] = due.isoformat()
        return Item(tuple(row))


def label_of(template_id: int, step: int, retry: int = 0) -> str:
    """A step of a stored template in the stored words: "黄金七天 · 第3天" (" · 重拨1" on a
    retry)."""
    from desktop_app.core.followup import template_store as cadence_store
    from desktop_app.core.followup.cadence import step_text

    return step_text(cadence_store.by_id(template_id).template, step, retry)


def step_labeller():
    """``(template_id, step, retry) -> label_of(template_id, step, retry)`` for one list of
    touchpoints (the ``due`` table), each label worded once: the templates' names and days
    are read in one query when first asked, as stored now (nothing cached beyond the list),
    and named by ``step_names`` without loading the templates' store and the cadence
    arithmetic (their models, dataclasses and enum: ~20 M instructions of a ``due``)."""
    from desktop_app.core.followup import step_names

    templates = None
    worded: dict[tuple[int, int, int], str] = {}

    def label(template_id: int, step: int, retry: int = 0) -> str:
        nonlocal templates
        key = (template_id, step, retry)
        try:
            return worded[key]
        except KeyError:
            pass
        if templates is None:
            templates = {r[0]: r[1:] for r in _sql(
                "SELECT id, key, name, days, repeat_every, max_retries FROM cadence_template")}
        try:
            tkey, name, days, repeat_every, max_retries = templates[template_id]
        except KeyError:  # (none such: label_of says so)
            text = label_of(template_id, step, retry)
        else:
            days = step_names.parse_days(days)
            step_names.check(tkey, name, days, repeat_every, max_retries)
            text = step_names.step_text(name, days, repeat_every, step, retry)
        worded[key] = text
        return text
    return label


def step_wording(step_label=None):
    """``item -> its step's label``: ``Item.label`` (the stored Chinese, "黄金七天 · 第3天"), or
    ``step_label(template, step, retry)`` (the UI's ``words.step_text``, "Golden week · Day 3"),
    each distinct (template, step, retry) worded once."""
    from desktop_app.core.followup import template_store as cadence_store

    worded: dict[tuple[int, int, int], str] = {}

    def word(item: Item) -> str:
        key = (item.template_id, item.step, item.retry)
        if key not in worded:
            worded[key] = item.label if step_label is None else step_label(
                cadence_store.by_id(item.template_id).template, item.step, item.retry)
        return worded[key]
    return word


def _sql(sql: str, params=()) -> list[tuple]:
    return database.execute_sql(sql, tuple(params)).fetchall()


def _range(first: date | None, last: date) -> tuple[str, str]:
    return ((first or EARLIEST).isoformat(), last.isoformat())


# --- the calendar -------------------------------------------------------------------------

def day_counts(first: date, last: date) -> dict[date, int]:
    """{day: pending touchpoints due that day} for ``first..last`` (days without any are
    left out), in one grouped query over the ``(status, due)`` index. A day before today
    with a count has overdue work."""
    rows = _sql(f"SELECT t.due, COUNT(*) {_COUNT_FROM} GROUP BY t.due", _range(first, last))
    return {date.fromisoformat(d): n for d, n in rows}


def month_grid(year: int, month: int, first_weekday: int = 0) -> tuple[date, date]:
    """The first and last day of the 6-week grid that shows ``month`` (weeks starting on
    ``first_weekday``, 0 = Monday) the way a month calendar (QCalendarWidget) lays it out:
    a month starting on the first day of the week gets the whole week before it on top."""
    first = date(year, month, 1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7 or 7)
    return start, start + timedelta(days=41)


# --- lists of touchpoints -----------------------------------------------------------------

def count(first: date | None, last: date) -> int:
    """How many pending touchpoints are due in ``first..last`` (``first`` None: up to
    ``last``, overdue included)."""
    return _sql(f"SELECT COUNT(*) {_COUNT_FROM}", _range(first, last))[0][0]


def ids(first: date | None, last: date, *, offset: int = 0,
        limit: int | None = None) -> list[int]:
    """Touchpoint ids due in ``first..last``, in call order."""
    sql = f"SELECT t.id {_FROM} {_ORDER}"
    params = list(_range(first, last))
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    return [r[0] for r in _sql(sql, params)]


def items(touchpoint_ids: list[int]) -> list[Item]:
    """The rows of these touchpoints, in the order given, with each lead's last interaction
    (one query; the ids go in as one JSON parameter)."""
    import json

    found = {r[0]: r for r in _sql(
        _ITEM_SELECT + "WHERE t.id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(touchpoint_ids)),))}
    return [Item(found[i]) for i in touchpoint_ids if i in found]


def page(first: date | None, last: date, *, offset: int = 0,
         limit: int | None = 200) -> list[Item]:
    """Touchpoints due in ``first..last`` as rows, in call order (``limit`` None: all).

    A part (``limit``, ``offset``): two queries, the ids in order (the index and the sort
    only), then their rows. One query sorting whole rows computes every match's last
    interaction before the LIMIT: 200 of 4,146 rows took 40 ms that way, 13 ms this way.
    All of them: one query (4,175 rows in ~50 ms instead of ~65: the ids are not sorted
    twice)."""
    if limit is None and not offset:
        return list(map(Item, _sql(f"{_ITEM_SELECT}WHERE t.status = 'due' AND t.due >= ? "
                                   f"AND t.due <= ? AND c.deleted_at IS NULL {_ORDER}",
                                   _range(first, last))))
    return items(ids(first, last, offset=offset, limit=limit))


def lines(first: date | None, last: date, *, limit: int | None = None) -> list[tuple]:
    """The touchpoints of ``page(first, last, limit=limit)`` (the first ``limit`` in call
    order; None: all), in the same order, as plain tuples of what a printed list shows:
    ``LINE_FIELDS``, the lead's last interaction's ``channel``, ``outcome`` and ``summary``
    None when it has none.

    For the ``due`` table: one query with no naming tag, ids, stage or value in its rows
    (4,175 touchpoints: ~40% less work in SQLite and no ``Item`` per row)."""
    sql = (f"{_LINE_SELECT}WHERE t.status = 'due' AND t.due >= ? AND t.due <= ? "
           f"AND c.deleted_at IS NULL {_ORDER}")
    params = list(_range(first, last))
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _sql(sql, params)


def due_on(day: date, today: date) -> tuple[date | None, date]:
    """The range a day's list covers: that day, and on today everything overdue too."""
    return (None if day == today else day), day


def _interactions(interaction_ids: list[int]) -> dict[int, LastTouch]:
    out = {}
    for start in range(0, len(interaction_ids), 500):
        chunk = interaction_ids[start:start + 500]
        for r in _sql("SELECT id, at, channel, direction, outcome, summary FROM interaction "
                      f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            out[r[0]] = LastTouch(r[0], datetime.fromisoformat(r[1]), *r[2:])
    return out


def last_touches(contact_ids: list[int]) -> dict[int, LastTouch]:
    """{contact id: its latest live interaction} (notes included: they say what was said)."""
    latest = {}
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start:start + 500]
        latest.update(_sql(
            "SELECT c.id, (SELECT i.id FROM interaction i WHERE i.contact_id = c.id AND "
            "i.kind = 'interaction' AND i.deleted_at IS NULL ORDER BY i.at DESC, i.id DESC "
            f"LIMIT 1) FROM contact c WHERE c.id IN ({', '.join('?' * len(chunk))})", chunk))
    touches = _interactions([i for i in latest.values() if i is not None])
    return {c: touches[i] for c, i in latest.items() if i in touches}


# --- the due: filter term -----------------------------------------------------------------

_WORDS = {
    "today": "today", "今天": "today", "tomorrow": "tomorrow", "明天": "tomorrow",
    "overdue": "overdue", "逾期": "overdue", "过期": "overdue", "week": "week", "本周": "week",
    "7d": "week", "none": "none", "无": "none", "any": "any", "有": "any",
}
_TERM = lazy(r"^\s*(\w+)\s*[:：]\s*(>=|<=|>|<|=)?\s*(.*?)\s*$")
_OPS = ("", "=", ">", ">=", "<", "<=")


def due_term(op: str, value: str, today: date):
    """``due:`` (the lead's next touch, ``contact.next_due``) -> a peewee expression.

    ``due:today`` due today;  ``due:overdue`` due before today, not done;
    ``due:tomorrow``;  ``due:week`` due within 7 days (today to today + 6), overdue included:
    everything to do this week;  ``due:none`` no running cadence;  ``due:any`` one running.
    Chinese: 今天 明天 逾期 本周 无 有. A date compares: ``due:2026-12-01``, ``due:<2026-12-01``.
    NULL-safe: a lead without a cadence matches only ``due:none``.
    """
    op = (op or "").strip()
    if op not in _OPS:
        raise ValidationError("due", "Unknown comparison {op!r}; use > >= < <= or =.", op=op)
    # (the models load here: the due table needs none)
    from desktop_app.core.storage.schema import Contact

    column = Contact.next_due
    text = (value or "").strip().lower()
    word = _WORDS.get(text)
    if word is not None:
        if op not in ("", "="):
            raise ValidationError("due", "due:{value} takes no comparison.", value=value)
        if word == "none":
            return column.is_null()
        if word == "any":
            return column.is_null(False)
        if word == "overdue":
            return column.is_null(False) & (column < today)
        if word == "week":
            return column.is_null(False) & (column <= today + timedelta(days=6))
        day = today + timedelta(days=1 if word == "tomorrow" else 0)
        return column.is_null(False) & (column == day)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError("due", "due:{value} is not understood; write due:today, "
                                     "due:overdue, due:week, due:tomorrow, due:none or a date "
                                     "like due:2026-12-01.", value=value) from None
    cmp = {"": column == day, "=": column == day, ">": column > day, ">=": column >= day,
           "<": column < day, "<=": column <= day}[op]
    return column.is_null(False) & cmp


TERMS = {"due": due_term}


def parse_term(text: str, today: date):
    """``"due:today"`` -> expression; None when the key is not ``due``."""
    m = _TERM.match(text or "")
    if not m or m.group(1).lower() not in TERMS:
        return None
    return TERMS[m.group(1).lower()](m.group(2) or "", m.group(3), today)
