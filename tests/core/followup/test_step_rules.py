"""Issue 14: the built-in templates count working days in a new database (an existing one
keeps its setting), retries too; and what completes a step (a one-to-one touch with an
outcome in the step's window; not a group message, not a touch without an outcome).
2026-11-27 is a Friday; the 2026 National Day break is Oct 1-7 (Sep 30 is its eve)."""
import shutil
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import template_store, touches
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.followup.cadence import CadenceTemplate
from desktop_app.core.storage.db import open_database
from desktop_app.core.timeline import records as timeline

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FRI = date(2026, 11, 27)


def at(day: date, hour: int = 2) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


@pytest.fixture(autouse=True)
def shanghai(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix only")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def lead(name="叶辉") -> int:
    return contacts.create({"name": name}, ["13812345678"], now=at(date(2026, 9, 1)))[0]


def only(cid) -> tp.Pending:
    return tp.pending_for(cid)[cid]


def builtins() -> dict:
    return {t.key: (t.template.skip_weekends, t.template.skip_holidays)
            for t in template_store.templates() if t.builtin}


def test_a_new_database_gives_the_builtins_working_days(db):
    assert builtins() == {"golden-week": (True, True), "close-21": (True, True),
                          "nurture": (True, True)}


def test_an_existing_database_keeps_its_setting(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "v7.sqlite3", path)
    database = open_database(path)
    try:
        template_store.forget()
        assert builtins() == {"golden-week": (False, False), "close-21": (False, False),
                              "nurture": (False, False)}
    finally:
        database.close()
        template_store.forget()


@pytest.mark.parametrize("day, retry_on", [
    (FRI, date(2026, 11, 30)),  # Saturday -> Monday
    (date(2026, 9, 30), date(2026, 10, 8)),  # the holiday eve -> after the break
    (date(2026, 10, 9), date(2026, 10, 10)),  # Friday before a make-up Saturday
])
def test_a_no_answer_retry_waits_for_a_working_day(db, day, retry_on):
    cid = lead()
    tp.start(cid, "golden-week", day, now=at(day))
    tp.complete(only(cid).id, "no-answer", today=day, now=at(day))
    assert (only(cid).retry, only(cid).due) == (1, retry_on)


def test_a_template_can_turn_working_days_off(db):
    own = CadenceTemplate("every-day", "每天", (1, 2), skip_weekends=False, skip_holidays=False)
    template_store.save(own, now=at(FRI))
    cid = lead()
    tp.start(cid, "every-day", FRI, now=at(FRI))
    tp.complete(only(cid).id, "no-answer", today=FRI, now=at(FRI))
    assert only(cid).due == date(2026, 11, 28)  # the Saturday


def step_events(cid) -> int:
    return sum(1 for e in timeline.entries(cid) if e.kind == "cadence-step-done")


def test_a_group_message_does_not_complete_a_step_or_use_a_retry(db):
    a, b = lead("甲"), lead("乙")
    tp.start([a, b], "golden-week", FRI, now=at(FRI))
    tp.complete(only(a).id, "no-answer", today=FRI, now=at(FRI))  # a: retry 1 on Monday
    monday = date(2026, 11, 30)
    for outcome in ("replied", None):
        logged = touches.log([a, b], "wechat", outcome, summary="群发资料", now=at(monday))
        assert logged.touchpoints == frozenset()
    assert (only(a).step, only(a).retry) == (0, 1) and (only(b).step, only(b).retry) == (0, 0)
    assert step_events(b) == 0 and len(timeline.entries(b)) >= 2  # logged, not counted


def test_a_touch_without_an_outcome_does_not_complete_a_step(db):
    cid = lead()
    tp.start(cid, "golden-week", FRI, now=at(FRI))
    touches.log(cid, "call", None, now=at(FRI))
    assert only(cid).step == 0 and step_events(cid) == 0
    touches.log(cid, "wechat", "replied", now=at(FRI, 3))  # one-to-one, with an outcome
    assert only(cid).step == 1 and step_events(cid) == 1


def test_a_group_call_log_is_one_call_per_lead(db):
    a, b = lead("甲"), lead("乙")
    tp.start([a, b], "golden-week", FRI, now=at(FRI))
    logged = touches.log([a, b], "call", "reached", now=at(FRI))
    assert logged.touchpoints == {a, b} and step_events(a) == step_events(b) == 1
