"""iCalendar export: escaping, folding, stable UIDs, atomic writes, and a round trip through
the ``icalendar`` library."""
import os
from datetime import date, datetime

import pytest
from hypothesis import given, strategies as st

from desktop_app.core.transfer import ics

icalendar = pytest.importorskip("icalendar")

NOW = datetime(2026, 11, 23, 2, 0, 0)
NOTE = "第一行，价格, 交期;\\备注\n第二行：老板说\r\n\"下周再聊\"，OK"


@pytest.mark.parametrize("text, escaped", [
    ("a,b;c\\d", "a\\,b\\;c\\\\d"),
    ("一\n二\r\n三\r四", "一\\n二\\n三\\n四"),
    ("叶辉，您好", "叶辉，您好"),  # a full-width comma is text
    ("", ""),
])
def test_escape_text(text, escaped):
    assert ics.escape_text(text) == escaped


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=400))
def test_folding_keeps_lines_short_and_characters_whole(text):
    folded = ics.fold("DESCRIPTION:" + text)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join([pieces[0]] + [p[1:] for p in pieces[1:]]) == "DESCRIPTION:" + text


def test_a_chinese_line_folds_between_characters():
    line = "SUMMARY:" + "黄金七天" * 20  # 8 + 240 octets
    pieces = ics.fold(line).split("\r\n ")
    # 8 + 22 characters (75 would cut the 23rd); then 24 each after the leading space
    assert [len(p.encode()) for p in pieces] == [74, 72, 72, 30]
    pieces[0].encode().decode()  # each piece is valid UTF-8 on its own


def test_calendar_round_trips_through_icalendar(tmp_path):
    events = [ics.Event("touchpoint-7@contact-book", date(2026, 11, 25), "黄金七天 · 第3天 · 叶辉",
                        NOTE),
              ics.Event("touchpoint-8@contact-book", date(2026, 12, 31), "长期培育 · 第7天 · O'Brien")]
    path = ics.write(tmp_path / "due.ics", ics.calendar(events, now=NOW, name="跟进"))
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") and raw.endswith(b"END:VCALENDAR\r\n")
    cal = icalendar.Calendar.from_ical(raw)
    parsed = list(cal.walk("VEVENT"))
    assert [str(e["UID"]) for e in parsed] == ["touchpoint-7@contact-book",
                                             "touchpoint-8@contact-book"]
    first = parsed[0]
    assert str(first["SUMMARY"]) == "黄金七天 · 第3天 · 叶辉"
    assert str(first["DESCRIPTION"]) == NOTE.replace("\r\n", "\n")
    assert first.decoded("DTSTART") == date(2026, 11, 25)
    assert first.decoded("DTEND") == date(2026, 11, 26)
    assert first.decoded("DTSTAMP").replace(tzinfo=None) == NOW
    assert parsed[1].decoded("DTSTART") == date(2026, 12, 31)
    assert parsed[1].decoded("DTEND") == date(2027, 1, 1)
    assert not list(tmp_path.glob(".due.ics.*"))  # no temporary file left behind


def test_write_replaces_atomically_and_cleans_up_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "due.ics"
    target.write_text("old")
    ics.write(target, "new")
    assert target.read_text() == "new"

    def broken(*a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    from desktop_app.core.errors import ContactBookError

    with pytest.raises(ContactBookError, match="full"):
        ics.write(target, "newer")
    assert target.read_text() == "new" and len(list(tmp_path.iterdir())) == 1
