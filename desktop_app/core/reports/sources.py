"""Sources (来源) and ROI: one row per value of a tag field (every value, not a top few).

Per value: new leads, contacted / interested / proposal %, won, won %, won amount, median
days to close, touches per won deal (calls, messages and visits up to the won day), spend,
cost per lead, cost per won deal and ROI (won amount / spend). Grouped by source, the spend
of the period's months is joined in, and a source with spend but no leads gets its row (ROI
0). A total row adds up the rows (its costs and ROI: over the sources with spend only); the
best and worst ROI are marked (every row that has it). Three queries: the
counts, the medians, the touches; all aggregated in SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.reports import funnel as funnel_report
from desktop_app.core.reports import spend as spend_records
from desktop_app.core.reports.scope import COHORT, Scope, ratio, select_sql, touch_sql
from desktop_app.core.storage.schema import Contact, database

COUNTS = ("leads", "contacted", "interested", "proposal", "won")  # clickable columns


@dataclass
class SourceRow:
    value: str
    leads: int = 0
    contacted: int = 0
    interested: int = 0
    proposal: int = 0
    won: int = 0
    won_amount: int = 0
    median_days: float | None = None
    touches: int = 0  # touches of the won leads up to their won day
    spend: int | None = None  # None: no spend recorded (or not grouped by source)
    filters: dict = field(default_factory=dict)  # column -> filter text listing its leads
    mark: str = ""  # "best" / "worst" ROI
    # the total row: the rows with spend added up, which its costs and ROI divide (a source
    # without spend entered adds its leads and won amount to the total, not to what was bought)
    paid: "SourceRow | None" = None

    @property
    def contacted_rate(self):
        return ratio(self.contacted, self.leads)

    @property
    def interested_rate(self):
        return ratio(self.interested, self.leads)

    @property
    def proposal_rate(self):
        return ratio(self.proposal, self.leads)

    @property
    def won_rate(self):
        return ratio(self.won, self.leads)

    @property
    def touches_per_won(self):
        return ratio(self.touches, self.won)

    @property
    def cost_per_lead(self):
        return None if self.spend is None else ratio(self.spend, (self.paid or self).leads)

    @property
    def cost_per_won(self):
        return None if self.spend is None else ratio(self.spend, (self.paid or self).won)

    @property
    def roi(self):
        return None if not self.spend else (self.paid or self).won_amount / self.spend

    def to_json(self) -> dict:
        keys = ("value", "leads", "contacted", "interested", "proposal", "won", "won_amount",
                "median_days", "touches", "spend", "contacted_rate", "interested_rate",
                "proposal_rate", "won_rate", "touches_per_won", "cost_per_lead",
                "cost_per_won", "roi", "mark", "filters")
        return {k: getattr(self, k) for k in keys}


@dataclass(frozen=True)
class SourcesReport:
    scope: Scope
    rows: list[SourceRow]
    total: SourceRow

    def to_json(self) -> dict:
        return {"period": {"label": self.scope.period.label,
                           "from": self.scope.period.start.isoformat(),
                           "to": self.scope.period.end.isoformat()},
                "mode": self.scope.mode, "by": self.scope.by, "filter": self.scope.filter_text,
                "rows": [r.to_json() for r in self.rows], "total": self.total.to_json()}


def _counts_sql(scope: Scope) -> tuple[str, list]:
    if scope.mode == COHORT:
        return ("COUNT(*), COUNT(contacted_on), COUNT(interested_on), COUNT(proposal_on), "
                "COUNT(won_on), COALESCE(SUM(won_amount), 0)"), []
    low, high = scope.period.utc_bounds()
    start, end = scope.period.start.isoformat(), scope.period.end.isoformat()
    parts = ["SUM(created_at >= ? AND created_at < ?)"] + [
        f"SUM({c} BETWEEN ? AND ?)" for c in ("contacted_on", "interested_on", "proposal_on",
                                             "won_on")]
    parts.append("COALESCE(SUM(CASE WHEN won_on BETWEEN ? AND ? THEN won_amount END), 0)")
    return ", ".join(parts), [low, high] + [start, end] * 5


def _touches(scope: Scope, by: str) -> dict[str, int]:
    """{value: touches of its won leads up to their won day}."""
    where = scope.where() & Contact.won_on.is_null(False)
    if scope.mode != COHORT:
        where &= ((Contact.won_on >= scope.period.start.isoformat())
                  & (Contact.won_on <= scope.period.end.isoformat()))
    inner, params = select_sql(f"id, {by} AS g, won_on", where)
    touch, touch_params = touch_sql("i")
    text = ("SELECT w.g, COUNT(i.id) FROM (" + inner + ") AS w JOIN interaction AS i "
            f"ON i.contact_id = w.id AND {touch} AND date(i.at, 'localtime') <= w.won_on "
            "GROUP BY w.g")
    return dict(database.execute_sql(text, params + touch_params).fetchall())


def sources(scope: Scope) -> SourcesReport:
    by = scope.by
    counts_select, count_params = _counts_sql(scope)
    text, params = select_sql(f"{by}, {counts_select}", scope.where(), by)
    found = {}
    for value, *numbers in database.execute_sql(text, [*count_params, *params]).fetchall():
        row = SourceRow(value, *[int(n or 0) for n in numbers])
        found[value] = row
    medians = funnel_report.median_days_to_won(scope, group=by)
    touches = _touches(scope, by)
    if by == "source":
        for source, amount in spend_records.totals(*scope.period.months()).items():
            found.setdefault(source, SourceRow(source)).spend = amount
    for value, row in found.items():
        row.median_days = medians.get(value)
        row.touches = int(touches.get(value, 0))
        row.filters = _filters(scope, value)
    ordered = sorted(found.values(), key=lambda r: (-r.leads, -(r.spend or 0), r.value))
    _mark(ordered)
    return SourcesReport(scope, ordered, _total(scope, ordered))


def _filters(scope: Scope, value: str | None) -> dict[str, str]:
    reached = {"contacted": "contacted", "interested": "interested", "proposal": "proposal",
               "won": "won"}
    out = {"leads": scope.filter_for(*[t for t in [scope.reached_term("lead")] if t],
                                     group=value)}
    for column, stage in reached.items():
        out[column] = scope.filter_for(scope.reached_term(stage), group=value)
    out["won_amount"] = out["won"]
    return out


def _mark(ordered: list[SourceRow]) -> None:
    """Mark the best and the worst ROI: every row that has it (two sources that both won
    nothing are both the worst)."""
    rated = [r for r in ordered if r.roi is not None]
    if len(rated) < 2:
        return
    best = max(r.roi for r in rated)
    worst = min(r.roi for r in rated)
    if best == worst:
        return
    for r in rated:
        r.mark = "best" if r.roi == best else "worst" if r.roi == worst else ""


def _total(scope: Scope, ordered: list[SourceRow]) -> SourceRow:
    total, paid = SourceRow(""), SourceRow("")
    for name in ("leads", "contacted", "interested", "proposal", "won", "won_amount",
                 "touches"):
        setattr(total, name, sum(getattr(r, name) for r in ordered))
        setattr(paid, name, sum(getattr(r, name) for r in ordered if r.spend is not None))
    spends = [r.spend for r in ordered if r.spend is not None]
    total.spend = sum(spends) if spends else None
    total.paid = paid
    total.median_days = funnel_report.median_days_to_won(scope)
    total.filters = _filters(scope, None)
    return total


