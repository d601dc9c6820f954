"""A period with nothing in it says why its report is all zeros (the salesperson saw a funnel
of 0 and — for 2026-08 and nothing saying that no lead was created then), and a period that
has only spend says why its ROI is 0; a period with leads says none of it."""
import pytest

from desktop_app.core.reports import periods, run, spend

from tests.core.reports import known


@pytest.fixture
def leads(db):
    ids = known.build()
    spend.set_amount("小红书", "2026-08", "3,000")  # spend in a month without leads
    return ids


def _notes(kind: str, period: str, **kw) -> list[str]:
    scope = run.make_scope(periods.parse(period, known.TODAY), known.TODAY, **kw)
    return [str(n) for n in run.table_of(kind, run.compute(kind, scope)).notes]


def test_a_period_without_leads_says_so(leads):
    funnel = _notes("funnel", "2026-08")
    assert funnel[0] == ("No leads were created from 2026-08-01 to 2026-08-31, so every count "
                         "is 0; choose another period, or count what happened in this one "
                         "(activity).")
    activity_mode = _notes("funnel", "2026-08", activity_mode=True)
    assert activity_mode[0] == ("No lead was created, reached a stage or was lost from "
                                "2026-08-01 to 2026-08-31, so every count is 0.")
    touches = _notes("activity", "2026-08")
    assert touches[0] == "No touches were logged from 2026-08-01 to 2026-08-31."


def test_a_month_with_spend_and_no_leads_says_why_its_roi_is_0(leads):
    notes = _notes("sources", "2026-08")
    assert notes[:2] == [
        "No leads were created from 2026-08-01 to 2026-08-31, so every count is 0; choose "
        "another period, or count what happened in this one (activity).",
        "The spend entered for these months is shown: with no leads, its ROI is 0."]


def test_a_filter_that_lists_nobody_in_the_period_is_named(leads):
    notes = _notes("funnel", "2026Q4", filter_text="来源:微博")
    assert notes[:2] == [
        "No leads were created from 2026-10-01 to 2026-12-31, so every count is 0; choose "
        "another period, or count what happened in this one (activity).",
        "Counted among the leads the filter lists: 来源:微博"]


@pytest.mark.parametrize("kind", ["funnel", "sources", "activity"])
def test_a_period_with_leads_and_touches_says_nothing_of_the_kind(leads, kind):
    notes = " ".join(_notes(kind, "2026Q4"))
    assert "No lead" not in notes and "No touches" not in notes and "ROI is 0" not in notes


def test_the_activity_names_a_behaviour_by_its_name_not_its_key(leads):
    """The week of a 私信 read 'dm' in the activity table (the CLI's and the window's)."""
    from desktop_app.core.followup import touches

    touches.log(leads[5], "私信", at=known.noon(11, 30), now=known.noon(12, 1))
    touches.log(leads[5], "电话", "接通", at=known.noon(11, 30), now=known.noon(12, 1))
    scope = run.make_scope(periods.parse("2026-11", known.TODAY), known.TODAY)
    table = run.table_of("activity", run.compute("activity", scope, "week"))
    channels = {r["channel"] for r in table.rows if r["bucket"] == "2026-11-30"}
    assert channels == {"私信", "电话"}


def test_the_activity_lists_a_note_but_not_under_touches(leads):
    """Q4: 5 touches and 1 note; the table's 备注 row said 1 under 'Touches' while the summary
    said 'Touches 5' and its note that a note is not a touch: the column added up to 6. The
    备注 row now leaves Touches empty and shows its 1 under its outcome (none)."""
    scope = run.make_scope(periods.parse("2026Q4", known.TODAY), known.TODAY)
    table = run.table_of("activity", run.compute("activity", scope, "week"))
    assert sum(r["total"] or 0 for r in table.rows) == 5
    (note,) = [r for r in table.rows if r["channel"] == "备注"]
    assert (note["total"], note["o:"]) == (None, 1)
    assert all(r["total"] == sum(r[k] for k in r if k.startswith("o:"))
               for r in table.rows if r["channel"] != "备注")
    notes = [str(n) for n in table.notes]
    assert notes[0].startswith("Touches 5;")
    assert notes[1] == "Notes in the table: 1, with Touches left empty: a note is not a touch."


def test_what_a_lead_did_is_not_a_touch(leads):
    """Lead 1 (won 11-03 after three calls) also viewed an article twice and downloaded the
    brochure before it was won: 'touches per lead before won' and the sources' touches per won
    deal counted those as the salesperson's touches (the sources report's own words: calls,
    messages and visits). A behaviour logged going out still counts."""
    from desktop_app.core.followup import touches
    from desktop_app.core.grading import behaviours

    for day, what in ((10, "浏览"), (11, "浏览"), (12, "下载资料")):
        touches.log(leads[1], what, at=known.noon(10, day), now=known.noon(12, 1))
    scope = run.make_scope(periods.parse("2026Q4", known.TODAY), known.TODAY)
    report = run.compute("activity", scope, "week")
    assert (report.touches, report.won, report.touches_before_won) == (5, 4, 1.0)
    table = run.table_of("activity", report)
    notes = [str(n) for n in table.notes]
    assert notes[2] == ("Actions of leads in the table: 3 (浏览, 下载资料), with Touches left "
                        "empty: what a lead did is not a touch.")
    assert sum(r["total"] or 0 for r in table.rows) == report.touches  # was 5 + 1 note + 3
    assert {r["channel"] for r in table.rows if r["total"] is None} == {"备注", "浏览", "下载资料"}
    douyin = {r.value: r for r in run.compute("sources", scope).rows}["抖音"]
    assert (douyin.touches, douyin.touches_per_won) == (4, 2.0)

    sent = behaviours.add("sent-case", "发案例", "out", 1, now=known.noon(10, 1))
    touches.log(leads[1], sent.name, at=known.noon(10, 13), now=known.noon(12, 1))
    report = run.compute("activity", scope, "week")
    assert (report.touches, report.touches_before_won) == (6, 1.25)
