"""Times on the timeline: stored as naive UTC, shown and typed in local time.

``tz`` is a tzinfo, or None for the computer's local zone; ``now`` and ``today`` are always
parameters (no hidden clock).
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo

from desktop_app.core.errors import ValidationError
from desktop_app.core.patterns import lazy

# Years a day may be in (report periods, a command's --date): from 1900 to the last year
# whose next day Python's dates still hold (a period's end + 1 day is where it stops; 9999
# ended in an OverflowError). ``core.reports.periods.YEARS``.
YEARS = (1900, 9998)


def utcnow() -> datetime:
    """Now as naive UTC, seconds precision: how every write stamps its rows when the caller
    gives no ``now``."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def utc_or_now(now: datetime | None) -> datetime:
    """``now`` as naive UTC (a naive ``now`` is UTC already), or the clock when None."""
    return to_utc(now, timezone.utc) if now is not None else utcnow()


def to_utc(value: datetime, tz: tzinfo | None = None) -> datetime:
    """Naive UTC (seconds precision) from an aware datetime, or a naive one in local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz) if tz is not None else value.astimezone()
    return value.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)


def to_local(utc: datetime, tz: tzinfo | None = None) -> datetime:
    """Local time (aware) of a naive UTC datetime from the database."""
    return utc.replace(tzinfo=timezone.utc).astimezone(tz)


def day_start_utc(day: date, tz: tzinfo | None = None) -> datetime:
    """Naive UTC of the local midnight that starts ``day``."""
    return to_utc(datetime.combine(day, time.min), tz)


def local_date(utc: datetime, tz: tzinfo | None = None) -> date:
    return to_local(utc, tz).date()


_RELATIVE = lazy(r"^(?:-\s*(\d+)\s*(m|min|h|d)|(\d+)\s*(m|min|h|d)\s+ago)$")
_DAY_WORDS = {"today": 0, "今天": 0, "yesterday": 1, "昨天": 1}
_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")
_DATE_T = lazy(r"(?<=\d)t(?=\d)")
_TIME = lazy(r"^(\d{1,2})[:：](\d{2})$")


def parse_when(text: str, now: datetime, tz: tzinfo | None = None) -> datetime:
    """What the user typed for "when it happened" -> naive UTC.

    ``now`` is naive UTC. Accepted (local time): ``2026-11-20 14:30`` (also with seconds,
    ``T`` or ``/``), ``2026-11-20`` (midnight), ``14:30`` (today), ``today``/``今天``,
    ``yesterday 15:00``/``昨天 15:00``, and relative ``-30m``, ``-2h``, ``-3d`` (or ``2h ago``).
    """
    raw = text
    text = _DATE_T.sub(" ", " ".join((text or "").replace("/", "-").split()).lower())
    m = _RELATIVE.match(text)
    if m:
        amount, unit = int(m.group(1) or m.group(3)), m.group(2) or m.group(4)
        delta = {"m": timedelta(minutes=amount), "min": timedelta(minutes=amount),
                 "h": timedelta(hours=amount), "d": timedelta(days=amount)}[unit]
        return now.replace(microsecond=0) - delta
    local_today = to_local(now, tz).date()
    parts = text.split(" ")
    if parts[0] in _DAY_WORDS or _TIME.match(parts[0]):
        day = local_today - timedelta(days=_DAY_WORDS.get(parts[0], 0))
        clock = parts[1:] if parts[0] in _DAY_WORDS else parts
        if len(clock) > 1:
            raise _bad(raw)
        hour = minute = 0
        if clock:
            t = _TIME.match(clock[0])
            if not t or int(t.group(1)) > 23 or int(t.group(2)) > 59:
                raise _bad(raw)
            hour, minute = int(t.group(1)), int(t.group(2))
        return to_utc(datetime.combine(day, time(hour, minute)), tz)
    for fmt in _FORMATS:
        try:
            return to_utc(datetime.strptime(text, fmt), tz)
        except ValueError:
            continue
    raise _bad(raw)


def _bad(text: str) -> ValidationError:
    return ValidationError("at", "Cannot read the time {text!r}; write e.g. 2026-11-20 14:30, "
                                 "2026-11-20, yesterday 15:00 or 2h ago.", text=text)
