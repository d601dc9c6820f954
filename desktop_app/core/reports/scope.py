"""What a report counts: a period, a cohort rule, the group field and the user's filter.

Each report turns a ``Scope`` into SQL aggregates (``funnel``, ``sources``, ``activity``) and
returns plain rows. Every count it shows comes with the filter text that lists exactly those
leads (``Scope.filter_for``): the window writes it into the filter bar, the CLI prints it in
``--format json``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import SQL

from desktop_app.core.errors import ValidationError
from desktop_app.core.grading import behaviours
from desktop_app.core.reports.periods import Period
from desktop_app.core.search import query
from desktop_app.core.search.query import format_term
from desktop_app.core.storage.schema import Contact, database

BY_FIELDS = ("source", "city", "product", "title", "company")
COHORT, ACTIVITY = "cohort", "activity"
STAGE_TERM = {"lead": "线索", "contacted": "已联系", "interested": "意向", "proposal": "报价",
              "won": "成交", "lost": "流失"}


@dataclass(frozen=True)
class Scope:
    """``mode``: ``cohort`` (leads created in the period, followed wherever they went) or
    ``activity`` (what happened in the period, whenever the leads came)."""
    period: Period
    today: date
    filter_text: str = ""
    by: str = "source"
    mode: str = COHORT

    def __post_init__(self):
        if self.by not in BY_FIELDS:
            raise ValidationError("by", "Cannot group by {by!r}; use one of {choices}.",
                                  by=self.by, choices=", ".join(BY_FIELDS))
        if self.mode not in (COHORT, ACTIVITY):
            raise ValidationError("mode", "Unknown mode {mode!r}; use cohort or activity.",
                                  mode=self.mode)

    def user_where(self):
        """The user's filter as an expression (None: everything); a mistake is refused."""
        parsed = query.parse(self.filter_text, self.today)
        if parsed.errors:
            raise ValidationError("filter", "filter: {error}", error=parsed.errors[0].message)
        return parsed.where

    def where(self, cohort: bool | None = None):
        """Alive leads matching the user's filter, created in the period in cohort mode."""
        condition = Contact.deleted_at.is_null()
        user = self.user_where()
        if user is not None:
            condition &= user
        if self.mode == COHORT if cohort is None else cohort:
            low, high = self.period.utc_bounds()
            condition &= (Contact.created_at >= low) & (Contact.created_at < high)
        return condition

    def period_term(self, key: str) -> str:
        return f"{key}:{self.period.label}"

    def filter_for(self, *terms: str, group: str | None = None) -> str:
        """The filter text that lists the leads of one cell: the user's filter, the cohort
        (in cohort mode), the group's value and ``terms``."""
        parts = [self.filter_text.strip()] if self.filter_text.strip() else []
        if self.mode == COHORT:
            parts.append(self.period_term("created"))
        if group is not None:
            parts.append(format_term(self.by, [group], op="="))
        parts += terms
        return " ".join(parts)

    def reached_term(self, stage: str) -> str:
        """``reached:意向`` (cohort) or ``reached:意向@2026Q4`` (activity in the period)."""
        if self.mode == COHORT:
            return "" if stage == "lead" else f"reached:{STAGE_TERM[stage]}"
        return f"reached:{STAGE_TERM[stage]}@{self.period.label}"


def select_sql(select: str, where, group_by: str = "") -> tuple[str, list]:
    """``SELECT <select> FROM contact WHERE <where> [GROUP BY <group_by>]`` as SQL text and
    parameters (``where``: a peewee expression; ``select`` names columns unqualified)."""
    query = Contact.select(SQL(select)).where(where)
    if group_by:
        query = query.group_by(SQL(group_by))
    text, params = query.sql()
    return text, list(params)


def rows(select: str, where, group_by: str = "") -> list[tuple]:
    text, params = select_sql(select, where, group_by)
    return database.execute_sql(text, params).fetchall()


def lead_actions() -> list[str]:
    """The keys of the behaviours that are what a lead did (浏览, 下载资料, 索要报价: logged
    coming in), archived ones too: signals for the grade, not touches."""
    return sorted(b.key for b in behaviours.all_behaviours(include_archived=True)
                  if b.direction == "in")


def touch_sql(alias: str) -> tuple[str, list]:
    """The SQL condition that the interaction ``alias`` is a touch, and its parameters: a call,
    a message, a visit, or a behaviour logged going out; not a note, not a lead's action."""
    actions = lead_actions()
    text = (f"{alias}.kind = 'interaction' AND {alias}.deleted_at IS NULL AND "
            f"{alias}.channel != 'note'")
    if actions:
        text += f" AND {alias}.channel NOT IN ({', '.join('?' * len(actions))})"
    return text, actions


def ratio(part, whole) -> float | None:
    """``part / whole``, None when there is nothing to divide by."""
    return None if not whole else part / whole
