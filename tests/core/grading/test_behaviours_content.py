"""Behaviours, content pieces, procedures and the filter terms; bad input is refused with a
clear message and nothing is lost."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import ValidationError
from desktop_app.core.followup import touches
from desktop_app.core.grading import behaviours, content, procedures, score
from desktop_app.core.grading import rules as rules_mod
from desktop_app.core.search import facets, query
from desktop_app.core.timeline import records as timeline

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, 0)


@pytest.fixture
def lead(db):
    return contacts.create({"name": "叶", "company": "华信"}, now=NOW)[0]


def test_a_behaviour_is_logged_like_a_channel_with_its_own_direction(lead):
    b = behaviours.add("douyin-like", "抖音点赞", "in", "+2", now=NOW)
    logged = touches.log(lead, "抖音点赞", now=NOW)
    entry = timeline.get(logged.interactions[0])
    assert (entry.channel, entry.direction) == ("douyin-like", "in")
    assert behaviours.label(entry.channel) == "抖音点赞"
    assert contacts.get(lead).score == b.weight == 2


@pytest.mark.parametrize("key, name, weight, message", [
    ("dm", "私信2", 1, "already exists"),  # duplicate key
    ("dm-2", "私信", 1, "already exists"),  # duplicate name
    ("call-2", "电话", 1, "built-in channel"),
    ("x", "X", "five", "not a whole number"),
    ("x", "X", "1.5", "not a whole number"),
    ("Bad Key", "X", 1, "lowercase"),
])
def test_bad_behaviours_are_refused(db, key, name, weight, message):
    before = behaviours.all_behaviours()
    with pytest.raises(ValidationError, match=message):
        behaviours.add(key, name, "in", weight, now=NOW)
    assert behaviours.all_behaviours() == before


def test_a_behaviour_with_entries_is_archived_never_deleted(lead):
    touches.log(lead, "私信", now=NOW)
    assert behaviours.remove("dm", now=NOW) == "archived"
    assert [e.channel for e in timeline.entries(lead) if not e.is_event] == ["dm"]
    assert behaviours.label("dm") == "私信"  # the old entry keeps its name
    with pytest.raises(ValidationError, match="Unknown channel or behaviour"):
        touches.log(lead, "私信", now=NOW)
    assert behaviours.remove("view") == "deleted"  # never logged


def test_thresholds_out_of_order_change_nothing(lead):
    touches.log(lead, "索要报价", now=NOW)
    graded = contacts.get(lead).grade
    with pytest.raises(ValidationError, match="out of order"):
        score.change_rules(rules_mod.Rules(thresholds=(5, 10, 3)), TODAY)
    with pytest.raises(ValidationError, match="not a whole number"):
        score.change_rules(rules_mod.Rules(), TODAY, behaviour_weights={"dm": "lots"})
    with pytest.raises(ValidationError, match="out of order"):  # a weight with bad rules
        score.change_rules(rules_mod.Rules(thresholds=(1, 2, 3)), TODAY,
                           behaviour_weights={"dm": 9})
    assert rules_mod.load() == rules_mod.Rules()
    assert behaviours.get("dm").weight == 5
    assert contacts.get(lead).grade == graded


def test_a_cancelled_regrade_keeps_the_old_rules(lead):
    touches.log(lead, "索要报价", now=NOW)
    with pytest.raises(score.RegradeCancelled):
        score.change_rules(rules_mod.Rules(thresholds=(50, 40, 30)), TODAY, cancel=lambda: True)
    assert rules_mod.load() == rules_mod.Rules()
    assert contacts.get(lead).grade == "B"


def test_filter_terms_facet_and_json(lead):
    other = contacts.create({"name": "王"}, now=NOW)[0]
    touches.log(lead, "索要报价", now=NOW)  # 10: B
    for text, expected in [("grade:B", [lead]), ("等级:A,B", [lead]), ("grade:=D", [other]),
                           ("-grade:B", [other]), ("score:>=10", [lead]), ("分数:<1", [other]),
                           ("grade:b级", [lead])]:
        flt = query.parse(text, TODAY)
        assert flt.errors == [], text
        assert contacts.ids(flt.where) == expected, text
    assert [e.code for e in query.parse("grade:E score:lots", TODAY).errors] == ["bad_value"] * 2
    assert facets.facet_counts("grade") == [("B", 1), ("D", 1)]
    data = contacts.get(lead).to_json()
    assert (data["grade"], data["score"]) == ("B", 10)


def test_content_report_counts_sends_replies_and_won_deals(lead):
    other = contacts.create({"name": "王", "deal_size": "50万"}, now=NOW)[0]
    case = content.add("华信案例", "案例", "https://example.cn/case", now=NOW)
    content.add("报价单", "报价", now=NOW)
    with pytest.raises(ValidationError, match="already exists"):
        content.add("华信案例")
    touches.log([lead, other], "微信", at=datetime(2026, 11, 1, 9), now=NOW, content="华信案例")
    touches.log(lead, "微信", direction="in", at=datetime(2026, 11, 3, 9), now=NOW)  # a reply
    editing.update(other, {"stage": "won"}, now=NOW)
    rows = {r.name: r for r in content.report()}
    assert (rows["华信案例"].sent, rows["华信案例"].replies, rows["华信案例"].won,
            rows["华信案例"].won_value) == (2, 1, 1, 500_000)
    assert rows["华信案例"].reply_rate == 0.5
    assert rows["报价单"].sent == 0 and rows["报价单"].reply_rate is None
    assert content.remove(case.id) == "archived"
    assert [e.content_id for e in timeline.entries(lead)] == [None, None, case.id]


def test_procedures_start_each_grade_cadence_and_never_replace_silently(lead):
    other = contacts.create({"name": "王"}, now=NOW)[0]
    touches.log(lead, "索要报价", now=NOW)  # B -> 黄金七天
    editing.set_field([other], "grade", "A")  # A -> 21天成交
    first = procedures.apply([lead, other], TODAY, now=NOW)
    assert first.started == {"golden-week": (lead,), "close-21": (other,)}
    again = procedures.apply([lead, other], TODAY, now=NOW)
    assert again.skipped == (lead, other) and not any(again.started.values())


def test_a_grade_procedure_always_names_a_live_template(lead):
    """set-rules took any name (`--procedure A=nosuch`) and a template a grade's procedure
    named could be deleted: `grade apply` then failed for every lead of that grade."""
    from dataclasses import replace

    from desktop_app.core.errors import NotFound
    from desktop_app.core.followup import template_store

    before = rules_mod.load()
    with pytest.raises(NotFound, match="nosuch"):
        score.change_rules(replace(before, procedures={"A": "nosuch"}), TODAY)
    assert rules_mod.load() == before  # nothing saved
    score.change_rules(replace(before, procedures={"A": "黄金七天", "B": "close-21"}), TODAY)
    assert rules_mod.load().procedures == {"A": "golden-week", "B": "close-21"}  # by its key
    close = template_store.find("close-21")
    with pytest.raises(ValidationError, match="Grade B"):
        template_store.delete(close.id, now=NOW)
    assert template_store.find("close-21").id == close.id  # still there
    score.change_rules(replace(before, procedures={"A": "golden-week"}), TODAY)
    template_store.delete(close.id, now=NOW)  # no grade names it now
    with pytest.raises(NotFound):
        template_store.find("close-21")


def test_content_won_value_is_the_amount_won_as_the_funnel_counts_it(lead):
    """A lead tagged 10万 was won at 8万 (the amount given when closing): the funnel and the
    sources said 80,000 won, the content report 100,000 for the piece it received."""
    from desktop_app.core.contacts.reach import Outcome
    from desktop_app.core.reports import periods, run

    won = contacts.create({"name": "王", "deal_size": "10万"}, now=NOW)[0]
    reopened = contacts.create({"name": "李", "deal_size": "1,200"}, now=NOW)[0]
    content.add("华信案例", now=NOW)
    touches.log([won, reopened], "微信", at=datetime(2026, 11, 1, 9), now=NOW, content="华信案例")
    editing.set_stage([won], "won", Outcome(won_amount=80_000), now=NOW)
    editing.set_stage([reopened], "won", now=NOW)
    editing.set_stage([reopened], "interested", now=NOW)  # won, then reopened: not a deal
    row = content.report()[0]
    funnel = run.compute("funnel", run.make_scope(periods.parse("2026-11", TODAY), TODAY))
    assert (row.won, row.won_value) == (1, 80_000) == (funnel.won, funnel.won_amount)
