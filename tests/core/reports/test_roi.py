"""ROI by hand, on a book small enough to check: 10 leads from 知乎 in 2026-11 (3 contacted, 2
interested, 1 quoted, 1 won at 5万) with 2,000 spend; 2 leads from 抖音 won at 1.5万 and 1千万
with no spend entered; 视频号 and B站 with spend and nothing won (the same ROI, 0)."""
import math

import pytest

from desktop_app.core.contacts import editing, records
from desktop_app.core.reports import periods, run, spend

from tests.core.reports.known import noon

TODAY = periods.parse_date("2026-12-05")


@pytest.fixture
def book(db):
    zhihu = [records.create({"name": f"知{n}", "source": "知乎",
                             "deal_size": "5万" if n == 0 else ""}, now=noon(11, n + 1))[0]
             for n in range(10)]
    for stage, leads, day in (("contacted", zhihu[:3], 12), ("interested", zhihu[:2], 14),
                              ("proposal", zhihu[:1], 16), ("won", zhihu[:1], 20)):
        editing.set_stage(leads, stage, now=noon(11, day))
    for n, deal in enumerate(("1.5万", "1千万")):
        cid = records.create({"name": f"抖{n}", "source": "抖音", "deal_size": deal},
                             now=noon(11, 3))[0]
        editing.set_stage([cid], "won", now=noon(11, 10))
    records.create({"name": "视", "source": "视频号"}, now=noon(11, 5))
    spend.set_amount("知乎", "2026-11", "2,000")
    spend.set_amount("视频号", "2026-11", "1,200")
    spend.set_amount("B站", "2026-11", "300")
    spend.set_amount("抖音", "2026-11", "0")  # 0: nothing entered


def _sources():
    scope = run.make_scope(periods.parse("2026-11", TODAY), TODAY)
    report = run.compute("sources", scope)
    return {r.value: r for r in report.rows}, report.total


def test_the_funnel_of_the_small_book(book):
    scope = run.make_scope(periods.parse("2026-11", TODAY), TODAY, filter_text="来源:知乎")
    report = run.compute("funnel", scope)
    assert [r.reached for r in report.stages] == [10, 3, 2, 1, 1]
    assert [r.step_rate for r in report.stages[1:]] == pytest.approx([0.3, 2 / 3, 0.5, 1.0])
    assert math.prod(r.step_rate for r in report.stages[1:]) == pytest.approx(0.1)
    assert report.overall_rate == pytest.approx(0.1) and report.won_amount == 50_000


def test_roi_per_source_and_sources_without_spend(book):
    rows, _ = _sources()
    z = rows["知乎"]
    assert (z.won_amount, z.spend, z.roi, z.cost_per_lead, z.cost_per_won) == (
        50_000, 2_000, 25.0, 200, 2_000)
    d = rows["抖音"]
    assert (d.won, d.won_amount, d.spend, d.roi, d.cost_per_won) == (
        2, 10_015_000, None, None, None)


def test_sources_with_the_same_lowest_roi_are_all_marked(book):
    """视频号 (1,200 spent) and B站 (300) both won nothing: ROI 0 each; only the first was
    marked worst, as if B站 did better."""
    rows, _ = _sources()
    assert (rows["视频号"].roi, rows["B站"].roi) == (0.0, 0.0)
    assert {v: r.mark for v, r in rows.items()} == {
        "知乎": "best", "抖音": "", "视频号": "worst", "B站": "worst"}


def test_the_total_roi_counts_the_sources_with_spend_only(book):
    """The total said ROI 5,008 (all 10,065,000 won, 抖音's too, over the 3,500 spent) and a
    cost per won deal of 1,167 (3,500 over 3 deals, two of them from 抖音 with no spend
    entered); it is 50,000 / 3,500 and 3,500 over the one deal the spend bought."""
    _, total = _sources()
    assert (total.leads, total.won, total.won_amount, total.spend) == (13, 3, 10_065_000, 3_500)
    assert total.roi == pytest.approx(50_000 / 3_500)
    assert total.cost_per_lead == pytest.approx(3_500 / 11)  # 知乎 10 + 视频号 1
    assert total.cost_per_won == pytest.approx(3_500)


def test_grouped_by_city_the_empty_spend_columns_say_why(book):
    """By city every spend, cost and ROI cell read — with nothing saying that spend is per
    source."""
    scope = run.make_scope(periods.parse("2026-11", TODAY), TODAY, by="city")
    notes = [str(n) for n in run.table_of("sources", run.compute("sources", scope)).notes]
    assert notes[0] == ("Spend is entered per source: the spend, cost and ROI columns fill in "
                        "when the report is grouped by source.")
    scope = run.make_scope(periods.parse("2026-11", TODAY), TODAY)
    notes = [str(n) for n in run.table_of("sources", run.compute("sources", scope)).notes]
    assert not any(n.startswith("Spend is entered per source") for n in notes)
