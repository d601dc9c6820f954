"""Closing a lead (成交 won / 流失 lost) stops its running cadence, through every write that
changes a stage; the undo of that write brings the cadence back as it was."""
from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.followup import agenda
from desktop_app.core.contacts import records as contacts
from desktop_app.core.timeline import records as timeline
from desktop_app.core.followup import touchpoints as tp

# Step arithmetic on calendar days (the built-ins' setting before issue 14).
pytestmark = pytest.mark.usefixtures("calendar_day_builtins")

TODAY = date(2026, 11, 24)


def at(day: date, hour: int = 2) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def lead(name="叶辉", stage="lead") -> int:
    cid, _ = contacts.create({"name": name, "stage": stage}, ["13812345678"],
                             now=at(TODAY - timedelta(days=30)))
    return cid


def running(name="叶辉", stage="proposal") -> int:
    """A lead whose golden-week cadence started three days ago: its touch is overdue."""
    cid = lead(name, stage)
    tp.start(cid, "golden-week", TODAY - timedelta(days=3), now=at(TODAY - timedelta(days=3)))
    return cid


def state(db) -> dict:
    q = lambda sql: db.execute_sql(sql).fetchall()  # noqa: E731
    return {
        "cadence": q("SELECT id, contact_id, status, ended_at FROM cadence ORDER BY id"),
        "touchpoint": q("SELECT id, cadence_id, step, due, status, done_at FROM touchpoint "
                        "ORDER BY id"),
        "contact": q("SELECT id, stage, next_due FROM contact ORDER BY id"),
        "timeline": q("SELECT id, kind, old_value, new_value FROM interaction ORDER BY id"),
    }


def today_ids() -> set[int]:
    return {item.contact_id for item in agenda.items(agenda.ids(None, TODAY))}


@pytest.mark.parametrize("stage", ["won", "成交", "lost", "流失"])
def test_closing_a_lead_stops_its_cadence(db, stage):
    cid = running()
    assert cid in today_ids() and agenda.count(None, TODAY) == 1
    changes = editing.update(cid, {"stage": stage}, now=at(TODAY))
    assert tp.pending_for(cid) == {} and tp.active_among([cid]) == {}
    assert contacts.get(cid).next_due is None
    assert agenda.count(None, TODAY) == 0 and cid not in today_ids()
    assert db.execute_sql("SELECT status FROM cadence").fetchall() == [("stopped",)]
    assert changes.touchpoints == {cid} and cid in changes.timeline and cid in changes.contacts
    assert changes.stopped is not None
    stopped, changed = timeline.entries(cid)[:2]
    assert (stopped.kind, stopped.old_value, stopped.new_value) == \
        ("cadence-stopped", contacts.get(cid).stage, "stopped")
    assert changed.kind == "stage-changed"


@pytest.mark.parametrize("stage", ["lead", "contacted", "interested"])
def test_an_open_stage_leaves_the_cadence_running(db, stage):
    cid = running()
    changes = editing.update(cid, {"stage": stage}, now=at(TODAY))
    assert cid in tp.pending_for(cid) and contacts.get(cid).next_due == TODAY - timedelta(days=3)
    assert changes.stopped is None and not changes.touchpoints
    assert cid in today_ids()


def test_a_closed_lead_without_a_cadence_is_fine(db):
    cid = lead()
    changes = editing.update(cid, {"stage": "won"}, now=at(TODAY))
    assert contacts.get(cid).stage == "won" and changes.stopped is None
    assert not changes.touchpoints
    assert [e.kind for e in timeline.entries(cid)] == ["stage-changed", "created"]


def test_an_edit_that_keeps_a_closed_stage_stops_nothing(db):
    cid = running(stage="won")  # a cadence started on a lead already won
    changes = editing.update(cid, {"stage": "won", "name": "叶总"}, now=at(TODAY))
    assert cid in tp.pending_for(cid) and changes.stopped is None


def test_reopening_a_lead_restarts_nothing(db):
    cid = running()
    editing.update(cid, {"stage": "lost"}, now=at(TODAY))
    editing.update(cid, {"stage": "interested"}, now=at(TODAY) + timedelta(hours=1))
    assert tp.pending_for(cid) == {} and contacts.get(cid).next_due is None


def test_undo_of_the_edit_brings_the_cadence_back(db):
    cid = running()
    before, record = state(db), contacts.get(cid)
    result = editing.update(cid, {"stage": "won"}, now=at(TODAY))
    changes = editing.update(cid, record.values(), now=record.updated_at,
                              restore=result.stopped)
    assert state(db) == {**before, "timeline": state(db)["timeline"]}
    kinds = [(e.kind, e.new_value) for e in timeline.entries(cid)]
    assert ("cadence-stopped", "stopped") not in kinds  # the stop's event is gone
    assert only_due(cid) == TODAY - timedelta(days=3) and cid in today_ids()
    assert changes.touchpoints == {cid} and changes.stopped is None


def only_due(cid) -> date:
    return tp.pending_for(cid)[cid].due


def test_a_group_set_to_won_stops_every_cadence_and_undo_restores_them(db):
    ids = [running(f"客户{i}") for i in range(3)] + [lead("没有节奏")]
    before = state(db)
    result = editing.set_field(ids, "stage", "成交", now=at(TODAY))
    assert tp.active_among(ids) == {} and agenda.count(None, TODAY) == 0
    assert result.changes.touchpoints == set(ids[:3])
    assert result.changes.contacts == set(ids) and result.changes.timeline == set(ids)
    stops = db.execute_sql("SELECT DISTINCT ended_at FROM cadence").fetchall()
    assert len(stops) == 1  # one write, one time
    changes = editing.undo_set(result)
    assert state(db) == before
    assert changes.touchpoints == set(ids[:3]) and today_ids() == set(ids[:3])
    again = editing.redo_set(result)
    assert tp.active_among(ids) == {} and again.stopped is not None


def test_a_group_close_is_one_transaction(db, monkeypatch):
    ids = [running(f"客户{i}") for i in range(3)]
    before = state(db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(tp.writes, "end_cadences", broken)
    with pytest.raises(RuntimeError):
        editing.set_field(ids, "stage", "lost", now=at(TODAY))
    assert state(db) == before  # neither the stages nor the cadences changed


def test_a_group_set_to_an_open_stage_stops_nothing(db):
    ids = [running(f"客户{i}") for i in range(2)]
    result = editing.set_field(ids, "stage", "意向", now=at(TODAY))
    assert set(tp.active_among(ids)) == set(ids) and result.stopped is None
    assert not result.changes.touchpoints


def test_the_cli_closes_a_group_and_the_timeline_says_why(db, db_path, capsys):
    from desktop_app.cli import main

    cid = running("叶辉")
    running("李明", stage="lead")
    assert main(["bulk", "--filter", "叶辉", "--set", "阶段=成交", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out == "1 of 1 contact changed\n1 closed lead: cadence stopped\n"
    assert tp.pending_for(cid) == {} and agenda.count(None, TODAY) == 1  # 李明's still runs
    assert main(["timeline", str(cid), "--limit", "1", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.split()[2:] == ["停止跟进节奏", "黄金七天", "·", "成交"]


def _import(tmp_path, stage: str):
    from desktop_app.core.transfer.importing import open_source, run_import

    path = tmp_path / "leads.csv"
    path.write_text(f"姓名,手机,阶段\n叶总,138 1234 5678,{stage}\n", encoding="utf-8")
    return run_import(open_source(path), now=at(TODAY))


def test_an_import_merge_that_closes_a_lead_stops_its_cadence_and_undo_restores_it(
        db, tmp_path):
    from desktop_app.core.transfer.importing import undo_import

    cid = running(stage="lead")  # a merge only sets the stage of a lead still at 线索
    before = state(db)
    report = _import(tmp_path, "流失")
    assert report.merged == 1 and contacts.get(cid).stage == "lost"
    assert tp.pending_for(cid) == {} and agenda.count(None, TODAY) == 0
    assert cid in report.changes.touchpoints
    assert timeline.entries(cid)[0].old_value == "lost"
    result = undo_import(report.batch_id)
    assert (result.reverted, result.kept) == (1, 0) and cid in result.changes.touchpoints
    after = state(db)
    assert after["cadence"] == before["cadence"] and after["touchpoint"] == before["touchpoint"]
    assert after["contact"] == before["contact"] and today_ids() == {cid}
    assert "cadence-stopped" not in [e.kind for e in timeline.entries(cid)]


def test_an_import_undo_leaves_a_cadence_started_since(db, tmp_path):
    from desktop_app.core.transfer.importing import undo_import

    cid = running(stage="lead")
    report = _import(tmp_path, "成交")
    editing.update(cid, {"stage": "interested"}, now=at(TODAY, 3))
    tp.start(cid, "golden-week", TODAY, now=at(TODAY, 4))
    result = undo_import(report.batch_id)
    assert result.kept == 1  # the stage was edited since: it and the new cadence stay
    assert contacts.get(cid).stage == "interested" and only_due(cid) == TODAY
    assert len(tp.active_among([cid])) == 1


def test_an_import_into_an_open_stage_leaves_the_cadence(db, tmp_path):
    cid = running(stage="lead")
    report = _import(tmp_path, "意向")
    assert contacts.get(cid).stage == "interested" and cid in tp.pending_for(cid)
    assert not report.changes.touchpoints


def test_an_import_undo_does_not_bring_back_a_cadence_replaced_since(db, tmp_path):
    from desktop_app.core.transfer.importing import undo_import

    cid = running(stage="lead")
    report = _import(tmp_path, "成交")
    tp.start(cid, "golden-week", TODAY, now=at(TODAY, 4))  # a new one on the won lead
    result = undo_import(report.batch_id)
    assert result.kept == 1 and contacts.get(cid).stage == "lead"
    assert [p.due for p in tp.pending_for(cid).values()] == [TODAY]
    assert len(tp.active_among([cid])) == 1
