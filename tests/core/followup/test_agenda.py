"""What is due when: calendar counts, call order, the due: term, the day's call sheet and the
`due` / `cadence` commands."""
import json
import time
from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.followup import touches
from desktop_app.core.followup import agenda
from desktop_app.core.followup import callsheet
from desktop_app.core.contacts import records as contacts
from desktop_app.core.search import query
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.errors import ValidationError
from desktop_app.core.storage.schema import Contact

# Step arithmetic on calendar days (the built-ins' setting before issue 14).
pytestmark = pytest.mark.usefixtures("calendar_day_builtins")

TODAY = date(2026, 11, 24)


def at(day, hour=2):
    return datetime(day.year, day.month, day.day, hour)


def lead(name, stage="lead", deal=""):
    cid, _ = contacts.create({"name": name, "stage": stage, "deal_size": deal, "city": "上海"},
                             ["13812345678"], now=at(TODAY - timedelta(days=40)))
    return cid


def started(name, start, **kw) -> int:
    cid = lead(name, **kw)
    tp.start(cid, "golden-week", start, now=at(min(start, TODAY)))
    return cid


@pytest.fixture
def board(db):
    """Leads due on several days around TODAY (a Tuesday)."""
    ids = {
        "late5": started("晚五", TODAY - timedelta(days=5)),
        "late1_lead": started("晚一线索", TODAY - timedelta(days=1)),
        "late1_prop": started("晚一报价", TODAY - timedelta(days=1), stage="proposal"),
        "today_small": started("今天小", TODAY, stage="interested", deal="5千"),
        "today_big": started("今天大", TODAY, stage="interested", deal="1千万"),
        "today_none": started("今天无", TODAY, stage="interested"),
        "tomorrow": started("明天", TODAY + timedelta(days=1)),
        "week": started("六天后", TODAY + timedelta(days=6)),
        "later": started("八天后", TODAY + timedelta(days=8)),
        "none": lead("没有节奏"),
    }
    return ids


def test_day_counts_one_grouped_query(board, db):
    first, last = agenda.month_grid(2026, 11)
    assert (first, last) == (date(2026, 10, 26), date(2026, 12, 6))
    counts = agenda.day_counts(first, last)
    assert counts == {TODAY - timedelta(days=5): 1, TODAY - timedelta(days=1): 2, TODAY: 3,
                      TODAY + timedelta(days=1): 1, TODAY + timedelta(days=6): 1,
                      TODAY + timedelta(days=8): 1}
    plan = " | ".join(r[3] for r in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT t.due, COUNT(*) " + agenda._COUNT_FROM + " GROUP BY t.due",
        (first.isoformat(), last.isoformat())))
    assert "touchpoint_status_due" in plan and "TEMP B-TREE" not in plan, plan


def test_today_lists_overdue_first_then_by_stage_and_value(board):
    names = [i.name for i in agenda.page(None, TODAY)]
    assert names == ["晚五", "晚一报价", "晚一线索", "今天大", "今天小", "今天无"]
    assert agenda.count(None, TODAY) == 6
    assert [i.name for i in agenda.page(TODAY, TODAY, offset=1, limit=1)] == ["今天小"]
    day = agenda.items(agenda.ids(TODAY + timedelta(days=1), TODAY + timedelta(days=1)))
    assert [(i.name, i.label, i.phone) for i in day] == [("明天", "黄金七天 · 第1天", "13812345678")]


def test_items_carry_the_last_interaction(board):
    cid = board["today_big"]
    touches.log(cid, "note", None, summary="老板拍板", now=at(TODAY - timedelta(days=2)))
    (item,) = agenda.items(agenda.ids(TODAY, TODAY)[:1])
    assert item.contact_id == cid and item.last.summary == "老板拍板"
    assert item.last.channel == "note" and item.tag.startswith("上海-")
    assert agenda.last_touches([cid, board["none"]]) == {cid: item.last}


def _as_line(item):
    last = item.last
    said = (None, None, None) if last is None else (last.channel, last.outcome, last.summary)
    return (item.due_text, item.template_id, item.step, item.retry, item.name, item.phone,
            *said)


def test_lines_are_the_pages_rows_in_the_same_order(board):
    """``lines`` (the due table's rows) = ``page``'s items, field for field and in call order,
    with ties in grade, day, value and stage, a note, a deleted and a same-time interaction,
    no interaction at all, a trashed lead, a limit."""
    from desktop_app.core.timeline import records as timeline

    twins = [started(f"同{i}", TODAY, stage="interested", deal="5千") for i in range(4)]
    timeline.log(twins[0], "call", "no_answer", summary="没接", at=at(TODAY - timedelta(days=3)))
    timeline.log(twins[0], "note", None, summary="后来的备注", at=at(TODAY - timedelta(days=1)))
    same = at(TODAY - timedelta(days=2))
    timeline.log(twins[1], "call", "reached", summary="先记的", at=same)
    timeline.log(twins[1], "wechat", None, summary="后记的, 同一时刻", at=same)
    gone = timeline.log(twins[2], "visit", None, summary="删掉的", at=at(TODAY - timedelta(days=1)))
    timeline.log(twins[2], "sms", None, summary="留下的", at=at(TODAY - timedelta(days=4)))
    timeline.delete(gone.interactions, now=at(TODAY))
    contacts.trash([board["late5"]], now=at(TODAY))
    for first, last, limit in ((None, TODAY, None), (None, TODAY + timedelta(days=8), None),
                               (TODAY, TODAY + timedelta(days=6), None), (None, TODAY, 5),
                               (TODAY + timedelta(days=2), TODAY + timedelta(days=5), None)):
        items = agenda.page(first, last, limit=limit)
        assert agenda.lines(first, last, limit=limit) == [_as_line(i) for i in items]
    lines = {line[4]: line for line in agenda.lines(None, TODAY)}
    assert "晚五" not in lines and lines["晚一线索"][6:] == (None, None, None)
    assert lines["同0"][6:] == ("note", None, "后来的备注")
    assert lines["同1"][6:] == ("wechat", None, "后记的, 同一时刻")
    assert lines["同2"][6:] == ("sms", None, "留下的")
    assert [line[4] for line in agenda.lines(None, TODAY) if line[4].startswith("同")] == \
        ["同0", "同1", "同2", "同3"]


@pytest.mark.parametrize("term, names", [
    ("due:today", {"今天小", "今天大", "今天无"}),
    ("due:今天", {"今天小", "今天大", "今天无"}),
    ("due:overdue", {"晚五", "晚一线索", "晚一报价"}),
    ("due:逾期", {"晚五", "晚一线索", "晚一报价"}),
    ("due:tomorrow", {"明天"}),
    ("due:week", {"晚五", "晚一线索", "晚一报价", "今天小", "今天大", "今天无", "明天", "六天后"}),
    ("due:none", {"没有节奏"}),
    ("due:2026-12-02", {"八天后"}),
    ("due:>2026-11-25", {"六天后", "八天后"}),
])
def test_due_terms(board, term, names):
    where = agenda.parse_term(term, TODAY)
    found = {r.name for r in contacts.get_many(contacts.ids(where))}
    assert found == names
    negated = {r.name for r in contacts.get_many(contacts.ids(~where))}
    assert negated == {r.name for r in contacts.get_many(contacts.ids())} - names
    assert {r.name for r in contacts.get_many(contacts.ids(query.parse(
        f"{term} 上海", today=TODAY).where))} == names


def test_due_term_errors():
    assert agenda.parse_term("last:>7d", TODAY) is None
    for bad in ("due:soon", "due:>today"):
        with pytest.raises(ValidationError, match="due:"):
            agenda.parse_term(bad, TODAY)
    assert query.parse("due:soon", today=TODAY).errors


def test_next_due_is_indexed(db):
    sql, params = Contact.select(Contact.id).where(
        Contact.deleted_at.is_null() & agenda.parse_term("due:today", TODAY)).sql()
    plan = " | ".join(r[3] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "contact_next_due" in plan
    assert "next_due" in contacts.LIST_COLUMNS


def test_the_day_sheet_lists_overdue_and_today(board):
    sheet = callsheet.for_day(TODAY, TODAY, "张三")
    assert [r.name for r in sheet.rows] == ["晚五", "晚一报价", "晚一线索", "今天大", "今天小",
                                            "今天无"]
    first = sheet.rows[0]
    assert (first.step, first.due, first.days_overdue) == ("黄金七天 · 第1天",
                                                           TODAY - timedelta(days=5), 5)
    assert sheet.totals.overdue == 3 and sheet.totals.due_today == 3 and not sheet.truncated
    assert [r.name for r in callsheet.for_day(TODAY + timedelta(days=1), TODAY).rows][-1] == "明天"
    assert [r.name for r in callsheet.for_day(TODAY - timedelta(days=1), TODAY).rows] == [
        "晚一报价", "晚一线索"]  # a past day: only what was due that day
    cut = callsheet.for_day(TODAY, TODAY, limit=2)
    assert len(cut.rows) == 2 and cut.matched == 6 and cut.truncated


def test_the_day_sheet_reads_phones_not_whole_records(db, monkeypatch):
    """The touchpoint's row has the lead's tag, stage, deal and grade: the sheet reads only
    the phones besides, in the lead's order with their labels (1,000 whole records were ~40%
    of the call sheet's data work)."""
    two = started("两个号码", TODAY - timedelta(days=2), stage="proposal", deal="1千万")
    contacts.update(two, {"company": "启明", "title": "创始人"},
                    [("办公", "021-6123 4567"), ("手机", "139 0000 1111"), ("", "95588")])
    bare = started("无号码", TODAY)
    contacts.update(bare, {}, [])
    monkeypatch.setattr(contacts, "get_many", lambda ids: pytest.fail("whole records read"))
    first, second = callsheet.for_day(TODAY, TODAY, "张三").rows
    record = contacts.get(two)
    assert (first.contact_id, first.name, first.tag) == (two, "两个号码", record.tag)
    assert first.tag == "上海-启明--1千万-两个号码-创始人"
    assert first.phones == ("021 6123 4567", "139 0000 1111", "95588")
    assert first.phone_labels == ("办公", "手机", "")
    assert (first.stage, first.deal_value, first.deal_size, first.grade) == (
        "proposal", 10**7, "1千万", record.grade)
    assert (first.due, first.days_overdue, first.step) == (TODAY - timedelta(days=2), 2,
                                                           "黄金七天 · 第1天")
    assert second.contact_id == bare and second.phones == second.phone_labels == ()
    assert second.days_overdue == 0 and second.due == TODAY


# --- the command line ---------------------------------------------------------------------

@pytest.fixture
def cli(db_path, capsys, monkeypatch):
    from desktop_app.cli import main

    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix only")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    db_path.parent.mkdir(parents=True, exist_ok=True)  # add creates the database there

    def run(*argv):
        code = main([*argv, "--db", str(db_path)])
        out, err = capsys.readouterr()
        return code, out, err
    yield run
    monkeypatch.undo()
    time.tzset()


def test_cadence_and_due_commands(cli, tmp_path, fixed_today, monkeypatch):
    icalendar = pytest.importorskip("icalendar")
    today = fixed_today(date(2026, 11, 24))
    for tag in ("上海-远航-咨询-8万-李强-CEO-知乎", "上海-启明-咨询-1千万-叶辉-创始人-知乎",
                "北京-华信-软件-50万-王芳-采购经理-抖音"):
        assert cli("add", "--tag", tag, "--phone", "13900001111")[0] == 0
    code, out, err = cli("cadence", "templates")
    assert code == 0 and "golden-week  黄金七天" in out and "nurture" in out
    code, out, _ = cli("cadence", "start", "--filter", "上海", "--template", "黄金七天")
    assert (code, out) == (0, f"Started 黄金七天 for 2 lead(s); first touch on {today}\n")
    code, _, err = cli("cadence", "start", "--contact", "1", "--template", "nurture")
    assert code == 1 and "--replace" in err and err.count("\n") == 1
    code, out, _ = cli("cadence", "start", "--contact", "1", "--contact", "3", "--template",
                       "close-21", "--from", str(today - timedelta(days=2)), "--replace")
    assert out.startswith("Started 21天成交 for 2 lead(s)") and "replaced the cadence of 1" in out
    code, out, _ = cli("due")
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "3 touchpoints" and "+2" in lines[2] and "21天成交" in lines[2]
    code, out, _ = cli("due", "--format", "json")
    items = json.loads(out)
    # both overdue by 2 days, both 线索: the bigger deal (50万) first
    assert [i["contact_id"] for i in items] == [3, 1, 2] and items[0]["days_overdue"] == 2
    assert items[2]["step"] == "黄金七天 · 第1天" and items[2]["due"] == str(today)
    for lang, summary in (("zh_CN", "黄金七天 · 第1天 · 叶辉"), ("en", "Golden week · Day 1 · 叶辉")):
        monkeypatch.setenv("CONTACT_BOOK_LANG", lang)  # the step as the window words it
        code, _, err = cli("due", "--ics", str(tmp_path / "d.ics"), "--days", "7")
        assert code == 0 and "1 touchpoint" in err  # the range starts today: overdue not in it
        cal = icalendar.Calendar.from_ical((tmp_path / "d.ics").read_bytes())
        assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == [summary]
    code, out, _ = cli("cadence", "stop", "--filter", "上海")
    assert out == "Stopped 2 cadences\n"
    for argv, message in [
        (("cadence", "start", "--contact", "1", "--template", "nope"), "Unknown cadence"),
        (("cadence", "start", "--contact", "9", "--template", "nurture"), "No contact with id 9"),
        (("cadence", "start", "--filter", "", "--template", "nurture"), "needs some text"),
        (("due", "--date", "tomorrow"), "not a date"),
        (("due", "--days", "0"), "--days must be 1 or more"),
    ]:
        code, _, err = cli(*argv)
        assert code == 1 and message in err and err.count("\n") == 1, err


def test_the_step_labeller_words_each_step_as_label_of_from_the_templates_stored_now(db):
    """``step_labeller`` (the ``due`` table's labels: no template store, no cadence module)
    = ``label_of`` for the built-ins, a repeating template past its listed days, retries, a
    template of the user's edited between two lists (each list reads the templates as stored
    then: one query, nothing kept across lists), a deleted one; an unknown id and a stored
    template that breaks the rules raise what ``label_of`` raises."""
    from desktop_app.core.errors import NotFound
    from desktop_app.core.followup import template_store as store
    from desktop_app.core.followup.cadence import CadenceTemplate

    mine = store.save(CadenceTemplate("mine", "我的", (2, 5), repeat_every=30))[0]
    gone = store.save(CadenceTemplate("gone", "删了的", (1,)))[0]
    store.delete(gone)
    keys = [(t.id, step, retry) for t in store.templates(include_deleted=True)
            for step in range(-1, 7) for retry in (0, 1, 2)]
    assert {k[0] for k in keys} >= {mine, gone} and len({k[0] for k in keys}) == 5
    label = agenda.step_labeller()
    assert [label(*k) for k in keys] == [agenda.label_of(*k) for k in keys]
    assert label(mine, 3) == "我的 · 第65天" and label(gone, 4) == "删了的"
    assert label(mine, 0, 1) == "我的 · 第2天 · 重拨1"

    store.save(CadenceTemplate("mine", "我的新名", (3, 6)), mine)
    assert label(mine, 0) == "我的 · 第2天"  # (one list: its labels as read at its start)
    label = agenda.step_labeller()
    assert label(mine, 0) == agenda.label_of(mine, 0) == "我的新名 · 第3天"
    assert label(mine, 3) == agenda.label_of(mine, 3) == "我的新名"

    with pytest.raises(NotFound):
        agenda.step_labeller()(999, 0)
    db.execute_sql("UPDATE cadence_template SET days = '7,3' WHERE id = ?", (mine,))
    store.forget()
    for name in ("step_labeller", "label_of"):
        words = getattr(agenda, name)() if name == "step_labeller" else agenda.label_of
        with pytest.raises(ValidationError, match="Days must start at 1 or later and increase"):
            words(mine, 0)
