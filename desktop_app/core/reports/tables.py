"""A report as a table: the same columns for the CLI, CSV/xlsx export, printing and the window.

``Table.columns`` are (key, header, kind): ``kind`` says how a value is shown (``text``,
``count``, ``pct``, ``yuan``, ``days``, ``ratio``). Headers are messages (the UI translates
them). ``filters[r][key]``: the filter text listing the leads a count counts (clickable);
``links[name]``: the same for a count among the notes' values (the activity's won leads).

Money: ``cell_text`` writes 10,065,000 (the CLI, the English window); the Chinese window reads
it in 万 and 亿 (``messages.wan_text``: 1,006.5万), a note's amount too (a ``messages.Yuan``
value remembers its number). The exports keep plain numbers (``export``), so a spreadsheet can sum them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.contacts.stages import LABELS
from desktop_app.core.grading import behaviours
from desktop_app.core.messages import Message, Yuan, msg
from desktop_app.core.reports.activity import OUTCOMES, Activity
from desktop_app.core.reports.funnel import Funnel
from desktop_app.core.reports.scope import COHORT, lead_actions
from desktop_app.core.reports.sources import SourcesReport

BY_HEADERS = {"source": msg("Source"), "city": msg("City"), "product": msg("Product"),
              "title": msg("Title"), "company": msg("Company")}


@dataclass
class Table:
    title: Message
    columns: list[tuple[str, Message, str]]
    rows: list[dict]
    filters: list[dict] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)  # per row: "", "best", "worst", "total"
    notes: list[str] = field(default_factory=list)
    links: dict = field(default_factory=dict)  # {a value of the notes: the filter of its leads}


def funnel_table(report: Funnel) -> Table:
    cohort = report.scope.mode == COHORT
    # activity mode: the counts of one period, not of the same leads: its rates are ratios
    columns = [("stage", msg("Stage"), "text"), ("reached", msg("Leads reached"), "count"),
               ("step_rate", msg("Step conversion") if cohort
                else msg("Ratio to the stage before"), "pct"),
               ("overall_rate", msg("Of all leads") if cohort else msg("Per new lead"), "pct"),
               ("lost", msg("Lost here"), "count")]
    rows, filters = [], []
    for r in report.stages:
        rows.append({"stage": LABELS[r.stage], "reached": r.reached, "step_rate": r.step_rate,
                     "overall_rate": r.overall_rate, "lost": r.lost if r.stage != "won" else None})
        filters.append({"reached": r.reached_filter, "lost": r.lost_filter})
    empty = not any(r.reached or r.lost for r in report.stages)
    days = "—" if report.median_days_to_won is None else f"{report.median_days_to_won:g}"
    notes = _empty_notes(report.scope, "leads" if empty else "") + list(report.notes)
    if cohort:
        notes.append(msg("Lead to won: {rate}; won amount {amount} yuan; median days from lead "
                         "to won: {days}.", rate=_pct(report.overall_rate),
                         amount=Yuan(report.won_amount), days=days))
    else:
        notes.append(msg("Activity: each rate compares two counts of the period, not the same "
                         "leads (it may pass 100%); conversion is the cohort's (leave activity "
                         "off)."))
        notes.append(msg("Won in the period per new lead of the period: {rate} ({won} / "
                         "{leads}); won amount {amount} yuan; median days from lead to won: "
                         "{days}.", rate=_pct(report.overall_rate), won=f"{report.won:,}",
                         leads=f"{report.leads:,}", amount=Yuan(report.won_amount),
                         days=days))
    return Table(msg("Funnel {period}", period=report.scope.period.label), columns, rows,
                 filters, [""] * len(rows), notes)


SOURCE_COLUMNS = [
    ("leads", msg("New leads"), "count"), ("contacted_rate", msg("Contacted %"), "pct"),
    ("interested_rate", msg("Interested %"), "pct"), ("proposal_rate", msg("Proposal %"), "pct"),
    ("won", msg("Won"), "count"), ("won_rate", msg("Won %"), "pct"),
    ("won_amount", msg("Won amount"), "yuan"), ("median_days", msg("Median days to close"), "days"),
    ("touches_per_won", msg("Touches per won deal"), "ratio"), ("spend", msg("Spend"), "yuan"),
    ("cost_per_lead", msg("Cost per lead"), "yuan"), ("cost_per_won", msg("Cost per won deal"), "yuan"),
    ("roi", msg("ROI"), "ratio")]
_CLICKABLE = {"leads": "leads", "contacted_rate": "contacted", "interested_rate": "interested",
              "proposal_rate": "proposal", "won": "won", "won_rate": "won",
              "won_amount": "won_amount"}


def sources_table(report: SourcesReport) -> Table:
    columns = [("value", BY_HEADERS[report.scope.by], "text")] + SOURCE_COLUMNS
    rows, filters, marks = [], [], []
    for r in report.rows + [report.total]:
        is_total = r is report.total
        row = {"value": msg("Total") if is_total else (r.value or msg("(none)"))}
        row.update({key: getattr(r, key) for key, _, _ in SOURCE_COLUMNS})
        rows.append(row)
        filters.append({key: r.filters[source] for key, source in _CLICKABLE.items()})
        marks.append("total" if is_total else r.mark)
    empty = not any(r.leads or r.contacted or r.won for r in report.rows)
    notes = _empty_notes(report.scope, ("spend" if report.total.spend else "leads") if empty
                         else "")
    if report.scope.by != "source":
        notes.append(msg("Spend is entered per source: the spend, cost and ROI columns fill in "
                         "when the report is grouped by source."))
    unpaid = [r.value for r in report.rows if r.spend is None and (r.leads or r.won)]
    if report.total.spend and unpaid:
        notes.append(msg("Total: the cost per lead, cost per won deal and ROI count only the "
                         "sources with spend entered (no spend for {sources}).",
                         sources=", ".join(v or "—" for v in unpaid)))
    notes += [msg("ROI = won amount / spend; spend is entered per source and month."),
             msg("Touches: calls, messages and visits of the won leads up to their won day.")]
    return Table(msg("Sources {period}", period=report.scope.period.label), columns, rows,
                 filters, marks, notes)


OUTCOME_HEADERS = {"": msg("No outcome"), "reached": msg("Reached"),  # as the timeline says
                   "no-answer": msg("No answer"), "replied": msg("Replied"),
                   "no-reply": msg("No reply")}


def activity_table(report: Activity) -> Table:
    columns = [("bucket", msg("Week") if report.bucket == "week" else msg("Day"), "text"),
               ("channel", msg("Channel"), "text"), ("total", msg("Touches"), "count")]
    columns += [(f"o:{o}", OUTCOME_HEADERS[o], "count") for o in OUTCOMES]
    actions = set(lead_actions())
    rows = []
    for r in report.rows:
        # a 备注 row or a lead's action (浏览) lists its count under its outcome only: the
        # Touches column adds up to the touches the summary counts (scope.touch_sql)
        touch = r.channel != "note" and r.channel not in actions
        row = {"bucket": r.bucket, "channel": behaviours.label(r.channel),  # 私信, not dm
               "total": r.total if touch else None}
        row.update({f"o:{o}": r.outcomes.get(o, 0) for o in OUTCOMES})
        rows.append(row)
    notes = _empty_notes(report.scope, "touches" if not report.touches else "")
    notes += [msg("Touches {touches}; reach rate {reach}; reply rate {reply}; touches per lead "
                 "before won {before} ({won} won).", touches=f"{report.touches:,}",
                 reach=_pct(report.reach_rate), reply=_pct(report.reply_rate),
                 before="—" if report.touches_before_won is None
                 else f"{report.touches_before_won:.1f}", won=report.won)]
    noted = sum(r.total for r in report.rows if r.channel == "note")
    if noted:  # listed with their count under their outcome ("No outcome"), not as touches
        notes.append(msg("Notes in the table: {notes}, with Touches left empty: a note is not "
                         "a touch.", notes=f"{noted:,}"))
    acted = sum(r.total for r in report.rows if r.channel in actions)
    if acted:  # 浏览, 下载资料...: what the lead did, a signal for the grade
        notes.append(msg("Actions of leads in the table: {count} ({names}), with Touches left "
                         "empty: what a lead did is not a touch.",
                         count=f"{acted:,}",
                         names=", ".join(dict.fromkeys(behaviours.label(r.channel)
                                                       for r in report.rows
                                                       if r.channel in actions))))
    # the won leads (the one count of leads here; the others count touches) open as the
    # funnel's and the sources' counts do
    links = {"won": report.won_filter} if report.won else {}
    return Table(msg("Activity {period}", period=report.scope.period.label), columns, rows,
                 [{} for _ in rows], [""] * len(rows), notes, links)


CONTENT_COLUMNS = [
    ("name", msg("Content"), "text"), ("kind", msg("Kind"), "text"),
    ("sent", msg("Sent"), "count"), ("replies", msg("Replies"), "count"),
    ("reply_rate", msg("Reply rate"), "pct"), ("won", msg("Won deals"), "count"),
    ("won_value", msg("Won value"), "yuan")]


def content_table(rows, reply_days: int) -> Table:
    """The content report (``grading.content.report``: every piece, all time) as a table,
    for the CLI's table, json, csv and ``--out`` as for the other reports."""
    out = [{"name": r.name, "kind": r.kind, "sent": r.sent, "replies": r.replies,
            "reply_rate": r.reply_rate, "won": r.won, "won_value": r.won_value} for r in rows]
    notes = [] if rows else [msg(
        "No content pieces yet: add what you send to leads (contact-book content add 华信案例 "
        "--kind 案例), then name it when logging a touch (log ... --content 华信案例).")]
    notes.append(msg("A reply: the touch was answered, or the lead wrote or called within "
                     "{days} days. Won value: the amounts the deals were won at.",
                     days=reply_days))
    return Table(msg("Content report"), CONTENT_COLUMNS, out, [{} for _ in out], [""] * len(out),
                 notes)


def _empty_notes(scope, what: str) -> list:
    """Why a report is all zeros (``what``: "leads", "spend", "touches"; "" when it is not):
    a period with nothing in it says so rather than showing a table of 0 and —."""
    if not what:
        return []
    dates = {"start": scope.period.start.isoformat(), "end": scope.period.end.isoformat()}
    if what == "touches":
        notes = [msg("No touches were logged from {start} to {end}.", **dates)]
    elif scope.mode == COHORT:
        notes = [msg("No leads were created from {start} to {end}, so every count is 0; "
                     "choose another period, or count what happened in this one (activity).",
                     **dates)]
    else:
        notes = [msg("No lead was created, reached a stage or was lost from {start} to "
                     "{end}, so every count is 0.", **dates)]
    if what == "spend":
        notes.append(msg("The spend entered for these months is shown: with no leads, its "
                         "ROI is 0."))
    if scope.filter_text.strip():
        notes.append(msg("Counted among the leads the filter lists: {filter}",
                         filter=scope.filter_text.strip()))
    return notes


def _pct(value) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def cell_text(value, kind: str) -> str:
    """How a value is shown (the CLI, the printout; the window formats the same way)."""
    if value is None:
        return "—"
    if kind == "pct":
        return _pct(value)
    if kind in ("count", "yuan"):
        return f"{round(value):,}"
    if kind == "days":
        return f"{value:g}"
    if kind == "ratio":
        return f"{value:.2f}"
    return str(value)
