"""One entry point per report for the CLI and the window (which calls it off the GUI thread)."""
from __future__ import annotations

from datetime import date

from desktop_app.core.errors import ValidationError
from desktop_app.core.reports import activity, funnel, sources, tables
from desktop_app.core.reports.periods import Period
from desktop_app.core.reports.scope import ACTIVITY, COHORT, Scope

KINDS = ("funnel", "sources", "activity")


def make_scope(period: Period, today: date, filter_text: str = "", by: str = "source",
               activity_mode: bool = False) -> Scope:
    return Scope(period, today, filter_text or "", by, ACTIVITY if activity_mode else COHORT)


def compute(kind: str, scope: Scope, bucket: str = "day"):
    """The report ``kind`` (funnel, sources, activity) for ``scope``: plain values."""
    if kind == "funnel":
        return funnel.funnel(scope)
    if kind == "sources":
        return sources.sources(scope)
    if kind == "activity":
        return activity.activity(scope, bucket)
    raise ValidationError("report", "Unknown report {kind!r}; use funnel, sources or activity.",
                          kind=kind)


def table_of(kind: str, report) -> tables.Table:
    return {"funnel": tables.funnel_table, "sources": tables.sources_table,
            "activity": tables.activity_table}[kind](report)
