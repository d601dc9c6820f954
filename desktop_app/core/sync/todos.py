"""Due touchpoints of the next 14 days (and the overdue ones) as all-day VTODOs on the
account's calendar, two ways: what the phone did to one of ours is read back before we write.

Each pass (step 4 of ``run.sync``):

1. **Read the phone's side.** One Depth-1 PROPFIND lists the calendar's etags; the to-dos of
   ours whose etag differs from the status row's are fetched (calendar-multiget) and read by
   their *values* (STATUS, COMPLETED, PERCENT-COMPLETE, DUE), never by their bytes: our own
   write keeps its etag in the row, and a server that re-serialises (other line order,
   folding) changes the etag but not the values, so it changes nothing here.
2. **Ticked there** (STATUS:COMPLETED, PERCENT-COMPLETE:100 or a COMPLETED date): the touchpoint
   is completed here with ``touchpoints.complete`` (the Today tab's use case; outcome unknown,
   today the pass's day; the next step is scheduled as usual), the interaction's summary says
   "在手机上完成: 黄金七天 · 第3天", and the to-do leaves the calendar like any done one. One
   done, skipped or stopped here meanwhile: nothing more (no second entry).
3. **Cancelled there** (STATUS:CANCELLED, as iOS Reminders, Tasks.org and Thunderbird write
   it: "skip this step"): the touchpoint is skipped here with ``touchpoints.skip`` (the Today
   tab's Skip; the next step is scheduled as usual), the skipped step's timeline entry says
   "在手机上取消: 黄金七天 · 第3天", and the to-do leaves the calendar as a ticked one does.
   If its date was changed here since our last write, the date here wins, as for a move: the
   step stays due and the to-do goes back to the phone, open (the report says so). One done,
   skipped or stopped here meanwhile stays so: nothing more. A STATUS:CANCELLED to-do is
   cancelled even with a completion date or 100 percent (its status is the latest word).
4. **Moved there** (DUE another day, still open): rescheduled here to that day
   (``touchpoints.reschedule``), unless its date was also changed here since our last write:
   then the date here wins and is written over the phone's (the report says so). A move to a
   day past the 14-day window keeps its to-do (a to-do stays while its touchpoint is pending),
   so it is not removed and added again; a move to a day already past is refused like one
   typed here (report line) and the date here is written back.
5. **Deleted there**: the step stays due here (Today lists it; a swipe on the phone skips or
   loses nothing) and the to-do is not written back, so it does not come back against the
   salesperson's will. It returns only if its date is changed here; the next step gets its
   own to-do as usual. (A calendar where every one of ours vanished at once, five or more,
   was reset or emptied rather than cleaned by hand: they are written again.)
6. **Nonsense** (not iCalendar, an event instead of a to-do, a DUE that is no date): skipped
   with a line in the report, nothing changes here; the phone's copy stays until the
   follow-up changes here.

Then the calendar is made to hold the due touchpoints: new or changed ones PUT (If-Match),
those done, skipped or stopped DELETEd. A 412 (the phone changed it just now) leaves it for
the next pass, which reads the change first.

Status table ``sync_todo``: per touchpoint its href, etag, and in ``hash`` the SHA-256 of what
we wrote (the DTSTAMP is left out, so an unchanged touch is not rewritten every pass) followed
by the due date written (``<sha> 2026-03-06``; ``<sha> 2026-03-06 deleted`` for one deleted on
the phone): the written date tells a move there from a reschedule here.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from urllib.parse import unquote, urljoin, urlsplit

from desktop_app.core.errors import ContactBookError, NotFound
from desktop_app.core.followup import agenda, touchpoints
from desktop_app.core.messages import Message, msg
from desktop_app.core.storage.rows import require_live_contacts
from desktop_app.core.storage.schema import database
from desktop_app.core.sync.dav import PreconditionFailed
from desktop_app.core.transfer.exporting.ics import content_line
from desktop_app.core.transfer.ics import PRODID

DAYS = 14
ICS = "text/calendar; charset=utf-8"
DELETED = "deleted"
RESET = 5  # this many of ours or more gone at once, all of them: the calendar was reset
PHONE_DONE = "在手机上完成: {label}"  # the timeline's text (stored data, like the cadence's)
PHONE_CANCELLED = "在手机上取消: {label}"


def summary(item) -> str:
    """黄金七天 · 第3天 · 叶辉"""
    return f"{item.label} · {item.name or item.tag}"


def _body(uid: str, item) -> list[str]:
    return [content_line("UID", uid), content_line("SUMMARY", summary(item)),
            f"DTSTART;VALUE=DATE:{item.due:%Y%m%d}\r\n", f"DUE;VALUE=DATE:{item.due:%Y%m%d}\r\n",
            content_line("DESCRIPTION", "\n".join(x for x in (item.tag, item.phone) if x)),
            "STATUS:NEEDS-ACTION\r\n"]


def _hash(uid: str, item) -> str:
    return hashlib.sha256("".join(_body(uid, item)).encode("utf-8")).hexdigest()


def vtodo(uid: str, item, stamp: str) -> tuple[bytes, str]:
    """The VCALENDAR text and its hash."""
    body = _body(uid, item)
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + content_line("PRODID", PRODID) +
            "BEGIN:VTODO\r\n" + f"DTSTAMP:{stamp}\r\n" + "".join(body) +
            "END:VTODO\r\nEND:VCALENDAR\r\n")
    return text.encode("utf-8"), _hash(uid, item)


def wanted(today) -> list:
    out, offset = [], 0
    while True:
        page = agenda.page(None, today + timedelta(days=DAYS - 1), offset=offset, limit=500)
        out.extend(page)
        if len(page) < 500:
            return out
        offset += 500


# --- the phone's to-do, read by its values -------------------------------------------------

class Unreadable(Exception):
    def __init__(self, problem: Message):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class PhoneTodo:
    done: bool
    due: date | None
    cancelled: bool = False  # STATUS:CANCELLED: skip the step (never ``done`` as well)


def _value_date(value: str) -> date:
    """DATE (20260306) or DATE-TIME (20260306T100000[Z]): its day."""
    v = value.strip()
    if len(v) < 8 or not v[:8].isdigit() or (len(v) > 8 and v[8] != "T"):
        raise ValueError(v)
    return date(int(v[:4]), int(v[4:6]), int(v[6:8]))


def read_todo(data: bytes) -> PhoneTodo:
    """The values of the calendar object's (first) VTODO; ``Unreadable`` says why not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Unreadable(msg("it is not iCalendar text")) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n ", "").replace("\n\t", "")
    props: dict[str, str] = {}
    stack: list[str] = []
    found = other = False
    for line in text.split("\n"):
        head, sep, value = line.partition(":")
        if not sep:
            continue
        name = head.split(";", 1)[0].strip().upper()
        if name == "BEGIN":
            stack.append(value.strip().upper())
            found = found or stack == ["VCALENDAR", "VTODO"]
            other = other or (len(stack) == 2 and stack[1] != "VTIMEZONE")
        elif name == "END":
            if stack:
                stack.pop()
            if found and not stack:
                break
        elif stack == ["VCALENDAR", "VTODO"] and name not in props:
            props[name] = value.strip()
    if not found:
        raise Unreadable(msg("it is an event or something else, not a to-do") if other else
                         msg("it is not iCalendar text"))
    try:
        percent = int(props.get("PERCENT-COMPLETE", "0") or 0)
    except ValueError:
        percent = 0
    status = props.get("STATUS", "").upper()
    cancelled = status == "CANCELLED"
    done = not cancelled and (status == "COMPLETED" or percent >= 100 or
                              bool(props.get("COMPLETED")))
    raw = props.get("DUE") or props.get("DTSTART")
    try:
        due = _value_date(raw) if raw else None
    except ValueError:
        raise Unreadable(msg("its due date {value!r} is not a date", value=raw)) from None
    return PhoneTodo(done, due, cancelled)


# --- the status rows ----------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    href: str
    etag: str
    sha: str  # of what we wrote ("" to write it again)
    due: date | None  # the date we wrote (None: a row from before it was kept)
    deleted: bool = False  # deleted on the phone, the touchpoint still due here

    @property
    def stored(self) -> str:
        """The ``hash`` column: "<sha> <due>[ deleted]" (each part in its place, even empty)."""
        due = self.due.isoformat() if self.due else ""
        return f"{self.sha} {due} {DELETED if self.deleted else ''}".rstrip()


def _row(href: str, etag: str, stored: str) -> Row:
    sha, _, rest = stored.partition(" ")
    day, _, mark = rest.partition(" ")
    try:
        due = date.fromisoformat(day) if day else None
    except ValueError:
        due = None
    return Row(href, etag, sha, due, mark == DELETED)


def _rows() -> dict[int, Row]:
    return {tid: _row(href, etag, h) for tid, href, etag, h in database.execute_sql(
        "SELECT touchpoint_id, href, etag, hash FROM sync_todo")}


def _save(tid: int, row: Row) -> None:
    with database.atomic():
        database.execute_sql(
            "INSERT INTO sync_todo (touchpoint_id, href, etag, hash) VALUES (?,?,?,?) "
            "ON CONFLICT (touchpoint_id) DO UPDATE SET href = excluded.href, "
            "etag = excluded.etag, hash = excluded.hash", (tid, row.href, row.etag, row.stored))


def _drop(tid: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM sync_todo WHERE touchpoint_id = ?", (tid,))


def _pending(tid: int):
    try:
        return touchpoints.pending([tid])[0]
    except NotFound:
        return None


def _later(tids: list[int]) -> list[int]:
    """Those of ``tids`` still pending for a lead not in the trash (due past the window)."""
    pending = [p for p in map(_pending, tids) if p is not None]
    live = {cid for (cid,) in database.execute_sql(
        "SELECT id FROM contact WHERE deleted_at IS NULL AND id IN (SELECT value FROM "
        "json_each(?))", (json.dumps([p.contact_id for p in pending]),))} if pending else set()
    return [p.id for p in pending if p.contact_id in live]


def _uid(p, tid: int) -> str:
    return f"contact-book-{p.account.device}-touchpoint-{tid}"


# --- 1-6: what the phone did ---------------------------------------------------------------

def read_phone(p, rows: dict[int, Row]) -> dict[int, Row]:
    """Take what the phone did to our to-dos (ticked, cancelled, moved, deleted) here; the
    rows after."""
    live = {tid: row for tid, row in rows.items() if not row.deleted}
    if not live:
        return rows
    p.progress(msg("Reading the follow-ups on the calendar"), 0, len(live))
    cal = urlsplit(p.account.calendar).path
    listing = {unquote(h): (h, etag) for h, etag in p.dav.etags(cal).items()}
    gone = [tid for tid, row in live.items() if unquote(row.href) not in listing]
    if len(gone) >= RESET and len(gone) == len(live):  # the calendar was reset: write again
        for tid in gone:
            _drop(tid)
            rows.pop(tid)
        return rows
    for tid in gone:
        p.check()
        row = rows[tid]
        if _pending(tid) is None:
            _drop(tid)
            rows.pop(tid)
            continue
        rows[tid] = replace(row, etag="", deleted=True)
        _save(tid, rows[tid])
        p.report.todos_deleted += 1
    changed = {listing[unquote(row.href)]: tid for tid, row in live.items()
               if tid not in gone and listing[unquote(row.href)][1] != row.etag}
    bodies = {unquote(h): got for h, got in p.dav.multiget(
        cal, sorted(h for h, _ in changed), calendar=True).items()} if changed else {}
    for (href, etag), tid in sorted(changed.items(), key=lambda x: x[1]):
        p.check()
        if unquote(href) not in bodies:  # deleted between the listing and the read: next pass
            continue
        got, data = bodies[unquote(href)]
        rows[tid] = _take(p, tid, replace(rows[tid], etag=got or etag), data)
    return rows


def _take(p, tid: int, row: Row, data: bytes) -> Row:
    """One of ours changed there: apply it here (one transaction with its row)."""
    r = p.report
    pending = _pending(tid)
    try:
        todo = read_todo(data)
    except Unreadable as e:
        _skip(p, tid, pending, row, e.problem)
        _save(tid, row)
        return row
    if pending is None:  # done, skipped or stopped here meanwhile: it leaves the calendar
        _save(tid, row)
        return row
    written = row.due if row.due is not None else _written_due(p, tid, row, todo)
    try:
        with database.atomic():
            if todo.done:
                r.changes |= touchpoints.complete(tid, None, today=p.today, now=p.now,
                                                  note=PHONE_DONE.format(label=pending.label))
                r.todos_ticked += 1
            elif todo.cancelled:
                if pending.due != (todo.due if written is None else written):  # moved here
                    r.todos_cancel_overruled += 1
                    row = replace(row, sha="")  # the date here goes back, open
                else:
                    require_live_contacts([pending.contact_id])  # as a tick's log refuses
                    r.changes |= touchpoints.skip(
                        tid, today=p.today, now=p.now,
                        note=PHONE_CANCELLED.format(label=pending.label))
                    r.todos_cancelled += 1
            elif todo.due is not None and todo.due != written:
                if written is None or pending.due != written:  # rescheduled here too
                    if pending.due != todo.due:
                        r.todos_kept_here += 1
                        row = replace(row, sha="")
                else:
                    r.changes |= touchpoints.reschedule(tid, todo.due, today=p.today, now=p.now)
                    r.todos_moved += 1
            _save(tid, row)
    except ContactBookError as e:  # a day already past, a lead in the trash: here wins
        row = replace(row, sha="")
        _skip(p, tid, pending, row, e.message)
        _save(tid, row)
    return row


def _written_due(p, tid: int, row: Row, todo: PhoneTodo) -> date | None:
    """A row from before the written date was kept: the date whose to-do has the row's hash."""
    found = agenda.items([tid])
    if not found:
        return None
    item = found[0]
    for day in (item.due, todo.due):
        if day is not None and _hash(_uid(p, tid), item.with_due(day)) == row.sha:
            return day
    return None


def _skip(p, tid: int, pending, row: Row, problem) -> None:
    found = agenda.items([tid]) if pending is not None else []
    what = summary(found[0]) if found else unquote(row.href)
    p.report.todos_skipped.append(msg("The follow-up {what} on the calendar: {problem}",
                                      what=what, problem=problem))


# --- then the calendar holds the due touchpoints -------------------------------------------

def sync_todos(p) -> None:
    """Step 4 of a pass (``run.Pass`` ``p``): read what the phone did, then make the calendar
    hold the due touchpoints."""
    dav, report = p.dav, p.report
    cal = urlsplit(p.account.calendar).path
    stamp = p.now.strftime("%Y%m%dT%H%M%SZ")
    rows = read_phone(p, _rows())
    items = wanted(p.today)
    keep = {item.touchpoint_id for item in items}
    later = _later([tid for tid in rows if tid not in keep])
    items += agenda.items(later)  # moved past the window (on the phone or here): kept
    keep.update(later)
    for n, item in enumerate(items):
        p.check()
        p.progress(msg("Writing the follow-ups to the calendar"), n, len(items))
        tid = item.touchpoint_id
        uid = _uid(p, tid)
        body, h = vtodo(uid, item, stamp)
        old = rows.get(tid)
        if old and (old.sha == h or (old.deleted and old.due == item.due)):
            continue
        href = old.href if old else urljoin(cal, uid + ".ics")
        try:
            etag = dav.put(href, body, ICS, None if old is None or old.deleted else old.etag)
        except PreconditionFailed:  # changed there just now: read first, at the next pass
            continue
        _save(tid, Row(href, etag, h, item.due))
        report.todos_written += 1
    for tid, row in rows.items():
        if tid in keep:
            continue
        p.check()
        if not row.deleted:
            try:
                dav.delete(row.href, row.etag)
            except PreconditionFailed:  # changed there since: it is done here all the same
                got = dav.get(row.href)
                if got is not None:
                    dav.delete(row.href, got[0])
            report.todos_removed += 1
        _drop(tid)
