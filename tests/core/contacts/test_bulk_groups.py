"""Bulk set with undo; saved filters (groups)."""
import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import bulk
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.contacts import groups
from desktop_app.core.search import query
from desktop_app.core.timeline import records as timeline
from desktop_app.core.errors import ValidationError


@pytest.fixture
def sample(db):
    demo.generate(300, seed=2)
    return db


def _snapshot(ids):
    return {r.id: (r.source, r.stage, r.updated_at) for r in contacts.get_many(ids)}


def test_set_field_and_undo_restore_every_row(sample):
    where = query.parse("city:上海").where
    ids = contacts.ids(where)
    before = _snapshot(ids)
    calls = []
    bulk.BEFORE_WRITE.append(lambda action, n: calls.append((action, n)))
    try:
        result = editing.set_field(ids, "source", "展会")
    finally:
        bulk.BEFORE_WRITE.clear()
    assert calls[0] == ("set", len(ids))
    assert {r.source for r in contacts.get_many(ids)} == {"展会"}
    assert contacts.count(query.parse("source:=展会").where) >= len(ids)
    assert timeline.entries(result.changed[0], limit=1)[0].kind == "tag-changed"
    editing.undo_set(result)
    assert _snapshot(ids) == before
    assert contacts.count(query.parse("source:=展会 city:上海").where) == \
        sum(1 for v in before.values() if v[0] == "展会")
    again = editing.redo_set(result)
    assert set(again.changed) == set(result.changed)


def test_set_stage_records_events_and_rejects_bad_values(sample):
    ids = contacts.ids(query.parse("stage:lead").where)[:5]
    result = editing.set_field(ids, "stage", "意向")
    assert all(r.stage == "interested" for r in contacts.get_many(ids))
    assert len(result.events) == 5
    editing.undo_set(result)
    assert all(r.stage == "lead" for r in contacts.get_many(ids))
    with pytest.raises(ValidationError):
        editing.set_field(ids, "stage", "nonsense")
    with pytest.raises(ValidationError):
        editing.set_field(ids, "notes", "x")


def test_groups_crud(sample):
    gid = groups.create("知乎来的", "source:=知乎")
    assert groups.count(groups.get(gid)) == contacts.count(query.parse("source:=知乎").where)
    with pytest.raises(ValidationError):
        groups.create("知乎来的", "x")
    with pytest.raises(ValidationError):
        groups.create("  ", "x")
    groups.rename(gid, "知乎")
    assert [g.name for g in groups.all_groups()] == ["知乎"]
    removed = groups.delete(gid)
    assert groups.all_groups() == []
    groups.restore(removed)
    assert groups.all_groups() == [removed]


def test_cli_bulk(db_path, capsys):
    from desktop_app.cli import main
    from desktop_app.core.storage.db import open_database

    database = open_database(db_path)
    demo.generate(100, seed=3)
    shanghai = contacts.count(query.parse("city:上海").where)
    database.close()
    capsys.readouterr()
    assert main(["bulk", "--filter", "city:上海", "--set", "来源=展会", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    noun = "contact" if shanghai == 1 else "contacts"  # (1 with this seed)
    assert out.strip().endswith(f"of {shanghai} {noun} changed")
    assert main(["bulk", "--set", "source=x", "--db", str(db_path)]) != 0
    assert "--all" in capsys.readouterr().err
    assert main(["bulk", "--filter", "city:上海", "--set", "notes=x", "--db", str(db_path)]) != 0
    database = open_database(db_path)
    assert contacts.count(query.parse("city:上海 source:=展会").where) == shanghai
    database.close()
    assert main(["bulk", "--all", "--set", "stage=意向", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip().endswith("of 100 contacts changed")
