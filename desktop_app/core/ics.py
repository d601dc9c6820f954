"""Touchpoints as an iCalendar file (RFC 5545), for a phone's or desktop calendar.

Each touchpoint is an all-day VEVENT (DTSTART;VALUE=DATE, DTEND the next day, TRANSP
TRANSPARENT): every calendar app shows those, while VTODO support is patchy (Google Calendar
and many phones ignore it). UID ``touchpoint-<id>@contact-book`` is stable, so re-importing
after a reschedule moves the event instead of duplicating it.

Text values are escaped (``\\`` ``;`` ``,`` and newlines, section 3.3.11); content lines are
folded at 75 octets without splitting a UTF-8 character (3.1); lines end with CRLF. Files are
written atomically: a temporary file beside the target, flushed to disk, then renamed.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

from .errors import storage_error

PRODID = "-//Contact Book//contact-book//ZH"
UID_DOMAIN = "contact-book"
LIMIT = 75  # octets per line, CRLF excluded


@dataclass(frozen=True)
class Event:
    uid: str
    day: date
    summary: str
    description: str = ""


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped; any newline becomes ``\\n``."""
    text = (value or "").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str, limit: int = LIMIT) -> str:
    """Fold one content line: pieces of at most ``limit`` octets joined by CRLF + space (the
    space counts toward the next piece's octets); a UTF-8 character is never split."""
    out: list[str] = []
    piece, size = [], 0
    room = limit
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > room:
            out.append("".join(piece))
            piece, size, room = [], 0, limit - 1
        piece.append(ch)
        size += n
    out.append("".join(piece))
    return "\r\n ".join(out)


def _stamp(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.strftime("%Y%m%dT%H%M%SZ")


def calendar(events: Iterable[Event], *, now: datetime, name: str = "") -> str:
    """The whole VCALENDAR text (CRLF line ends). ``now`` (UTC) is every event's DTSTAMP."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    stamp = _stamp(now)
    for e in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{e.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{e.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(e.summary)}",
        ]
        if e.description:
            lines.append(f"DESCRIPTION:{escape_text(e.description)}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def touchpoint_events(items, *, labels: dict | None = None) -> list[Event]:
    """Events for ``agenda.Item`` rows: "黄金七天 · 第3天 · 叶辉" on the due day; the naming
    tag, the phone and the last interaction in the description."""
    from .callsheet import phone_text
    from .channels import label
    from .when import local_date

    events = []
    for item in items:
        lines = [item.tag]
        if item.phone:
            lines.append(phone_text(item.phone))
        if item.last is not None:
            what = " ".join(x for x in (label(item.last.channel), label(item.last.outcome)) if x)
            lines.append(f"{local_date(item.last.at):%Y-%m-%d} {what}".rstrip())
            if item.last.summary:
                lines.append(item.last.summary)
        who = item.name or item.tag
        events.append(Event(f"touchpoint-{item.touchpoint_id}@{UID_DOMAIN}", item.due,
                            f"{item.label} · {who}" if who else item.label, "\n".join(lines)))
    return events


def write(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (a reader sees the old file or the new one)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise (storage_error(e, path, "exporting") or e) from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise (storage_error(e, path, "exporting") or e) from e
        raise
    return path
