"""Which backups to keep: thinning over time, then a size budget for ``backups/``.

``select_kept`` (a pure function): everything from the last 24 hours (up to 24 files), then
the newest backup of each of 12 earlier days, 10 weeks and 9 months. ``within_budget``: of
those, newest first, as many as fit in the budget (``budget_for``: 2 GB or 10% of the free
space, whichever is smaller); the first that does not fit and every older one go. The newest
good backup is always kept, whatever its size: a full disk is no reason to have no backup.
Damaged originals (``…-damaged-original.sqlite3``) are never thinned.
"""
from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Sequence

from .catalog import NEVER_THINNED, as_utc, backup_dir, backup_files, describe, file_size

log = logging.getLogger(__name__)

MAX_BYTES = 2_000_000_000  # the budget's ceiling: 2 GB
FREE_SHARE = 10  # ... or a tenth of the free space


@dataclass(frozen=True)
class Retention:
    recent: timedelta = timedelta(hours=24)
    recent_cap: int = 24
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


KEEP = Retention()


def select_kept(stamps: Sequence[datetime], now: datetime,
                retention: Retention = KEEP) -> list[bool]:
    """Which backups to keep, aligned with ``stamps`` (naive local times, any order).

    Newest first: the ``recent_cap`` newest of the last ``recent`` hours; then a backup is
    kept when it is the newest of an older day (while ``daily`` lasts), else of an older ISO
    week (``weekly``), else of an older month (``monthly``). Backups in the future (a clock set
    back) count as recent. The newest backup is always kept.
    """
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    keep = [False] * len(stamps)
    budget = {"daily": retention.daily, "weekly": retention.weekly,
              "monthly": retention.monthly}
    recent_left = retention.recent_cap
    last = None  # (day, week, month) of the last kept backup

    def buckets(t: datetime):
        return t.date(), t.isocalendar()[:2], (t.year, t.month)

    for i in order:
        t = stamps[i]
        b = buckets(t)
        if now - t < retention.recent and recent_left > 0:
            recent_left -= 1
            keep[i], last = True, b
            continue
        for tier, level in (("daily", 0), ("weekly", 1), ("monthly", 2)):
            if budget[tier] > 0:
                if last is None or b[level] < last[level]:
                    budget[tier] -= 1
                    keep[i], last = True, b
                break
    if order and not any(keep):
        keep[order[0]] = True
    return keep


def within_budget(stamps: Sequence[datetime], sizes: Sequence[int], keep: Sequence[bool],
                  max_bytes: int, always: int | None = None) -> list[bool]:
    """Narrow ``keep`` to the newest kept backups that fit in ``max_bytes`` together: the
    first that does not fit ends the list (older ones go first). Index ``always`` (the newest
    good backup) is kept in any case and counts against the budget."""
    out = [False] * len(stamps)
    used = sizes[always] if always is not None else 0
    if always is not None:
        out[always] = True
    for i in sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True):
        if not keep[i] or i == always:
            continue
        if used + sizes[i] > max_bytes:
            break
        out[i] = True
        used += sizes[i]
    return out


def budget_for(free_bytes: int) -> int:
    """Disk space all backups of a database may use: 2 GB or 10% of the free space."""
    return min(MAX_BYTES, free_bytes // FREE_SHARE)


def _local(moment: datetime) -> datetime:
    return as_utc(moment).astimezone().replace(tzinfo=None)


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def thin_backups(db_path: str | os.PathLike, now: datetime | None = None,
                 retention: Retention = KEEP, max_bytes: int | None = None,
                 newest_good: Path | None = None) -> list[Path]:
    """Delete the backups that ``select_kept``, then ``within_budget``, do not keep; returns
    the deleted paths. ``max_bytes`` defaults to ``budget_for`` the free space. ``newest_good``
    (the backup just written and checked) defaults to the newest whose header reads."""
    found = [(p, parsed) for p, parsed in backup_files(db_path)
             if not parsed[1].startswith(NEVER_THINNED)]
    if not found:
        return []
    stamps = [_local(t) for _, (t, _) in found]
    flags = select_kept(stamps, _local(as_utc(now)), retention)
    if max_bytes is None:
        max_bytes = budget_for(_free_bytes(backup_dir(db_path)))
    always = next((i for i, (p, (t, reason)) in enumerate(found)
                   if (p == newest_good if newest_good is not None
                       else not describe(p, t, reason).damaged)), None)
    flags = within_budget(stamps, [file_size(p) for p, _ in found], flags, max_bytes, always)
    deleted = []
    for (path, _), keep in zip(found, flags):
        if not keep:
            try:
                path.unlink()
                deleted.append(path)
            except OSError as e:
                log.warning("could not delete old backup %s: %s", path, e)
    return deleted
