"""Activity mode counts what happened in the period, whenever the leads came: in 2026-11 the
known book has 3 new leads, 0 proposals and 2 won deals (leads 1 and 4, created in October: 100,000 + 50,000, 32 and 38 days). The
funnel said 'Step conversion —' for 成交, 'Lead to won: 66.7%' (2 of 3 new leads, none of
which was won): its rates are ratios of the period's counts, and now say so."""
import pytest

from desktop_app.core.reports import periods, run

from tests.core.reports import known


@pytest.fixture
def leads(db):
    return known.build()


def _table(activity: bool):
    scope = run.make_scope(periods.parse("2026-11", known.TODAY), known.TODAY,
                           activity_mode=activity)
    return run.table_of("funnel", run.compute("funnel", scope))


def test_activity_mode_names_its_rates_as_ratios_of_the_period(leads):
    table = _table(activity=True)
    assert [str(h) for _, h, _ in table.columns] == [
        "Stage", "Leads reached", "Ratio to the stage before", "Per new lead", "Lost here"]
    notes = [str(n) for n in table.notes]
    assert ("Activity: each rate compares two counts of the period, not the same leads (it "
            "may pass 100%); conversion is the cohort's (leave activity off).") in notes
    assert notes[-1] == ("Won in the period per new lead of the period: 66.7% (2 / 3); won "
                         "amount 150,000 yuan; median days from lead to won: 35.")
    assert not any(n.startswith("Lead to won") for n in notes)


def test_the_cohort_keeps_its_conversion_labels(leads):
    table = _table(activity=False)
    assert [str(h) for _, h, _ in table.columns][2:4] == ["Step conversion", "Of all leads"]
    assert str(table.notes[-1]).startswith("Lead to won: ")
