"""Small text helpers shared by views."""
from __future__ import annotations

from datetime import datetime, timezone


def local_time(value: datetime | None) -> str:
    """A stored naive-UTC datetime as local time, to the minute ('' for None)."""
    if value is None:
        return ""
    return value.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
