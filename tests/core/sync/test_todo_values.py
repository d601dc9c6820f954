"""A phone's VTODO read by its values (no server needed), and the status row's hash column."""
from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.sync.todos import PhoneTodo, Row, Unreadable, _row, read_todo


def _cal(*lines: str, component: str = "VTODO") -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//y//EN",
                         f"BEGIN:{component}", "UID:a", *lines, f"END:{component}",
                         "END:VCALENDAR"]) + "\r\n").encode("utf-8")


@pytest.mark.parametrize("lines, expected", [
    (("DUE;VALUE=DATE:20260306", "STATUS:NEEDS-ACTION"), PhoneTodo(False, date(2026, 3, 6))),
    (("DUE:20260306T100000Z", "STATUS:COMPLETED"), PhoneTodo(True, date(2026, 3, 6))),
    (("DUE;TZID=Asia/Shanghai:20260306T090000", "PERCENT-COMPLETE:100"),
     PhoneTodo(True, date(2026, 3, 6))),
    (("DTSTART;VALUE=DATE:20260305", "COMPLETED:20260305T080000Z"),
     PhoneTodo(True, date(2026, 3, 5))),  # no DUE: the start day
    (("STATUS:IN-PROCESS", "PERCENT-COMPLETE:40"), PhoneTodo(False, None)),  # no date at all
    (("status:completed", "DUE;VALUE=DATE:2026\r\n 0306"),  # lower case; folded (CRLF space)
     PhoneTodo(True, date(2026, 3, 6))),
    (("DUE;VALUE=DATE:20260306", "STATUS:CANCELLED"),  # iOS Reminders, Tasks.org, Thunderbird
     PhoneTodo(False, date(2026, 3, 6), cancelled=True)),
    (("DUE;VALUE=DATE:20260306", "status:Cancelled"), PhoneTodo(False, date(2026, 3, 6), True)),
    (("STATUS:CANCELLED", "PERCENT-COMPLETE:100", "COMPLETED:20260305T080000Z",
      "DTSTART;VALUE=DATE:20260305"),  # the status is the latest word: cancelled, not done
     PhoneTodo(False, date(2026, 3, 5), cancelled=True)),
])
def test_the_values_of_a_phones_to_do(lines, expected):
    assert read_todo(_cal(*lines)) == expected


def test_an_alarms_lines_are_not_the_to_dos():
    data = _cal("DUE;VALUE=DATE:20260306", "BEGIN:VALARM", "TRIGGER:-PT15M",
                "DUE;VALUE=DATE:20260101", "END:VALARM", "STATUS:NEEDS-ACTION")
    assert read_todo(data) == PhoneTodo(False, date(2026, 3, 6))


@pytest.mark.parametrize("data, problem", [
    (b"\xff\xfe not text", "it is not iCalendar text"),
    (b"<html>log in</html>", "it is not iCalendar text"),
    (_cal("DTSTART;VALUE=DATE:20260306", component="VEVENT"),
     "it is an event or something else, not a to-do"),
    (_cal("DUE:tomorrow"), "its due date 'tomorrow' is not a date"),
    (_cal("DUE;VALUE=DATE:20261340"), "its due date '20261340' is not a date"),
])
def test_what_is_not_a_to_do_says_why(data, problem):
    with pytest.raises(Unreadable) as e:
        read_todo(data)
    assert str(e.value.problem) == problem


@pytest.mark.parametrize("row", [
    Row("/c/a.ics", '"e1"', "f" * 64, date(2026, 3, 6)),
    Row("/c/a.ics", "", "f" * 64, date(2026, 3, 6), deleted=True),
    Row("/c/a.ics", '"e1"', "", date(2026, 3, 6)),  # to be written again
    Row("/c/a.ics", '"e1"', "f" * 64, None),
])
def test_the_hash_column_keeps_each_part_in_its_place(row):
    assert _row(row.href, row.etag, row.stored) == row


def test_a_row_from_before_holds_the_hash_alone():
    assert _row("/c/a.ics", "e", "f" * 64) == Row("/c/a.ics", "e", "f" * 64, None)


def test_a_report_counts_the_phones_cancellations_and_reads_them_back():
    from desktop_app.core.sync.report import Report

    report = Report(todos_cancelled=2, todos_cancel_overruled=1)
    lines = [str(line) for line in report.lines()]
    assert "On the phone: 2 follow-ups cancelled (skipped here, the next step scheduled)." \
        in lines
    assert "1 follow-ups cancelled on the phone had been rescheduled here since: they stay due " \
           "on the date set here and go back to the phone." in lines
    back = Report.from_json(report.to_json())
    assert (back.todos_cancelled, back.todos_cancel_overruled) == (2, 1)
    assert [str(line) for line in back.lines()] == lines
    assert Report.from_json('{"todos_cancelled": "two"}') is None
    quiet = [str(line) for line in Report().lines()]  # none cancelled: not said
    assert not any("cancelled" in line for line in quiet)
