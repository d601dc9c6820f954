"""Working days for follow-up cadences: weekends and mainland-China public holidays.

The holiday data comes from the ``holidays`` package's China calendar, which follows the
State Council's yearly notice (国务院办公厅关于节假日安排的通知) for the years it has been
published, including the make-up working days on weekends (调休上班, ``weekend_workdays``).
For a year whose notice is not out yet the package gives the statutory days plus its
"observed" rule, and no make-up days.

Rules (``WorkCalendar``):
- ``skip_weekends``: Saturday and Sunday are not working days, except the official make-up
  working days (e.g. Sunday 2026-09-20 and Saturday 2026-10-10 are working days).
- ``skip_holidays``: the days of an official break are not working days. A break is every
  date the package lists, plus a weekend day joined to a listed date through weekend days
  that are not make-up days. That matches the notices' own ranges ("10月1日至7日放假":
  the package lists Oct 1-3, 5-7 2026; Sunday Oct 4 is part of the break), which matters
  only to a salesperson who skips holidays but works weekends.
- With both off every day is a working day.

Pure functions of the date; the per-year holiday sets are cached (no clock anywhere).
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

ONE_DAY = timedelta(days=1)
SATURDAY = 5
CACHE_ENV = "CONTACT_BOOK_CACHE_DIR"  # where the tables are kept (default: the user cache dir)


@lru_cache(maxsize=64)
def _china_year(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(holiday dates in ``year``, make-up working days in ``year``): from the file kept
    for the installed ``holidays`` package, else computed and added to it."""
    source = _source()
    kept = _kept(source).get(str(year)) if source else None
    if kept is not None:
        try:
            listed, makeup = (frozenset(map(date.fromisoformat, days)) for days in kept)
            return listed, makeup
        except (TypeError, ValueError):  # not what _keep writes: computed again below
            pass
    listed, makeup = _computed(year)
    if source:
        _keep(source, year, listed, makeup)
    return listed, makeup


def _computed(year: int) -> tuple[frozenset[date], frozenset[date]]:
    # late, and kept in a file: importing ``holidays`` loads every country (~170 ms), which
    # every `contact-book due` and the first Calendar paid before
    import holidays

    # A notice can name a make-up day in the year before (2007's 2006-12-30); the package
    # puts those in every instance's weekend_workdays (a test checks that it still does).
    cal = holidays.China(years=year)
    listed = frozenset(d for d in cal if d.year == year)
    makeup = frozenset(d for d in cal.weekend_workdays if d.year == year)
    return listed, makeup


# --- the kept tables ------------------------------------------------------------------------
# One JSON file {"source": ..., "years": {"2026": [[holidays], [make-up days]]}}. "source" is
# the package's China module (path, size, modification time): another version of the package
# (a new State Council notice) is another source, and the file starts over. In a PyInstaller
# bundle the modules are not files: there the source is the package's version, from the
# metadata the bundle carries (a bundle cannot change its packages). No source: nothing is
# kept, the tables are computed.

def _source() -> str | None:
    if getattr(sys, "frozen", False):
        return _bundled_version()
    import importlib.util

    try:
        spec = importlib.util.find_spec("holidays")  # finds, does not import
        china = Path(spec.origin).parent / "countries" / "china.py"
        stat = china.stat()
    except (ImportError, ValueError, AttributeError, TypeError, OSError):
        return None
    return f"{china}|{stat.st_size}|{stat.st_mtime_ns}"


def _bundled_version() -> str | None:
    """The bundle's package version, from the name of the metadata folder build.spec copies
    into it (``holidays-0.109.dist-info``): importlib.metadata, which reads the same, costs
    ~20 ms of every `due` of the bundle (email, zipfile, csv)."""
    try:
        names = os.listdir(sys._MEIPASS)
    except (AttributeError, TypeError, OSError):
        return None
    for name in sorted(names):
        if name.startswith("holidays-") and name.endswith(".dist-info"):
            return f"holidays {name[len('holidays-'):-len('.dist-info')]} (bundle)"
    return None


def _file() -> Path:
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        import platformdirs

        from desktop_app import APP_ID

        folder = platformdirs.user_cache_path(APP_ID, appauthor=False)
    return Path(folder) / "holidays-cn.json"


def _kept(source: str) -> dict:
    """{year: [holidays, make-up days]} kept for ``source``; {} when none (or unreadable)."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        return data["years"] if data.get("source") == source else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _keep(source: str, year: int, listed, makeup) -> None:
    """Add a year to the file (best effort: a cache; a read-only disk only costs time)."""
    from desktop_app.core.errors import ContactBookError
    from desktop_app.core.storage.atomic_file import write_bytes

    years = dict(_kept(source))
    years[str(year)] = [sorted(d.isoformat() for d in listed),
                        sorted(d.isoformat() for d in makeup)]
    try:
        _file().parent.mkdir(parents=True, exist_ok=True)
        write_bytes(_file(), json.dumps({"source": source, "years": years}).encode("utf-8"))
    except (OSError, ContactBookError):  # a full or read-only disk: only slower
        pass


def is_weekend(day: date) -> bool:
    return day.weekday() >= SATURDAY


def is_china_holiday(day: date) -> bool:
    """A date the ``holidays`` package lists for mainland China (statutory or moved)."""
    return day in _china_year(day.year)[0]


def is_makeup_workday(day: date) -> bool:
    """An official make-up working day on a weekend (调休上班)."""
    return day in _china_year(day.year)[1]


def is_china_break(day: date) -> bool:
    """Part of an official holiday break: a listed holiday, or a weekend day joined to one."""
    if is_china_holiday(day):
        return True
    if not is_weekend(day) or is_makeup_workday(day):
        return False
    for step in (ONE_DAY, -ONE_DAY):
        other = day + step
        while is_weekend(other) and not is_makeup_workday(other) and not is_china_holiday(other):
            other += step
        if is_china_holiday(other):
            return True
    return False


@dataclass(frozen=True)
class WorkCalendar:
    skip_weekends: bool = False
    skip_holidays: bool = False

    @property
    def skips(self) -> bool:
        return self.skip_weekends or self.skip_holidays

    def is_working_day(self, day: date) -> bool:
        if self.skip_holidays and is_china_break(day):
            return False
        if self.skip_weekends and is_weekend(day) and not is_makeup_workday(day):
            return False
        return True

    def roll_forward(self, day: date) -> date:
        """``day`` itself when it is a working day, else the next working day."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.roll_forward(day + ONE_DAY)
