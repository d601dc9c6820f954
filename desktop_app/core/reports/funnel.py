"""The funnel 线索 -> 已联系 -> 意向 -> 报价 -> 成交: how many leads reached each stage, the step
conversion, the overall lead -> won rate, how many were lost at each stage, and the median
days from lead to won. One aggregate query over the contact table (``contacts.reach`` keeps the
day each lead reached each stage), one more for the median.

In cohort mode every count is a subset of the one before (a lead that reached 报价 passed
意向), so the overall rate is the product of the step rates. In activity mode each stage
counts the leads that reached it during the period, whenever they came.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.contacts.reach import FUNNEL, REACHED_COLUMN
from desktop_app.core.messages import msg
from desktop_app.core.reports.scope import COHORT, STAGE_TERM, Scope, ratio, select_sql
from desktop_app.core.storage.schema import Contact, database

LOST_FROM = FUNNEL[:-1]  # a lead is lost from 线索, 已联系, 意向 or 报价 (or after 成交)


@dataclass(frozen=True)
class StageRow:
    stage: str  # code
    reached: int
    step_rate: float | None  # reached / reached at the stage before (None for 线索)
    overall_rate: float | None  # reached / leads
    lost: int  # lost from this stage
    reached_filter: str
    lost_filter: str


@dataclass(frozen=True)
class Funnel:
    scope: Scope
    stages: list[StageRow]
    leads: int
    won: int
    won_amount: int
    median_days_to_won: float | None
    notes: list[str] = field(default_factory=list)

    @property
    def overall_rate(self) -> float | None:
        return ratio(self.won, self.leads)

    def to_json(self) -> dict:
        return {
            "period": {"label": self.scope.period.label,
                       "from": self.scope.period.start.isoformat(),
                       "to": self.scope.period.end.isoformat()},
            "mode": self.scope.mode, "filter": self.scope.filter_text,
            "leads": self.leads, "won": self.won, "won_amount": self.won_amount,
            "overall_rate": self.overall_rate, "median_days_to_won": self.median_days_to_won,
            "stages": [{"stage": r.stage, "reached": r.reached, "step_rate": r.step_rate,
                        "overall_rate": r.overall_rate, "lost": r.lost,
                        "filter": r.reached_filter, "lost_filter": r.lost_filter}
                       for r in self.stages],
            "notes": list(self.notes),
        }


def _reached_sql(scope: Scope) -> tuple[list[str], list]:
    """One COUNT per funnel stage: reached at all (cohort) or during the period (activity)."""
    if scope.mode == COHORT:
        return ["COUNT(*)"] + [f"COUNT({REACHED_COLUMN[s]})" for s in FUNNEL[1:]], []
    low, high = scope.period.utc_bounds()
    start, end = scope.period.start.isoformat(), scope.period.end.isoformat()
    parts = ["SUM(created_at >= ? AND created_at < ?)"]
    params = [low, high]
    for stage in FUNNEL[1:]:
        parts.append(f"SUM({REACHED_COLUMN[stage]} BETWEEN ? AND ?)")
        params += [start, end]
    return parts, params


def _lost_sql(scope: Scope) -> tuple[list[str], list]:
    if scope.mode == COHORT:
        return [f"SUM(lost_from = '{s}')" for s in LOST_FROM], []
    start, end = scope.period.start.isoformat(), scope.period.end.isoformat()
    return ([f"SUM(lost_from = '{s}' AND lost_on BETWEEN ? AND ?)" for s in LOST_FROM],
            [start, end] * len(LOST_FROM))


def funnel(scope: Scope) -> Funnel:
    """The funnel of ``scope`` (its ``by`` is not used)."""
    reached_parts, reached_params = _reached_sql(scope)
    lost_parts, lost_params = _lost_sql(scope)
    won_sum = ("SUM(won_amount)" if scope.mode == COHORT else
               "SUM(CASE WHEN won_on BETWEEN ? AND ? THEN won_amount END)")
    won_params = [] if scope.mode == COHORT else [scope.period.start.isoformat(),
                                                  scope.period.end.isoformat()]
    where = scope.where()
    select = ", ".join(reached_parts + lost_parts + [won_sum])
    # the SELECT's parameters come before the WHERE's: bind them by position
    values = _run(select, reached_params + lost_params + won_params, where)
    counts = [int(v or 0) for v in values[:len(FUNNEL)]]
    lost = [int(v or 0) for v in values[len(FUNNEL):len(FUNNEL) + len(LOST_FROM)]]
    won_amount = int(values[-1] or 0)
    stages = []
    for k, stage in enumerate(FUNNEL):
        reached_term = scope.reached_term(stage)
        lost_terms = [f"lost-from:{STAGE_TERM[stage]}"]
        if scope.mode != COHORT:
            lost_terms.append(f"lost:{scope.period.label}")
        stages.append(StageRow(
            stage, counts[k], None if k == 0 else ratio(counts[k], counts[k - 1]),
            ratio(counts[k], counts[0]), lost[k] if k < len(lost) else 0,
            scope.filter_for(*[t for t in (reached_term,) if t]),
            scope.filter_for(*lost_terms) if k < len(lost) else ""))
    notes = [msg("Leads that skipped a stage, or were imported at a later stage, are counted "
                 "as having passed the earlier stages.")]
    if scope.mode == COHORT:
        notes.append(msg("Cohort: the leads created from {start} to {end}, followed to today.",
                         start=scope.period.start.isoformat(), end=scope.period.end.isoformat()))
    else:
        notes.append(msg("Activity: the leads that reached each stage from {start} to {end}, "
                         "whenever they came.", start=scope.period.start.isoformat(),
                         end=scope.period.end.isoformat()))
    return Funnel(scope, stages, counts[0], counts[-1], won_amount,
                  median_days_to_won(scope), notes)


def _run(select: str, select_params: list, where) -> tuple:
    text, params = select_sql(select, where)
    return database.execute_sql(text, [*select_params, *params]).fetchone()


def median_days_to_won(scope: Scope, group: str | None = None) -> float | None | dict:
    """The median days from a lead's creation (local day) to its won date, over the won leads
    the scope counts; with ``group`` (a column): {value: median}."""
    where = scope.where()
    if scope.mode != COHORT:
        where &= ((Contact.won_on >= scope.period.start.isoformat())
                  & (Contact.won_on <= scope.period.end.isoformat()))
    where &= Contact.won_on.is_null(False)
    key = group or "''"
    inner, params = select_sql(
        f"{key} AS g, julianday(won_on) - julianday(date(created_at, 'localtime')) AS d",
        where)
    text = ("SELECT g, AVG(d) FROM (SELECT g, d, ROW_NUMBER() OVER (PARTITION BY g ORDER BY d)"
            " AS rn, COUNT(*) OVER (PARTITION BY g) AS n FROM (" + inner + ")) "
            "WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY g")
    found = {g: d for g, d in database.execute_sql(text, params).fetchall()}
    if group is not None:
        return found
    return found.get("")

