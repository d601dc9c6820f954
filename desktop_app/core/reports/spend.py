"""Money spent per source (来源) and month, in yuan: what the sources report divides by.

``set_amount("抖音", "2026-10", "2万")`` stores 20,000 (amounts as in the naming tag: ``20000``,
``2万``, ``1.5万``, ``80,000``); 0 removes the entry. A source needs no leads to have spend
(its ROI is then 0, and the sources report shows it). Bad input (a negative or non-numeric
amount, a month like 2026-13, an empty source) raises ValidationError and changes nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.changes import Changes
from desktop_app.core.contacts import naming_tag
from desktop_app.core.errors import ValidationError
from desktop_app.core.storage.schema import database

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass(frozen=True)
class SpendRow:
    source: str
    month: str  # YYYY-MM
    amount: int  # yuan


def month_text(text: str) -> str:
    """``2026-10`` (also ``2026-1``) -> ``2026-10``/``2026-01``; raises ValidationError."""
    m = _MONTH.match((text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise ValidationError("month", "{text!r} is not a month; write e.g. 2026-10.", text=text)
    return f"{int(m.group(1))}-{int(m.group(2)):02d}"


def amount_value(text) -> int:
    """An amount in yuan, 0 or more; raises ValidationError."""
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        raw = str(text or "").strip()
        if raw.startswith(("-", "－")):
            raise ValidationError("amount", "The amount cannot be negative: {text!r}.", text=raw)
        value = naming_tag.deal_value(raw) if raw else None
        if value is None:
            raise ValidationError("amount", "{text!r} is not an amount in yuan (e.g. 20000 or "
                                            "2万).", text=raw)
    if value < 0:
        raise ValidationError("amount", "The amount cannot be negative: {text!r}.", text=str(text))
    return int(value)


def source_text(text: str) -> str:
    source = naming_tag.clean_field(text or "")
    if not source:
        raise ValidationError("source", "Give a source (来源), e.g. 抖音.")
    return source


def set_amount(source: str, month: str, amount) -> tuple[SpendRow | None, Changes]:
    """Store the spend of ``source`` in ``month``; returns what was there before (for undo)."""
    source, month, value = source_text(source), month_text(month), amount_value(amount)
    with database.atomic():
        before = get(source, month)
        if value == 0:
            database.execute_sql("DELETE FROM spend WHERE source = ? AND month = ?",
                                 (source, month))
        else:
            database.execute_sql(
                "INSERT INTO spend (source, month, amount) VALUES (?, ?, ?) ON CONFLICT "
                "(source, month) DO UPDATE SET amount = excluded.amount", (source, month, value))
    return before, Changes()


def get(source: str, month: str) -> SpendRow | None:
    row = database.execute_sql("SELECT source, month, amount FROM spend WHERE source = ? AND "
                               "month = ?", (source, month)).fetchone()
    return SpendRow(*row) if row else None


def entries(first_month: str | None = None, last_month: str | None = None) -> list[SpendRow]:
    """Every entry (within the months given), by source then month."""
    sql, params = "SELECT source, month, amount FROM spend", []
    if first_month and last_month:
        sql += " WHERE month BETWEEN ? AND ?"
        params = [first_month, last_month]
    return [SpendRow(*r) for r in database.execute_sql(sql + " ORDER BY source, month",
                                                       params).fetchall()]


def totals(first_month: str, last_month: str) -> dict[str, int]:
    """{source: spend} over the months ``first_month`` .. ``last_month``."""
    return dict(database.execute_sql(
        "SELECT source, SUM(amount) FROM spend WHERE month BETWEEN ? AND ? GROUP BY source",
        (first_month, last_month)).fetchall())


def sources() -> list[str]:
    """Every source a lead has (alive leads) or spend was recorded for, sorted: the rows of
    the spend editor."""
    rows = database.execute_sql(
        "SELECT source FROM contact WHERE deleted_at IS NULL AND source != '' "
        "UNION SELECT source FROM spend ORDER BY 1").fetchall()
    return [r[0] for r in rows]
