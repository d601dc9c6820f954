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
