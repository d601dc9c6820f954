"""Score, grade and explanation on a hand-computed fixture; regrading after a rule change
against a plain-Python oracle over random histories."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touches
from desktop_app.core.grading import behaviours
from desktop_app.core.grading import explain as explain_mod
from desktop_app.core.grading import rules as rules_mod
from desktop_app.core.grading import score
from desktop_app.core.storage.schema import database
from desktop_app.core.timeline import records as timeline

UTC = timezone.utc
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, 0)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


@pytest.fixture
def lead(db):
    return contacts.create({"name": "叶", "company": "华信", "stage": "proposal"}, now=NOW)[0]


def test_hand_computed_fixture(lead):
    touches.log(lead, "私信", at=at(date(2026, 11, 20)), now=NOW)  # +5
    touches.log(lead, "电话", "接通", at=at(date(2026, 11, 22)), now=NOW)  # call 0, reached +3
    touches.log(lead, "知乎评论", at=at(date(2026, 11, 1)), now=NOW)  # +2, 24 days old: +1
    touches.log(lead, "索要报价", at=at(date(2026, 10, 20)), now=NOW)  # 36 days: outside
    gone = touches.log(lead, "退订", at=at(date(2026, 11, 23)), now=NOW)
    touches.delete(gone.interactions, now=NOW)  # deleted: counts nothing
    score.regrade([lead], TODAY, tz=UTC)
    row = contacts.get(lead)
    assert row.score == 9  # 5 + 3 + 1: C by score, raised to B by the stage 报价
    assert (row.grade_auto, row.grade) == ("B", "B")
    expl = explain_mod.explain(lead, TODAY, tz=UTC)
    assert (expl.score, expl.by_score, expl.floor, expl.grade) == (9, "C", "B", "B")
    assert explain_mod.lines(expl, behaviours.label) == [
        "接通 +3 on 11-22", "私信 +5 on 11-20", "知乎评论 +1 on 11-01 (½)"]
    # a manual grade overrides until cleared; both stay visible
    editing.set_field([lead], "grade", "A")
    row = contacts.get(lead)
    assert (row.grade, row.grade_auto, row.grade_manual) == ("A", "B", "A")
    result = editing.set_field([lead], "grade", "auto")
    assert contacts.get(lead).grade == "B"
    editing.undo_set(result)
    assert contacts.get(lead).grade == "A"


def test_logging_regrades_in_the_same_write(lead):
    editing.update(lead, {"stage": "lead"}, now=NOW)
    assert contacts.get(lead).grade == "D"
    touches.log(lead, "索要报价", now=NOW)
    touches.log(lead, "到访", now=NOW)
    touches.log(lead, "咨询", now=NOW)  # 10 + 8 + 5 = 23
    row = contacts.get(lead)
    assert (row.score, row.grade) == (23, "A")
    assert contacts.ids(__import__("desktop_app.core.search.query", fromlist=["parse"])
                        .parse("grade:A score:>=20", TODAY).where) == [lead]


def test_a_stage_floor_applies_on_a_stage_change(lead):
    editing.update(lead, {"stage": "lead"}, now=NOW)
    assert contacts.get(lead).grade == "D"
    editing.update(lead, {"stage": "报价"}, now=NOW)
    assert contacts.get(lead).grade == "B"


# --- the oracle ---------------------------------------------------------------------------

BEHAVIOURS = {"view": 1, "zhihu-comment": 2, "dm": 5, "download": 3, "walk-in": 8,
              "inquiry": 5, "quote-request": 10, "unsubscribe": -10}
CHANNELS = ["call", "wechat", "meeting", "note", *BEHAVIOURS]
OUTCOMES = [None, "reached", "no-answer", "replied", "no-reply"]
STAGES = ["lead", "contacted", "interested", "proposal", "won"]


def oracle(history, stages, manual, window, full, thresholds, weights, outcome_w, floors):
    """Grade of each lead, by hand: ages in whole UTC days before TODAY."""
    out = {}
    for cid, stage in stages.items():
        total = 0.0
        for c, channel, outcome, age, deleted in history:
            if c != cid or deleted or age >= window:
                continue
            w = weights.get(channel, 0) + (outcome_w.get(outcome, 0) if outcome else 0)
            total += w if age < full else w / 2
        a, b, c_ = thresholds
        g = "A" if total >= a else "B" if total >= b else "C" if total >= c_ else "D"
        g = min(g, floors.get(stage, "D"))
        out[cid] = (total, manual.get(cid) or g)
    return out


entries = st.lists(st.tuples(st.integers(0, 5), st.sampled_from(CHANNELS),
                             st.sampled_from(OUTCOMES), st.integers(0, 45), st.booleans()),
                   max_size=40)
changes = st.one_of(
    st.tuples(st.just("behaviour"), st.sampled_from(sorted(BEHAVIOURS)), st.integers(-12, 12)),
    st.tuples(st.just("threshold"), st.integers(0, 2), st.integers(-3, 25)),
    st.tuples(st.just("outcome"), st.sampled_from(["reached", "no-answer"]), st.integers(-5, 5)),
    st.tuples(st.just("window"), st.integers(1, 40), st.integers(0, 40)),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=entries, stage_picks=st.lists(st.sampled_from(STAGES), min_size=6, max_size=6),
       manual_picks=st.lists(st.sampled_from([None, None, "A", "D"]), min_size=6, max_size=6),
       change=changes)
def test_a_rule_change_regrades_exactly_the_leads_that_move(db, history, stage_picks,
                                                            manual_picks, change):
    conn = database.connection()
    for table in ("interaction", "contact", "setting"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("UPDATE behaviour SET weight = CASE key " + " ".join(
        f"WHEN '{k}' THEN {v}" for k, v in BEHAVIOURS.items()) + " END")
    behaviours.forget()
    ids = [contacts.create({"name": f"n{k}", "stage": s}, now=NOW)[0]
           for k, s in enumerate(stage_picks)]
    conn.execute("DELETE FROM interaction")
    hist = [(ids[c], ch, None if ch == "note" else o, age, deleted)
            for c, ch, o, age, deleted in history]
    for n, (cid, channel, outcome, age, deleted) in enumerate(hist):
        when = at(TODAY - timedelta(days=age), 8).isoformat(" ")
        conn.execute(timeline.INSERT_SQL, (n + 1, cid, when, "interaction", channel, "in",
                                           outcome, "", "", when))
        if deleted:
            conn.execute("UPDATE interaction SET deleted_at = ? WHERE id = ?", (when, n + 1))
    manual = {cid: m for cid, m in zip(ids, manual_picks) if m}
    for cid, m in manual.items():
        editing.set_field([cid], "grade", m)
    stages = dict(zip(ids, stage_picks))
    r1 = rules_mod.Rules()
    score.regrade(None, TODAY, r1, tz=UTC)
    weights1 = {**r1.channel_weights, **BEHAVIOURS}
    args1 = (r1.window_days, r1.full_days, r1.thresholds, weights1, r1.outcome_weights,
             r1.stage_floors)
    before = oracle(hist, stages, manual, *args1)
    stored = {r.id: (r.score, r.grade) for r in contacts.get_many(ids)}
    assert stored == before

    kind, what, value = change
    r2, weights2, new_weights = r1, dict(weights1), {}
    if kind == "behaviour":
        weights2[what] = value
        new_weights = {what: value}
    elif kind == "threshold":
        t = list(r1.thresholds)
        t[what] = value
        if not t[0] > t[1] > t[2]:
            with pytest.raises(Exception, match="out of order"):
                score.change_rules(r1.with_changes(thresholds=tuple(t)), TODAY, tz=UTC)
            assert rules_mod.load() == r1
            return
        r2 = rules_mod.Rules(thresholds=tuple(t))
    elif kind == "outcome":
        r2 = rules_mod.Rules(outcome_weights={**r1.outcome_weights, what: value})
    else:
        r2 = rules_mod.Rules(window_days=what, full_days=min(value, what))
    changed = score.change_rules(r2, TODAY, tz=UTC, behaviour_weights=new_weights).contacts
    after = oracle(hist, stages, manual, r2.window_days, r2.full_days, r2.thresholds,
                   weights2, r2.outcome_weights, r2.stage_floors)
    assert {r.id: (r.score, r.grade) for r in contacts.get_many(ids)} == after
    assert changed == {cid for cid in ids if before[cid] != after[cid]}
    for cid in ids:  # the explanation says the same
        expl = explain_mod.explain(cid, TODAY, tz=UTC)
        assert (expl.score, expl.grade) == after[cid]
