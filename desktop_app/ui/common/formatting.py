"""Small text helpers shared by views."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache

_QUARTER = 15  # minutes: every zone's offset and change times fall on a quarter hour of UTC


@lru_cache(maxsize=8192)
def _offset(quarter: datetime) -> timedelta:
    """The local UTC offset in force at a quarter hour (naive UTC)."""
    return quarter.replace(tzinfo=timezone.utc).astimezone().utcoffset()


def local_time(value: datetime | None) -> str:
    """A stored naive-UTC datetime as local time, to the minute ('' for None).

    The offset is looked up once per quarter hour (the list formats three dates per row on
    every paint; ``astimezone`` + ``strftime`` took ~40 µs a date)."""
    if value is None:
        return ""
    quarter = value.replace(minute=value.minute - value.minute % _QUARTER, second=0,
                            microsecond=0)
    t = value + _offset(quarter)
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"
