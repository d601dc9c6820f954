"""Report periods: a range of the user's local days, named the way a salesperson says it.

``parse("2026Q4", today)``, ``parse("2026-11")``, ``parse("2026")``, ``parse("2026-11-03")``,
``parse("this-month")`` (本月), ``last-month`` (上月), ``this-quarter`` (本季度),
``last-quarter`` (上季度), ``this-year`` (今年), ``last-year`` (去年), ``this-week`` (本周),
``last-week`` (上周; weeks start on Monday). ``between(start, end)`` is a custom range.
Named relative periods resolve to absolute ones (``this-month`` in November 2026 is
``2026-11``), so the filter a report writes keeps meaning the same leads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_app.core.errors import ValidationError
from desktop_app.core.when import YEARS, day_start_utc

RELATIVE = {
    "this-month": "this-month", "本月": "this-month",
    "last-month": "last-month", "上月": "last-month",
    "this-quarter": "this-quarter", "本季度": "this-quarter",
    "last-quarter": "last-quarter", "上季度": "last-quarter",
    "this-year": "this-year", "今年": "this-year",
    "last-year": "last-year", "去年": "last-year",
    "this-week": "this-week", "本周": "this-week",
    "last-week": "last-week", "上周": "last-week",
}
_QUARTER = re.compile(r"^(\d{4})\s*-?\s*[qQ]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class Period:
    """Local days ``start`` .. ``end`` (both included); ``label``: how a filter names it."""
    start: date
    end: date
    label: str

    def utc_bounds(self) -> tuple[str, str]:
        """Naive UTC ``[from, to)`` as stored text, for the ``*_at`` columns."""
        return (day_start_utc(self.start).isoformat(" "),
                day_start_utc(self.end + timedelta(days=1)).isoformat(" "))

    def months(self) -> tuple[str, str]:
        """The first and last month (``YYYY-MM``) it touches (for the spend)."""
        return self.start.strftime("%Y-%m"), self.end.strftime("%Y-%m")

    def days(self) -> int:
        return (self.end - self.start).days + 1


def month(year: int, number: int) -> Period:
    start = date(year, number, 1)
    end = (date(year + number // 12, number % 12 + 1, 1)) - timedelta(days=1)
    return Period(start, end, f"{year}-{number:02d}")


def quarter(year: int, number: int) -> Period:
    start = date(year, 3 * number - 2, 1)
    end = month(year, 3 * number).end
    return Period(start, end, f"{year}Q{number}")


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number, 12, 31), f"{number}")


def day(value: date) -> Period:
    return Period(value, value, value.isoformat())


def between(start: date, end: date) -> Period:
    """A custom range; raises ValidationError when it ends before it starts."""
    if end < start:
        raise ValidationError("period", "The period ends ({end}) before it starts ({start}).",
                              start=start.isoformat(), end=end.isoformat())
    for exact in (day(start), month(start.year, start.month),
                  quarter(start.year, (start.month + 2) // 3), year(start.year)):
        if exact.start == start and exact.end == end:
            return exact
    return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")


# Years a period may name: YEARS (core.when).


def parse_date(text: str) -> date:
    m = _DAY.match((text or "").strip())
    try:
        if m and YEARS[0] <= int(m.group(1)) <= YEARS[1]:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValidationError("date", "{text!r} is not a date; write e.g. 2026-10-01.", text=text)


def parse(text: str, today: date) -> Period:
    """A period from its name (see the module's docstring); raises ValidationError."""
    raw = text
    text = (text or "").strip()
    key = RELATIVE.get(text.lower())
    if key is not None:
        return _relative(key, today)
    try:
        m = _QUARTER.match(text)
        if m and YEARS[0] <= int(m.group(1)) <= YEARS[1]:
            return quarter(int(m.group(1)), int(m.group(2)))
        m = _MONTH.match(text)
        if m and 1 <= int(m.group(2)) <= 12 and YEARS[0] <= int(m.group(1)) <= YEARS[1]:
            return month(int(m.group(1)), int(m.group(2)))
        m = _YEAR.match(text)
        if m and YEARS[0] <= int(m.group(1)) <= YEARS[1]:
            return year(int(m.group(1)))
        if ".." in text:
            first, _, last = text.partition("..")
            return between(parse_date(first), parse_date(last))
        if _DAY.match(text):
            return day(parse_date(text))
    except ValueError:
        pass
    raise ValidationError(
        "period", "Unknown period {text!r}; use e.g. 2026Q4, 2026-11, 2026, 2026-11-03, "
        "this-month, last-month, this-quarter, last-quarter, this-year.", text=raw)


def _relative(key: str, today: date) -> Period:
    q = (today.month + 2) // 3
    if key == "this-month":
        return month(today.year, today.month)
    if key == "last-month":
        return month(today.year - (today.month == 1), (today.month - 2) % 12 + 1)
    if key == "this-quarter":
        return quarter(today.year, q)
    if key == "last-quarter":
        return quarter(today.year - (q == 1), (q - 2) % 4 + 1)
    if key == "this-year":
        return year(today.year)
    if key == "last-year":
        return year(today.year - 1)
    monday = today - timedelta(days=today.weekday())
    if key == "last-week":
        monday -= timedelta(days=7)
    return between(monday, monday + timedelta(days=6))


def local_today() -> date:
    """The day it is now on this computer (for the CLI and the window; core takes ``today``)."""
    return datetime.now().date()
