"""Due touchpoints of the next 14 days (and the overdue ones) as all-day VTODOs on the
account's calendar: one way, written each pass, removed once done, skipped or stopped.

Status table ``sync_todo``: per touchpoint its href, etag and the hash of what we wrote (the
DTSTAMP is left out of the hash, so an unchanged touch is not rewritten every pass).
"""
from __future__ import annotations

import hashlib
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

from desktop_app.core.followup import agenda
from desktop_app.core.messages import msg
from desktop_app.core.storage.schema import database
from desktop_app.core.sync.dav import PreconditionFailed
from desktop_app.core.transfer.exporting.ics import content_line
from desktop_app.core.transfer.ics import PRODID

DAYS = 14
ICS = "text/calendar; charset=utf-8"


def summary(item) -> str:
    """黄金七天 · 第3天 · 叶辉"""
    return f"{item.label} · {item.name or item.tag}"


def vtodo(uid: str, item, stamp: str) -> tuple[bytes, str]:
    """The VCALENDAR text and its hash."""
    body = [content_line("UID", uid), content_line("SUMMARY", summary(item)),
            f"DTSTART;VALUE=DATE:{item.due:%Y%m%d}\r\n", f"DUE;VALUE=DATE:{item.due:%Y%m%d}\r\n",
            content_line("DESCRIPTION", "\n".join(x for x in (item.tag, item.phone) if x)),
            "STATUS:NEEDS-ACTION\r\n"]
    h = hashlib.sha256("".join(body).encode("utf-8")).hexdigest()
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + content_line("PRODID", PRODID) +
            "BEGIN:VTODO\r\n" + f"DTSTAMP:{stamp}\r\n" + "".join(body) +
            "END:VTODO\r\nEND:VCALENDAR\r\n")
    return text.encode("utf-8"), h


def wanted(today) -> list:
    out, offset = [], 0
    while True:
        page = agenda.page(None, today + timedelta(days=DAYS - 1), offset=offset, limit=500)
        out.extend(page)
        if len(page) < 500:
            return out
        offset += 500


def _rows() -> dict[int, tuple[str, str, str]]:
    return {tid: (href, etag, h) for tid, href, etag, h in database.execute_sql(
        "SELECT touchpoint_id, href, etag, hash FROM sync_todo")}


def _save(tid: int, href: str, etag: str, h: str) -> None:
    with database.atomic():
        database.execute_sql(
            "INSERT INTO sync_todo (touchpoint_id, href, etag, hash) VALUES (?,?,?,?) "
            "ON CONFLICT (touchpoint_id) DO UPDATE SET href = excluded.href, "
            "etag = excluded.etag, hash = excluded.hash", (tid, href, etag, h))


def sync_todos(p) -> None:
    """Step 4 of a pass (``run.Pass`` ``p``): make the calendar hold the due touchpoints."""
    dav, report = p.dav, p.report
    cal = urlsplit(p.account.calendar).path
    stamp = p.now.strftime("%Y%m%dT%H%M%SZ")
    rows = _rows()
    items = wanted(p.today)
    keep = set()
    for n, item in enumerate(items):
        p.check()
        p.progress(msg("Writing the follow-ups to the calendar"), n, len(items))
        keep.add(item.touchpoint_id)
        uid = f"contact-book-{p.account.device}-touchpoint-{item.touchpoint_id}"
        body, h = vtodo(uid, item, stamp)
        old = rows.get(item.touchpoint_id)
        if old and old[2] == h:
            continue
        href = old[0] if old else urljoin(cal, uid + ".ics")
        try:
            etag = dav.put(href, body, ICS, old[1] if old else None)
        except PreconditionFailed:  # one way: ours to overwrite, at its current etag
            got = dav.get(href)
            etag = dav.put(href, body, ICS, got[0] if got else None)
        _save(item.touchpoint_id, href, etag, h)
        report.todos_written += 1
    for tid, (href, etag, _) in rows.items():
        if tid in keep:
            continue
        p.check()
        try:
            dav.delete(href, etag)
        except PreconditionFailed:
            got = dav.get(href)
            if got is not None:
                dav.delete(href, got[0])
        with database.atomic():
            database.execute_sql("DELETE FROM sync_todo WHERE touchpoint_id = ?", (tid,))
        report.todos_removed += 1
