"""local_time: the cached per-quarter-hour offset gives what astimezone gives, across DST
changes (Europe, a half-hour zone, one with a 30-minute DST shift) and in China."""
import os
import random
import time
from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.ui.common import formatting


def reference(value: datetime) -> str:
    return value.replace(tzinfo=timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Europe/Berlin", "America/New_York",
                                  "Asia/Kolkata", "Australia/Lord_Howe", "UTC"])
def test_local_time_matches_astimezone(monkeypatch, zone):
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    formatting._offset.cache_clear()
    try:
        rng = random.Random(zone)
        start = datetime(2024, 1, 1)
        values = [start + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60),
                                    seconds=rng.randrange(60)) for _ in range(3000)]
        # every minute around this zone's 2025 changes (and none in a zone without them)
        for day in (datetime(2025, 3, 8), datetime(2025, 3, 29), datetime(2025, 4, 5),
                    datetime(2025, 10, 4), datetime(2025, 10, 25), datetime(2025, 11, 1)):
            values += [day + timedelta(minutes=m) for m in range(0, 2 * 24 * 60, 7)]
        assert [formatting.local_time(v) for v in values] == [reference(v) for v in values]
        assert formatting.local_time(None) == ""
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
        formatting._offset.cache_clear()
