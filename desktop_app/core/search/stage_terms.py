"""Filter terms over when leads came and closed (the reports write them; see ``query``).

``created:2026Q4``  ``创建:>=2026-10-01``  ``created:<30d``
    The local day the lead was created: in a period (``core.reports.periods``: ``2026Q4``,
    ``2026-11``, ``2026``, ``2026-11-03``, ``2026-10-01..2026-11-15``, ``this-month`` 本月 ...),
    compared with a date (``>`` ``>=`` ``<`` ``<=``), or by age in days (``>=90d``: 90 or more
    days ago, as ``last:``). A bare number that names a year is the year (``created:2026``).
``won:2026-11``  ``成交:>=90d``  ``won:any``
    The won date (leads now 成交), the same way; ``any``/``有`` any won lead.
``lost:2026Q4``  ``流失:any``
    The day it was lost (leads now 流失).
``reached:意向``  ``到达:报价,成交``  ``reached:意向@2026Q4``
    Reached that stage (or a later one: a lead that skipped a stage passed it); ``@period``:
    reached it during the period. ``reached:成交`` = won, ``reached:流失`` = lost.
``lost-from:报价``  ``流失于:意向``
    Lost from that stage.
``reason:价格``  ``原因:竞品``
    Lost for that reason (exactly).

Every term is NULL-safe, so ``-won:2026Q4`` is its complement.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from desktop_app.core.contacts.stages import stage_code
from desktop_app.core.errors import ValidationError
from desktop_app.core.storage.schema import Contact
from desktop_app.core.when import day_start_utc

KEYS = {"created": "created", "创建": "created", "won": "won", "成交": "won",
        "lost": "lost", "流失": "lost", "reached": "reached", "到达": "reached",
        "lost-from": "lost-from", "流失于": "lost-from", "reason": "reason", "原因": "reason", "流失原因": "reason"}
COMPARABLE = ("created", "won", "lost")
_AGE = re.compile(r"^(\d+)\s*(d|天)?$", re.IGNORECASE)
_ANY = ("any", "有")


def _day_range(key: str, start: date, end: date):
    """Local days ``start`` .. ``end`` of the created/won/lost day (end None: open)."""
    if key == "created":
        column = Contact.created_at
        low = day_start_utc(start).isoformat(" ") if start else None
        high = day_start_utc(end + timedelta(days=1)).isoformat(" ") if end else None
        parts = [column.is_null(False)]
        if low:
            parts.append(column >= low)
        if high:
            parts.append(column < high)
    else:
        column = Contact.won_on if key == "won" else Contact.lost_on
        parts = [column.is_null(False)]
        if start:
            parts.append(column >= start.isoformat())
        if end:
            parts.append(column <= end.isoformat())
    expression = parts[0]
    for part in parts[1:]:
        expression &= part
    return expression


def _bound(op: str, value: str, today: date) -> tuple[date | None, date | None]:
    """``op value`` as a range of days (an age ``Nd`` counts back from ``today``)."""
    m = _AGE.match(value.strip())
    if m:
        age = int(m.group(1))
        op = {">": "<", ">=": "<=", "<": ">", "<=": ">="}.get(op, op)  # older = earlier
        when = today - timedelta(days=age)
    else:
        from desktop_app.core.reports import periods

        when = periods.parse_date(value)
    one = timedelta(days=1)
    return {">": (when + one, None), ">=": (when, None), "<": (None, when - one),
            "<=": (None, when), "=": (when, when)}[op]


def term(key: str, op: str, value: str, today: date):
    """One value of a term -> a peewee expression; raises ValidationError for a bad value.
    (Periods and the reach columns load here: the filter language's other terms, and so
    ``contact-book list --filter``, need neither.)"""
    from desktop_app.core.contacts.reach import REACHED_COLUMN
    from desktop_app.core.reports import periods

    value = value.strip()
    if key in COMPARABLE:
        if op in (":", "=") and value.lower() in _ANY and key != "created":
            return (Contact.won_on if key == "won" else Contact.lost_on).is_null(False)
        if op in (":", "="):
            try:  # a period first: 2026 is the year (what the reports write), not 2026 days ago
                period = periods.parse(value, today)
            except ValidationError:
                if not _AGE.match(value):
                    raise
                start, end = _bound("=", value, today)
            else:
                start, end = period.start, period.end
        else:
            start, end = _bound(op, value, today)
        return _day_range(key, start, end)
    if key == "reached":
        stage_text, at, period_text = value.partition("@")
        stage = stage_code(stage_text)
        if stage == "lead":
            column = Contact.created_at
            if not at:
                return column.is_null(False)
            period = periods.parse(period_text, today)
            return _day_range("created", period.start, period.end)
        column = getattr(Contact, REACHED_COLUMN[stage])
        if not at:
            return column.is_null(False)
        period = periods.parse(period_text, today)
        return (column.is_null(False) & (column >= period.start.isoformat())
                & (column <= period.end.isoformat()))
    if key == "lost-from":
        return Contact.lost_from.is_null(False) & (Contact.lost_from == stage_code(value))
    if key == "reason":
        return Contact.lost_reason.is_null(False) & (Contact.lost_reason == value)
    raise ValidationError(key, "Unknown key {key!r}.", key=key)
