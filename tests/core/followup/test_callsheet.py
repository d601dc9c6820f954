"""The call sheet's content and order (no Qt)."""
from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop_app.core.followup import callsheet as cs
from desktop_app.core.contacts import records as contacts
from desktop_app.core.search import query
from desktop_app.core.storage.schema import Contact

TODAY = date(2026, 11, 24)


def row(cid, stage="lead", deal=None, due=None, **kw):
    r = cs.CallSheetRow(contact_id=cid, tag=f"tag{cid}", name=f"n{cid}", stage=stage,
                        deal_value=deal, **kw)
    return cs.with_due(r, due, TODAY) if due is not None else r


def days_ago(n):
    return TODAY - timedelta(days=n)


# --- order_due: a fixture day of touchpoints ---------------------------------------------------

@pytest.mark.parametrize("rows, expected", [
    # overdue first, most overdue first; then today's
    ([row(1, due=TODAY), row(2, due=days_ago(1)), row(3, due=days_ago(5))], [3, 2, 1]),
    # same lateness: later stage first
    ([row(1, "lead", due=days_ago(2)), row(2, "proposal", due=days_ago(2)),
      row(3, "contacted", due=days_ago(2)), row(4, "interested", due=days_ago(2))],
     [2, 4, 3, 1]),
    # same lateness and stage: bigger deal first, unknown deal last
    ([row(1, "interested", None, TODAY), row(2, "interested", 5_000, TODAY),
      row(3, "interested", 10**7, TODAY)], [3, 2, 1]),
    # all equal: id
    ([row(9, "lead", 100, TODAY), row(4, "lead", 100, TODAY), row(7, "lead", 100, TODAY)],
     [4, 7, 9]),
    # lateness beats stage and deal: a 1-day-late lead before today's big proposal
    ([row(1, "proposal", 10**8, TODAY), row(2, "lead", None, days_ago(1))], [2, 1]),
    # today's rows after every overdue one, whatever their stage
    ([row(1, "proposal", 9, TODAY), row(2, "lead", 1, days_ago(30)),
      row(3, "contacted", 5, days_ago(30)), row(4, "lead", 1, TODAY)], [3, 2, 1, 4]),
    # not due yet: kept after today's, earliest first; no due date at the very end
    ([row(1, due=TODAY + timedelta(days=3)), row(2), row(3, due=TODAY + timedelta(days=1)),
      row(4, due=TODAY)], [4, 3, 1, 2]),
    ([], []),
])
def test_order_due(rows, expected):
    assert [r.contact_id for r in cs.order_due(rows, TODAY)] == expected


def test_with_due_counts_days_overdue_and_totals():
    rows = [row(1, due=days_ago(3), deal=1000), row(2, due=TODAY, deal=None),
            row(3, due=TODAY, deal=500), row(4, due=TODAY + timedelta(days=1))]
    assert [r.days_overdue for r in rows] == [3, 0, 0, 0]
    assert [r.due_state(TODAY) for r in rows] == ["overdue", "today", "today", "later"]
    sheet = cs.CallSheet(TODAY, "张三", tuple(rows))
    assert sheet.totals == cs.Totals(rows=4, overdue=1, due_today=2, deal_value=1500)


def test_row_texts():
    r = row(1, "proposal", 10**7, deal_size="1千万")
    assert r.stage_label == "报价" and r.deal_text == "1000万"
    assert replace(r, deal_value=None).deal_text == "1千万"


@pytest.mark.parametrize("text, expected", [
    (None, ""), ("", ""), ("\n\n  说下周再打 \n第二行", "说下周再打"),
    ("a  b\tc", "a b c"), ("长" * 100, "长" * 79 + "…"),
])
def test_first_line(text, expected):
    assert cs.first_line(text) == expected


def test_salesperson_name():
    assert cs.salesperson_name("  张 三 ", {}, "王五") == "张 三"
    assert cs.salesperson_name(None, {cs.SALESPERSON_ENV: "李四"}, "王五") == "李四"
    assert cs.salesperson_name("", {cs.SALESPERSON_ENV: "李四"}) == ""  # explicit wins
    assert cs.salesperson_name(None, {cs.SALESPERSON_ENV: " "}, "王五") == "王五"
    assert cs.salesperson_name(None, {}, "") == ""


def test_salesperson_name_kept_in_the_database(db):
    from desktop_app.core.storage import preferences

    assert preferences.get(preferences.SALESPERSON) is None
    assert cs.salesperson_name(None, {}) == ""
    preferences.put(preferences.SALESPERSON, "  王 五 ")
    assert cs.salesperson_name(None, {}) == "王 五"
    assert cs.salesperson_name(None, {cs.SALESPERSON_ENV: "李四"}) == "李四"  # env wins
    preferences.put(preferences.SALESPERSON, "")  # chosen to be empty, not unset
    assert preferences.get(preferences.SALESPERSON) == ""
    assert preferences.all_values() == {"salesperson": ""}


def test_mentions_stage():
    assert cs.mentions_stage(Contact.stage == "won")
    assert cs.mentions_stage((Contact.city == "上海") & Contact.stage.in_(["won", "lost"]))
    assert cs.mentions_stage(~(Contact.stage == "lost"))
    assert not cs.mentions_stage(query.parse("上海 叶辉").where)
    assert not cs.mentions_stage(None)


# --- for_group over a database -------------------------------------------------------------

def add(tag, stage="lead", phones=()):
    cid, _ = contacts.create({**contacts.values_from_tag(tag), "stage": stage}, phones)
    return cid


@pytest.fixture
def group(db):
    ids = {
        "lead_small": add("上海-华信-软件-5万-王芳-采购经理-抖音", "lead", ["13812345678"]),
        "proposal_small": add("上海-远航-咨询-8万-李强-CEO-知乎", "proposal",
                              [("手机", "13900001111"), ("办公", "021-6123 4567")]),
        "proposal_big": add("上海-启明-咨询-1千万-叶辉-创始人-知乎", "proposal"),
        "interested": add("上海-博雅-课程-50万-张敏-校长-微信", "interested"),
        "contacted_nodeal": add("上海-瑞丰-设备-面议-陈静-老板-展会", "contacted"),
        "contacted_deal": add("上海-星河-广告-2万-刘洋-市场总监-百度", "contacted"),
        "proposal_big_2": add("上海-恒通-ERP-1千万-赵磊-副总-官网", "proposal"),
        "won": add("上海-鼎盛-SaaS-300万-孙丽-合伙人-转介绍", "won"),
        "lost": add("上海-汇智-CRM-100万-周杰-HR-B站", "lost"),
        "beijing": add("北京-金桥-直播-5千万-吴超-董事长-快手", "proposal"),
        "trashed": add("上海-云帆-短视频-1亿-郑平-店长-抖音", "proposal"),
    }
    contacts.trash([ids["trashed"]])
    return ids


def test_for_group_order_and_content(group):
    sheet = cs.for_group(query.parse("上海").where, TODAY, "张三", title="上海")
    names = [group_name for group_name in (
        "proposal_big", "proposal_big_2", "proposal_small", "interested", "contacted_deal",
        "contacted_nodeal", "lead_small")]
    assert [r.contact_id for r in sheet.rows] == [group[n] for n in names]
    assert sheet.day == TODAY and sheet.salesperson == "张三" and sheet.title == "上海"
    assert sheet.matched is None and not sheet.truncated
    first = sheet.rows[0]
    assert first.tag == "上海-启明-咨询-1千万-叶辉-创始人-知乎" and first.name == "叶辉"
    assert first.deal_value == 10**7 and first.stage == "proposal" and first.phones == ()
    assert first.due is None and first.days_overdue == 0 and first.last is None
    small = sheet.rows[2]
    assert small.phones == ("139 0000 1111", "021 6123 4567")
    assert small.phone_labels == ("手机", "办公")
    assert sheet.totals == cs.Totals(rows=7, overdue=0, due_today=0,
                                     deal_value=2 * 10**7 + 80_000 + 500_000 + 20_000 + 50_000)


def test_for_group_same_order_as_python_sort(group):
    sheet = cs.for_group(None, TODAY, include_closed=True)
    assert list(sheet.rows) == cs.order_group(sheet.rows)
    assert [r.stage for r in sheet.rows][-2:] == ["won", "lost"]


def test_for_group_closed_only_when_asked(group):
    everything = cs.for_group(None, TODAY)
    assert group["won"] not in [r.contact_id for r in everything.rows]
    assert group["trashed"] not in [r.contact_id for r in everything.rows]
    assert len(everything.rows) == 8
    about_stage = cs.for_group(Contact.stage == "won", TODAY)
    assert [r.contact_id for r in about_stage.rows] == [group["won"]]
    forced = cs.for_group(query.parse("上海").where, TODAY, include_closed=True)
    assert {group["won"], group["lost"]} <= {r.contact_id for r in forced.rows}
    assert cs.for_group(Contact.stage == "won", TODAY, include_closed=False).rows == ()


def test_for_group_limit_and_last_interactions(group):
    asked = []

    def last(ids):
        asked.append(list(ids))
        return {ids[0]: cs.LastInteraction(date(2026, 11, 20), "电话", "未接", "说下周再打")}

    sheet = cs.for_group(query.parse("上海").where, TODAY, limit=3, last_interactions=last)
    assert len(sheet.rows) == 3 and sheet.matched == 7 and sheet.truncated
    assert asked == [[r.contact_id for r in sheet.rows]]
    assert sheet.rows[0].last.note == "说下周再打" and sheet.rows[1].last is None
    assert cs.for_group(query.parse("没有这个人").where, TODAY).rows == ()

