"""A won customer keeps at least grade B (成交's stage floor, the default rule since session 11):
a lead set to 成交 dropped to its score's grade, D when its conversations had paused. Rules an
existing database stored before get the new floor only when their floors were never edited."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.grading import rules as rules_mod
from desktop_app.core.grading import score
from desktop_app.core.storage import preferences

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 2, 0)
V1_FLOORS = {"interested": "C", "proposal": "B"}


def won_lead() -> int:
    cid = contacts.create({"name": "叶辉", "company": "华信", "stage": "proposal"}, now=NOW)[0]
    editing.update(cid, {"stage": "won"}, now=NOW)
    return cid


def store_as_before(**changes) -> None:
    """Rules as the app stored them before 成交 had a floor (no floors_version)."""
    data = json.loads(replace(rules_mod.Rules(), **{"stage_floors": V1_FLOORS, **changes})
                      .to_json())
    del data["floors_version"]
    preferences.put(rules_mod.KEY, json.dumps(data, ensure_ascii=False))


def graded_before(cid: int, grade: str, day: date) -> None:
    """The lead as the old version graded it, everyone graded on ``day`` (no rules stamp)."""
    from desktop_app.core.storage.rows import sql

    sql("UPDATE contact SET grade = ?, grade_auto = ? WHERE id = ?", (grade, grade, cid))
    preferences.put(rules_mod.AS_OF, day.isoformat())
    sql("DELETE FROM setting WHERE key = ?", (rules_mod.AS_OF_RULES,))


def test_a_won_lead_without_activity_is_b_not_d(db):
    cid = won_lead()
    row = contacts.get(cid)
    assert (row.score, row.grade_auto, row.grade) == (0, "B", "B")
    assert rules_mod.Rules().stage_floors == {"interested": "C", "proposal": "B", "won": "B"}
    assert rules_mod.grade_for(0, "won", rules_mod.load()) == "B"
    assert rules_mod.grade_for(25, "won", rules_mod.load()) == "A"  # still scores up to A


def test_untouched_old_floors_read_as_the_new_default_and_the_daily_regrade_applies_it(db):
    cid = won_lead()
    store_as_before(thresholds=(30, 10, 3))  # other rules edited, the floors not
    graded_before(cid, "D", date(2026, 11, 24))
    rules = rules_mod.load()
    assert rules.stage_floors["won"] == "B" and rules.thresholds == (30, 10, 3)
    score.ensure_current(TODAY)
    assert contacts.get(cid).grade == "B"


def test_the_new_floor_applies_the_same_day_as_an_old_version_graded(db):
    cid = won_lead()
    store_as_before()
    graded_before(cid, "D", TODAY)  # the old version had done today's regrade already
    assert not score.is_current(TODAY)
    score.ensure_current(TODAY)
    assert contacts.get(cid).grade == "B" and score.is_current(TODAY)


def test_floors_the_user_edited_stay_as_they_were(db):
    cid = won_lead()
    store_as_before(stage_floors={"interested": "B", "proposal": "B"})
    graded_before(cid, "D", date(2026, 11, 24))
    assert rules_mod.load().stage_floors == {"interested": "B", "proposal": "B"}
    score.ensure_current(TODAY)
    assert contacts.get(cid).grade == "D"


def test_a_won_floor_removed_after_the_change_stays_removed(db):
    cid = won_lead()
    store_as_before()
    rules = rules_mod.load()
    score.change_rules(replace(rules, stage_floors={**rules.stage_floors, "won": "D"}), TODAY)
    assert rules_mod.load().stage_floors == V1_FLOORS
    assert contacts.get(cid).grade == "D"
    score.ensure_current(TODAY)
    assert contacts.get(cid).grade == "D"
