"""The dozen leads of ``known.py`` give exactly the hand-computed numbers; every count lists
exactly its leads through the filter the report writes."""
import math

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.reports import periods, run
from desktop_app.core.search import query
from tests.core.reports import known


@pytest.fixture
def leads(db):
    return known.build()


def _scope(**kw):
    return run.make_scope(periods.parse("2026Q4", known.TODAY), known.TODAY, **kw)


def test_funnel_matches_the_hand_computed_numbers(leads):
    report = run.compute("funnel", _scope())
    assert [(r.stage, r.reached, r.lost) for r in report.stages] == [
        ("lead", 11, 0), ("contacted", 9, 2), ("interested", 6, 0), ("proposal", 4, 1),
        ("won", 3, 0)]
    assert report.won_amount == 180_000
    assert report.median_days_to_won == 32
    assert report.overall_rate == pytest.approx(3 / 11)
    steps = [r.step_rate for r in report.stages[1:]]
    assert steps == pytest.approx([9 / 11, 6 / 9, 4 / 6, 3 / 4])
    assert math.prod(steps) == pytest.approx(report.overall_rate)  # the cohort telescopes


def test_sources_match_the_hand_computed_numbers(leads):
    report = run.compute("sources", _scope())
    got = {r.value: r for r in report.rows}
    assert list(got) == ["抖音", "知乎", "百度", "展会", "小红书"]
    d = got["抖音"]
    assert (d.leads, d.contacted, d.interested, d.proposal, d.won, d.won_amount) == \
        (4, 3, 2, 2, 2, 150_000)
    assert (d.median_days, d.touches_per_won, d.spend, d.roi, d.cost_per_lead,
            d.cost_per_won) == (35, 2.0, 30_000, 5.0, 7_500, 15_000)
    z = got["知乎"]
    assert (z.leads, z.contacted, z.interested, z.proposal, z.won, z.won_amount, z.median_days,
            z.touches_per_won, z.spend, z.roi, z.mark) == (4, 4, 4, 2, 1, 30_000, 10, 0, 5_000,
                                                           6.0, "best")
    x = got["小红书"]
    assert (x.leads, x.won, x.spend, x.roi, x.mark) == (0, 0, 8_000, 0.0, "worst")
    assert (got["百度"].leads, got["百度"].contacted, got["百度"].spend, got["百度"].roi) == \
        (2, 1, None, None)
    t = report.total
    assert (t.leads, t.contacted, t.won, t.won_amount, t.spend, t.median_days) == \
        (11, 9, 3, 180_000, 43_000, 32)


def test_lost_reasons_and_lost_from_are_recorded(leads):
    lost = {contacts.get(leads[n]).lost_reason: contacts.get(leads[n]).lost_from
            for n in (2, 6, 9)}
    assert lost == {"价格": "contacted", "竞品": "proposal", "联系不上": "contacted"}


def columns(contact_id):
    from desktop_app.core.contacts.reach import snapshot

    return snapshot([contact_id])[0][1:]


def _count(text):
    parsed = query.parse(text, known.TODAY)
    assert parsed.errors == []
    return contacts.count(parsed.where)


@pytest.mark.parametrize("mode", [False, True])
def test_every_count_of_the_funnel_lists_exactly_its_leads(leads, mode):
    report = run.compute("funnel", _scope(activity_mode=mode))
    for row in report.stages:
        assert _count(row.reached_filter) == row.reached, row.reached_filter
        if row.lost_filter:
            assert _count(row.lost_filter) == row.lost, row.lost_filter


@pytest.mark.parametrize("by", ["source", "city", "title"])
def test_every_count_of_the_sources_report_lists_exactly_its_leads(leads, by):
    report = run.compute("sources", _scope(by=by))
    for row in report.rows + [report.total]:
        for column in ("leads", "contacted", "interested", "proposal", "won"):
            assert _count(row.filters[column]) == getattr(row, column), row.filters[column]


def test_the_filter_narrows_the_report(leads):
    report = run.compute("funnel", _scope(filter_text="source:=知乎"))
    assert [r.reached for r in report.stages] == [4, 4, 4, 2, 1]


def test_activity_mode_counts_what_happened_in_the_period(leads):
    november = run.make_scope(periods.parse("2026-11", known.TODAY), known.TODAY,
                              activity_mode=True)
    report = run.compute("funnel", november)
    # created in Nov: 8, 9, 10; contacted in Nov: 8 (imported), 9; won in Nov: 1, 4
    assert [r.reached for r in report.stages] == [3, 2, 1, 0, 2]
    assert [r.lost for r in report.stages][:4] == [0, 1, 0, 1]


@pytest.mark.parametrize("period", ["2026", "this-year", "2026-01-01..2026-12-31"])
def test_every_count_of_a_year_lists_exactly_its_leads(leads, period):
    """A year is a period like a quarter: ``created:2026`` and ``won:2026`` (what the reports
    write for 2026 or this-year) named 2026 days ago, and the list showed 0 leads for every
    number of the year's funnel, sources and activity reports."""
    scope = run.make_scope(periods.parse(period, known.TODAY), known.TODAY)
    funnel = run.compute("funnel", scope)
    assert funnel.stages[0].reached == 12  # the dozen, lead 11 (created 09-15) included
    for row in funnel.stages:
        assert _count(row.reached_filter) == row.reached, row.reached_filter
    sources = run.compute("sources", scope)
    for column in ("leads", "contacted", "interested", "proposal", "won"):
        assert _count(sources.total.filters[column]) == getattr(sources.total, column)
    activity = run.compute("activity", scope, "week")
    assert activity.won and _count(activity.won_filter) == activity.won, activity.won_filter


def test_a_bare_number_that_is_no_year_is_still_an_age_in_days(leads):
    assert _count("created:<=1000") == _count("created:<=1000d") == 12
    assert _count("won:0") == _count("won:0d")


def test_activity_report(leads):
    report = run.compute("activity", _scope(), "week")
    assert report.touches == 5
    assert report.reach_rate == pytest.approx(3 / 4)
    assert report.reply_rate == 1.0
    # won in Q4: leads 1, 4, 7, 11 -> touches before the won day 3 + 1 + 0 + 0
    assert (report.won, report.touches_before_won) == (4, 1.0)
    assert _count(report.won_filter) == 4
    weeks = {r.bucket for r in report.rows}
    assert all(periods.parse_date(b).weekday() == 0 for b in weeks)  # Mondays


def test_undo_of_a_stage_change_leaves_no_trace_in_the_report(leads):
    from desktop_app.core.contacts import editing

    before = columns(leads[3])
    result = editing.set_stage([leads[3]], "won", now=known.noon(12, 5))
    assert run.compute("funnel", _scope()).won == 4
    editing.undo_set(result)
    assert columns(leads[3]) == before
    assert run.compute("funnel", _scope()).won == 3


def test_undo_of_a_detail_pane_edit_restores_the_stage_dates(leads):
    from desktop_app.core.contacts import editing

    before = columns(leads[10])
    result = editing.update(leads[10], {"stage": "proposal"}, now=known.noon(12, 5))
    assert columns(leads[10])[:3] == ("2026-12-05",) * 3
    editing.update(leads[10], {"stage": "lead"}, restore_reach=result.reach,
                   now=known.noon(12, 5))
    assert columns(leads[10]) == before
