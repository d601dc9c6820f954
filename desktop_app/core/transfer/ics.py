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
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

from desktop_app.core.storage import atomic_file
from desktop_app.core.transfer.exporting import ics as text
from desktop_app.core.transfer.exporting.ics import escape_text

PRODID = "-//Contact Book//contact-book//ZH"
UID_DOMAIN = "contact-book"


@dataclass(frozen=True)
class Event:
    uid: str
    day: date
    summary: str
    description: str = ""


def fold(line: str) -> str:
    """One content line folded at 75 octets (CRLF + space), without its final CRLF."""
    return text.fold(line)[:-2]


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
    return "".join(text.fold(line) for line in lines)


def touchpoint_events(items, *, language: str = "zh", step_label=None) -> list[Event]:
    """Events for ``agenda.Item`` rows: "黄金七天 · 第3天 · 叶辉" on the due day; the naming
    tag, the phone and the last interaction in the description.

    In another language: ``step_label(template, step, retry)`` words the step (the UI's
    ``words.step_text``: "Golden week · Day 3"; default: the stored Chinese, ``Item.label``),
    ``language`` ('zh' or 'en') the last interaction's channel and outcome."""
    from desktop_app.core.followup.agenda import step_wording
    from desktop_app.core.grading.behaviours import label  # a behaviour by its name
    from desktop_app.core.when import local_date
    from desktop_app.core.contacts.phones import display

    step = step_wording(step_label)
    events = []
    for item in items:
        lines = [item.tag]
        if item.phone:
            lines.append(display(item.phone))
        if item.last is not None:
            what = " ".join(x for x in (label(item.last.channel, language),
                                        label(item.last.outcome, language)) if x)
            lines.append(f"{local_date(item.last.at):%Y-%m-%d} {what}".rstrip())
            if item.last.summary:
                lines.append(item.last.summary)
        who = item.name or item.tag
        title = step(item)
        events.append(Event(f"touchpoint-{item.touchpoint_id}@{UID_DOMAIN}", item.due,
                            f"{title} · {who}" if who else title, "\n".join(lines)))
    return events


def write(path: str | os.PathLike, calendar_text: str) -> Path:
    """Write ``calendar_text`` to ``path`` atomically (a reader sees the old or the new file)."""
    atomic_file.write_bytes(path, calendar_text.encode("utf-8"))
    return Path(path)


def write_for_contacts(path: str | os.PathLike, contact_ids, first: date, days: int, *,
                       now: datetime, name: str = "Contact Book", language: str = "zh",
                       step_label=None) -> int:
    """The pending touchpoints of ``contact_ids`` due in the ``days`` from ``first`` as an
    .ics file (``write``; ``language`` and ``step_label`` as in ``touchpoint_events``);
    returns how many events it holds."""
    from desktop_app.core.followup import agenda

    wanted = set(contact_ids)
    due = agenda.page(first, first + timedelta(days=days - 1), limit=None)
    events = touchpoint_events([item for item in due if item.contact_id in wanted],
                               language=language, step_label=step_label)
    write(path, calendar(events, now=now, name=name))
    return len(events)
