"""The follow-ups' to-dos, two ways, against a real Radicale: what the phone does to one of
ours (tick, move, delete, a server re-serialising it, nonsense) is read back before we write.
The "phone" PUTs the modified VTODO If-Match the etag it holds, as DAVx5 does."""
from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
import requests

from tests.core.sync.conftest import NOW, TODAY, add, connect, device, run_sync
from tests.core.sync.phone import Phone
from tests.core.sync.test_faults_and_corpus import TAG

ICS = "text/calendar; charset=utf-8"
FRIDAY = TODAY + timedelta(days=4)  # TODAY is a Monday


@pytest.fixture
def synced(radicale, user, tmp_path):
    """A lead on 黄金七天 from TODAY, synced once: (db path, contact id, phone's calendar)."""
    db = tmp_path / "a.sqlite3"
    with device(db):
        acct = connect(radicale.url, user)
        cid = add(TAG, "13800000001")
        from desktop_app.core.followup import touchpoints

        touchpoints.start([cid], "golden-week", TODAY)
        assert run_sync().todos_written == 1
    return db, cid, Phone(acct.calendar, user, ICS)


def _edit(cal: Phone, change) -> str:
    """The phone changes our one to-do (``change(text) -> text``), If-Match its etag."""
    (href,) = cal.hrefs()
    etag, body = cal.get(href)
    new = change(body.decode("utf-8"))
    assert new != body.decode("utf-8")
    cal.put(href, new.encode("utf-8"), etag)
    return href


def _tick(*lines):
    return lambda text: text.replace("STATUS:NEEDS-ACTION\r\n", "".join(l + "\r\n" for l in lines))


def _move(day):
    return lambda text: text.replace(f"DUE;VALUE=DATE:{TODAY:%Y%m%d}", f"DUE;VALUE=DATE:{day:%Y%m%d}") \
        .replace(f"DTSTART;VALUE=DATE:{TODAY:%Y%m%d}", f"DTSTART;VALUE=DATE:{day:%Y%m%d}")


def _pending(cid):
    from desktop_app.core.followup import touchpoints

    p = touchpoints.pending_for([cid]).get(cid)
    return (p.step, p.due) if p else None


def _interactions(cid):
    from desktop_app.core.storage.schema import database

    return database.execute_sql(
        "SELECT kind, channel, outcome, summary, old_value, new_value FROM interaction "
        "WHERE contact_id = ? ORDER BY id", (cid,)).fetchall()


def _snapshot():
    from desktop_app.core.storage.schema import database

    return [database.execute_sql(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("touchpoint", "cadence", "interaction", "contact")]


def _todo_lines(cal: Phone) -> list[list[str]]:
    """Each to-do's SUMMARY, DUE and STATUS, in that order (Radicale orders them its way)."""
    order = ("SUMMARY", "DUE", "STATUS")
    return [sorted((line for line in cal.get(h)[1].decode().splitlines()
                    if line.startswith(order)), key=lambda line: order.index(line[:3].replace(
                        "SUM", "SUMMARY").replace("STA", "STATUS")))
            for h in cal.hrefs()]


@pytest.mark.parametrize("tick", [
    ("STATUS:COMPLETED", "COMPLETED:20260302T100000Z", "PERCENT-COMPLETE:100"),  # Tasks.org, jtx
    ("STATUS:NEEDS-ACTION", "PERCENT-COMPLETE:100"),  # only the percentage
    ("STATUS:NEEDS-ACTION", "COMPLETED:20260302T100000Z"),  # only the completion time
])
def test_a_tick_on_the_phone_completes_the_step_here_and_schedules_the_next(synced, tick):
    db, cid, cal = synced
    old = _edit(cal, _tick(*tick))
    with device(db):
        before = len(_interactions(cid))
        report = run_sync()
        assert report.todos_ticked == 1 and report.todos_removed == 1
        assert report.todos_written == 1  # the next step, 黄金七天 · 第3天, due in two days
        assert _pending(cid) == (1, TODAY + timedelta(days=2))
        added = _interactions(cid)[before:]
        assert ("interaction", "call", None, "在手机上完成: 黄金七天 · 第1天", None, None) in added
        assert [a[0] for a in added].count("interaction") == 1
        assert "On the phone: 1 follow-ups ticked (done here), 0 moved (rescheduled here), " \
               "0 deleted (still due here)." in report.lines()
        assert not report.skipped and not report.todos_skipped
    assert old not in cal.hrefs()
    assert _todo_lines(cal) == [[f"SUMMARY:黄金七天 · 第3天 · 叶辉",
                                 f"DUE;VALUE=DATE:{TODAY + timedelta(days=2):%Y%m%d}",
                                 "STATUS:NEEDS-ACTION"]]
    with device(db):  # the next pass: nothing more
        after = _snapshot()
        report = run_sync()
        assert (report.todos_ticked, report.todos_written, report.todos_removed) == (0, 0, 0)
        assert _snapshot() == after


def test_a_tick_on_a_step_done_here_meanwhile_adds_nothing(synced):
    db, cid, cal = synced
    with device(db):
        from desktop_app.core.followup import touchpoints

        touchpoints.complete(touchpoints.pending_for([cid])[cid].id, "reached", today=TODAY,
                             now=NOW)
        done_here = _interactions(cid)
    _edit(cal, _tick("STATUS:COMPLETED", "PERCENT-COMPLETE:100"))
    with device(db):
        report = run_sync()
        assert report.todos_ticked == 0 and report.todos_removed == 1
        assert _interactions(cid) == done_here  # no second entry
        assert _pending(cid) == (1, TODAY + timedelta(days=2))


def test_a_move_on_the_phone_reschedules_here(synced):
    db, cid, cal = synced
    _edit(cal, _move(FRIDAY))
    with device(db):
        report = run_sync()
        assert report.todos_moved == 1 and report.todos_ticked == 0
        assert _pending(cid) == (0, FRIDAY)
        assert ("cadence-rescheduled", None, None, "黄金七天 · 第1天", TODAY.isoformat(),
                FRIDAY.isoformat()) in [(k, c, o, s, a, b) for k, c, o, s, a, b in _interactions(cid)]
        assert "On the phone: 0 follow-ups ticked (done here), 1 moved (rescheduled here), " \
               "0 deleted (still due here)." in report.lines()
        again = run_sync()
        assert (again.todos_moved, again.todos_written, again.todos_removed) == (0, 0, 0)
    assert _todo_lines(cal) == [["SUMMARY:黄金七天 · 第1天 · 叶辉",
                                 f"DUE;VALUE=DATE:{FRIDAY:%Y%m%d}", "STATUS:NEEDS-ACTION"]]


def test_a_move_on_the_phone_of_a_step_rescheduled_here_too_keeps_the_date_here(synced):
    db, cid, cal = synced
    _edit(cal, _move(FRIDAY))
    thursday = FRIDAY - timedelta(days=1)
    with device(db):
        from desktop_app.core.followup import touchpoints

        touchpoints.reschedule(touchpoints.pending_for([cid])[cid].id, thursday, today=TODAY,
                               now=NOW)
        report = run_sync()
        assert report.todos_kept_here == 1 and report.todos_moved == 0
        assert _pending(cid) == (0, thursday)
        assert "1 follow-ups moved on the phone were rescheduled here too: the date set here " \
               "was kept." in report.lines()
    assert _todo_lines(cal) == [["SUMMARY:黄金七天 · 第1天 · 叶辉",
                                 f"DUE;VALUE=DATE:{thursday:%Y%m%d}", "STATUS:NEEDS-ACTION"]]


def test_a_move_past_the_window_stays_on_the_phone_without_a_loop(synced):
    db, cid, cal = synced
    far = TODAY + timedelta(days=24)  # a Friday, ten days past the 14-day window
    href = _edit(cal, _move(far))
    with device(db):
        report = run_sync()
        assert report.todos_moved == 1 and report.todos_removed == 0
        assert _pending(cid) == (0, far)
        for _ in range(2):
            again = run_sync()
            assert (again.todos_written, again.todos_removed, again.todos_moved) == (0, 0, 0)
    assert cal.hrefs() == [href]
    assert _todo_lines(cal)[0][1] == f"DUE;VALUE=DATE:{far:%Y%m%d}"


def test_a_move_to_a_day_past_is_refused_and_the_date_here_written_back(synced):
    db, cid, cal = synced
    _edit(cal, _move(TODAY - timedelta(days=3)))
    with device(db):
        before = _snapshot()
        report = run_sync()
        assert report.todos_moved == 0 and report.todos_written == 1
        assert _snapshot() == before
        assert any("黄金七天 · 第1天 · 叶辉" in line and "has passed" in line
                   for line in report.lines())
    assert _todo_lines(cal)[0][1] == f"DUE;VALUE=DATE:{TODAY:%Y%m%d}"


def test_a_to_do_deleted_on_the_phone_stays_due_here_and_is_not_written_back(synced):
    db, cid, cal = synced
    (href,) = cal.hrefs()
    cal.delete(href)
    with device(db):
        before = _snapshot()
        report = run_sync()
        assert report.todos_deleted == 1 and report.todos_written == 0
        assert _snapshot() == before  # nothing skipped or lost here: Today still lists it
        assert _pending(cid) == (0, TODAY)
        assert "On the phone: 0 follow-ups ticked (done here), 0 moved (rescheduled here), " \
               "1 deleted (still due here)." in report.lines()
        again = run_sync()
        assert (again.todos_deleted, again.todos_written, again.todos_removed) == (0, 0, 0)
    assert cal.hrefs() == []
    with device(db):  # a new date here brings it back
        from desktop_app.core.followup import touchpoints

        touchpoints.reschedule(touchpoints.pending_for([cid])[cid].id, FRIDAY, today=TODAY,
                               now=NOW)
        assert run_sync().todos_written == 1
    assert _todo_lines(cal) == [["SUMMARY:黄金七天 · 第1天 · 叶辉",
                                 f"DUE;VALUE=DATE:{FRIDAY:%Y%m%d}", "STATUS:NEEDS-ACTION"]]
    with device(db):  # done here: it goes as any done one
        touchpoints.complete(touchpoints.pending_for([cid])[cid].id, None, today=TODAY, now=NOW)
        assert run_sync().todos_removed == 1


def test_a_deleted_step_done_here_leaves_no_row_and_the_next_step_gets_its_to_do(synced):
    db, cid, cal = synced
    cal.delete(cal.hrefs()[0])
    with device(db):
        from desktop_app.core.followup import touchpoints
        from desktop_app.core.storage.schema import database

        assert run_sync().todos_deleted == 1
        touchpoints.complete(touchpoints.pending_for([cid])[cid].id, None, today=TODAY, now=NOW)
        report = run_sync()
        assert (report.todos_written, report.todos_removed) == (1, 0)
        assert database.execute_sql("SELECT COUNT(*) FROM sync_todo").fetchone()[0] == 1
    assert _todo_lines(cal)[0][0] == "SUMMARY:黄金七天 · 第3天 · 叶辉"


def _reserialise(text: str) -> str:
    """The same values, other bytes: properties in another order, LF line ends, a long line
    folded, a lower-case property name, a parameter quoted."""
    lines = text.replace("\r\n ", "").split("\r\n")
    start, end = lines.index("BEGIN:VTODO"), lines.index("END:VTODO")
    body = list(reversed(lines[start + 1:end]))
    body = [line.replace("STATUS:", "status:").replace("DUE;VALUE=DATE", 'DUE;VALUE="DATE"')
            for line in body] + ["X-SERVER-NOTE:" + "re-serialised " * 10]
    folded = []
    for line in body:
        while len(line.encode()) > 60:
            folded.append(line[:40])
            line = " " + line[40:]
        folded.append(line)
    return "\n".join(lines[:start + 1] + folded + lines[end:])


def test_a_server_that_re_serialises_a_to_do_changes_nothing_here(synced):
    db, cid, cal = synced
    _edit(cal, _reserialise)
    with device(db):
        before = _snapshot()
        report = run_sync()
        assert (report.todos_ticked, report.todos_moved, report.todos_deleted,
                report.todos_kept_here, report.todos_written) == (0, 0, 0, 0, 0)
        assert not report.todos_skipped
        assert _snapshot() == before
        from desktop_app.core.storage.schema import database

        (etag,) = database.execute_sql("SELECT etag FROM sync_todo").fetchone()
    assert etag == cal.get(cal.hrefs()[0])[0]  # the new etag taken: not read again


class Answering(requests.Session):
    """What the server says a to-do holds, changed by ``change(text) -> text`` (Radicale itself
    refuses to store nonsense, so a server that answers it is simulated here)."""

    def __init__(self, change):
        super().__init__()
        self.change = change

    def request(self, method, url, **kw):
        r = super().request(method, url, **kw)
        if method == "REPORT" and b"calendar-multiget" in (kw.get("data") or b""):
            text = r.content.decode("utf-8")
            head, sep, rest = text.partition("BEGIN:VCALENDAR")
            body, sep2, tail = rest.partition("END:VCALENDAR")
            inner = self.change(html.unescape(sep + body + sep2))
            r._content = (head + html.escape(inner, quote=False) + tail).encode("utf-8")
        return r


@pytest.mark.parametrize("change, problem", [
    (lambda text: "this is not a calendar\r\n", "it is not iCalendar text"),
    (lambda text: text.replace("VTODO", "VEVENT"), "it is an event or something else, not a to-do"),
    (lambda text: re.sub(r"DUE;VALUE=DATE:\d+", "DUE:tomorrow", text),
     "its due date 'tomorrow' is not a date"),
])
def test_a_nonsense_to_do_is_skipped_with_a_line_and_changes_nothing(synced, change, problem):
    db, cid, cal = synced
    _edit(cal, lambda text: text.replace("END:VTODO", "X-PHONE:touched\r\nEND:VTODO"))
    with device(db):
        from desktop_app.core.sync import account
        from desktop_app.core.sync.dav import DavClient

        acct = account.load()
        dav = DavClient(acct.url, acct.user, "", session=Answering(change), timeout=10)
        before = _snapshot()
        report = run_sync(dav=dav)
        assert report.outcome == "ok" and not report.skipped  # the address book's token moves on
        assert report.todos_skipped == [
            f"The follow-up 黄金七天 · 第1天 · 叶辉 on the calendar: {problem}"]
        assert f"Skipped: The follow-up 黄金七天 · 第1天 · 叶辉 on the calendar: {problem}" \
            in report.lines()
        assert _snapshot() == before
        assert (report.todos_ticked, report.todos_moved, report.todos_written) == (0, 0, 0)
        assert not run_sync(dav=dav).todos_skipped  # said once


def test_an_event_put_on_the_phone_in_place_of_the_to_do_is_skipped(synced):
    db, cid, cal = synced
    _edit(cal, lambda text: text.replace("VTODO", "VEVENT"))
    with device(db):
        before = _snapshot()
        report = run_sync()
        assert report.todos_skipped == ["The follow-up 黄金七天 · 第1天 · 叶辉 on the calendar: "
                                        "it is an event or something else, not a to-do"]
        assert _snapshot() == before


def test_our_own_writes_are_not_read_as_the_phones(synced):
    db, cid, cal = synced
    with device(db):
        from desktop_app.core.followup import touchpoints

        touchpoints.reschedule(touchpoints.pending_for([cid])[cid].id, FRIDAY, today=TODAY,
                               now=NOW)
        assert run_sync().todos_written == 1
        before = _snapshot()
        report = run_sync()
        assert (report.todos_ticked, report.todos_moved, report.todos_kept_here,
                report.todos_written) == (0, 0, 0, 0)
        assert _snapshot() == before


def test_a_row_from_before_the_written_date_was_kept_still_tells_a_move(synced):
    db, cid, cal = synced
    with device(db):
        from desktop_app.core.storage.schema import database

        database.execute_sql("UPDATE sync_todo SET hash = substr(hash, 1, 64)")
    _edit(cal, _move(FRIDAY))
    with device(db):
        report = run_sync()
        assert report.todos_moved == 1 and _pending(cid) == (0, FRIDAY)


def test_a_calendar_emptied_of_all_our_to_dos_gets_them_again(radicale, user, tmp_path):
    db = tmp_path / "a.sqlite3"
    with device(db):
        acct = connect(radicale.url, user)
        from desktop_app.core.followup import touchpoints

        touchpoints.start([add(f"上海-公司{i}-咨询-1千万-叶{i}-创始人-知乎", f"1380000000{i}")
                           for i in range(5)], "golden-week", TODAY)
        assert run_sync().todos_written == 5
    cal = Phone(acct.calendar, user, ICS)
    for href in cal.hrefs():
        cal.delete(href)
    with device(db):
        report = run_sync()
        assert (report.todos_deleted, report.todos_written) == (0, 5)
    assert len(cal.hrefs()) == 5


def test_a_lead_moved_past_the_window_then_trashed_loses_its_to_do(synced):
    db, cid, cal = synced
    _edit(cal, _move(TODAY + timedelta(days=24)))
    with device(db):
        assert run_sync().todos_moved == 1
        from desktop_app.core.contacts import records

        records.trash([cid], now=NOW)
        assert run_sync().todos_removed == 1
    assert cal.hrefs() == []


def test_a_tick_on_the_phone_is_not_written_over_when_the_lead_changed_here(synced):
    """What the salesperson saw before: the lead renamed here, the next sync wrote the to-do
    again as NEEDS-ACTION over the phone's tick, and the step stayed due."""
    db, cid, cal = synced
    old = _edit(cal, _tick("STATUS:COMPLETED", "PERCENT-COMPLETE:100"))
    with device(db):
        from desktop_app.core.contacts import editing

        editing.update(cid, {"name": "叶总"}, now=NOW)
        report = run_sync()
        assert report.todos_ticked == 1 and _pending(cid)[0] == 1
    assert old not in cal.hrefs()
    assert _todo_lines(cal)[0][0] == "SUMMARY:黄金七天 · 第3天 · 叶总"


def _cancel(day=None):
    """The phone cancels the to-do (iOS Reminders, Tasks.org, Thunderbird), and maybe moved it
    before (``day``)."""
    moved = _move(day) if day else (lambda text: text)
    return lambda text: moved(text).replace("STATUS:NEEDS-ACTION", "STATUS:CANCELLED")


@pytest.mark.parametrize("day", [None, FRIDAY])
def test_a_to_do_cancelled_on_the_phone_skips_the_step_here_and_schedules_the_next(synced, day):
    """Before, a cancelled to-do was neither a tick nor a deletion: nothing happened here and
    the next change here wrote NEEDS-ACTION over it."""
    db, cid, cal = synced
    old = _edit(cal, _cancel(day))
    with device(db):
        before = len(_interactions(cid))
        report = run_sync()
        assert (report.todos_cancelled, report.todos_ticked, report.todos_moved) == (1, 0, 0)
        assert (report.todos_removed, report.todos_written) == (1, 1)  # the next step's to-do
        assert _pending(cid) == (1, TODAY + timedelta(days=2))
        added = _interactions(cid)[before:]
        assert added == [("cadence-step-skipped", None, None, "在手机上取消: 黄金七天 · 第1天",
                          None, None)]  # as Today's Skip, said to come from the phone
        assert "On the phone: 1 follow-ups cancelled (skipped here, the next step scheduled)." \
            in report.lines()
        assert not report.skipped and not report.todos_skipped
    assert old not in cal.hrefs()
    assert _todo_lines(cal) == [["SUMMARY:黄金七天 · 第3天 · 叶辉",
                                 f"DUE;VALUE=DATE:{TODAY + timedelta(days=2):%Y%m%d}",
                                 "STATUS:NEEDS-ACTION"]]
    with device(db):  # the next pass: nothing more
        after = _snapshot()
        report = run_sync()
        assert (report.todos_cancelled, report.todos_written, report.todos_removed) == (0, 0, 0)
        assert _snapshot() == after


def test_a_cancel_on_the_phone_is_not_written_over_when_the_lead_changed_here(synced):
    db, cid, cal = synced
    old = _edit(cal, _cancel())
    with device(db):
        from desktop_app.core.contacts import editing

        editing.update(cid, {"name": "叶总"}, now=NOW)
        report = run_sync()
        assert report.todos_cancelled == 1 and _pending(cid)[0] == 1
    assert old not in cal.hrefs()
    assert _todo_lines(cal)[0][0] == "SUMMARY:黄金七天 · 第3天 · 叶总"


def test_a_cancel_on_the_phone_of_a_step_rescheduled_here_since_keeps_it_due_here(synced):
    db, cid, cal = synced
    href = _edit(cal, _cancel())
    thursday = FRIDAY - timedelta(days=1)
    with device(db):
        from desktop_app.core.followup import touchpoints

        touchpoints.reschedule(touchpoints.pending_for([cid])[cid].id, thursday, today=TODAY,
                               now=NOW)
        before = _snapshot()
        report = run_sync()
        assert (report.todos_cancel_overruled, report.todos_cancelled) == (1, 0)
        assert _snapshot() == before  # not skipped: the step stays due on the date set here
        assert _pending(cid) == (0, thursday)
        assert "1 follow-ups cancelled on the phone had been rescheduled here since: they stay " \
               "due on the date set here and go back to the phone." in report.lines()
        assert report.todos_written == 1
        again = run_sync()
        assert (again.todos_cancelled, again.todos_cancel_overruled, again.todos_written,
                again.todos_removed) == (0, 0, 0, 0)
    assert cal.hrefs() == [href]
    assert _todo_lines(cal) == [["SUMMARY:黄金七天 · 第1天 · 叶辉",
                                 f"DUE;VALUE=DATE:{thursday:%Y%m%d}", "STATUS:NEEDS-ACTION"]]


def test_a_cancel_on_the_phone_of_a_step_done_here_meanwhile_leaves_it_done(synced):
    db, cid, cal = synced
    with device(db):
        from desktop_app.core.followup import touchpoints

        touchpoints.complete(touchpoints.pending_for([cid])[cid].id, "reached", today=TODAY,
                             now=NOW)
        done_here = _interactions(cid)
    old = _edit(cal, _cancel())
    with device(db):
        report = run_sync()
        assert (report.todos_cancelled, report.todos_cancel_overruled) == (0, 0)
        assert report.todos_removed == 1 and report.todos_written == 1  # the next step's
        assert _interactions(cid) == done_here  # done stays done: no skip on top
        assert _pending(cid) == (1, TODAY + timedelta(days=2))
    assert old not in cal.hrefs()


def test_a_cancel_on_the_phone_of_a_lead_in_the_trash_skips_nothing(synced):
    db, cid, cal = synced
    _edit(cal, _cancel())
    with device(db):
        from desktop_app.core.contacts import records

        records.trash([cid], now=NOW)
        before = _snapshot()
        report = run_sync()
        assert report.todos_cancelled == 0 and report.todos_removed == 1
        assert _snapshot() == before  # restored, the lead still has its step due
        assert report.todos_skipped == [
            f"The follow-up 黄金七天 · 第1天 · 叶辉 on the calendar: Contact {cid} is in the trash."]
    assert cal.hrefs() == []
