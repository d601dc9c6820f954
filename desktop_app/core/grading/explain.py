"""Why a lead has its score and grade: each counted entry with its points, newest first.

Computed in Python from the lead's own window of entries with the same ``rules`` as the SQL
in ``score`` (a test holds them equal): "私信 +5 on 11-20, 接通 +3 on 11-22, ...".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from desktop_app.core.grading import rules as rules_mod
from desktop_app.core.grading import score as score_mod
from desktop_app.core.grading.rules import Rules, grade_for
from desktop_app.core.storage.schema import Contact, Interaction
from desktop_app.core.errors import NotFound
from desktop_app.core.when import local_date


@dataclass(frozen=True)
class Point:
    interaction_id: int
    at: datetime  # naive UTC
    day: date  # local
    channel: str
    outcome: str | None
    channel_points: int
    outcome_points: int
    factor: float  # 1.0, or 0.5 for an entry older than full_days

    @property
    def points(self) -> float:
        return (self.channel_points + self.outcome_points) * self.factor


@dataclass(frozen=True)
class Explanation:
    contact_id: int
    today: date
    score: float
    by_score: str  # the grade the score alone earns
    floor: str | None  # the stage's floor when it raised the grade
    stage: str
    grade_auto: str
    grade_manual: str | None
    points: tuple[Point, ...]
    rules: Rules

    @property
    def grade(self) -> str:
        return self.grade_manual or self.grade_auto


def explain(contact_id: int, today: date, rules: Rules | None = None,
            tz: tzinfo | None = None) -> Explanation:
    rules = rules or rules_mod.load()
    row = (Contact.select(Contact.stage, Contact.grade_manual)
           .where(Contact.id == contact_id).tuples().first())
    if row is None:
        raise NotFound("No contact with id {id}.", id=contact_id)
    stage, manual = row
    window, full = score_mod.bounds(today, rules, tz)
    weights = score_mod.weights(rules)
    i = Interaction
    query = (i.select(i.id, i.at, i.channel, i.outcome)
             .where((i.contact == contact_id) & (i.kind == "interaction")
                    & i.deleted_at.is_null() & (i.at >= window))
             .order_by(i.at.desc(), i.id.desc()))
    points = []
    for iid, at, channel, outcome in query.tuples():
        cp, op = weights.get(channel, 0), rules.outcome_weights.get(outcome, 0) if outcome else 0
        if cp or op:
            factor = 1.0 if at.isoformat(" ") >= full else 0.5
            points.append(Point(iid, at, local_date(at, tz), channel, outcome, cp, op, factor))
    total = sum(p.points for p in points)
    by_score = grade_for(total, "", rules)
    auto = grade_for(total, stage, rules)
    return Explanation(contact_id, today, total, by_score, auto if auto != by_score else None,
                       stage, auto, manual, tuple(points), rules)


def number(value: float) -> str:
    """``5`` / ``2.5`` / ``-10``: a score as people write it."""
    return f"{value:g}"


def signed(value: float) -> str:
    return ("+" if value >= 0 else "") + number(value)


def lines(expl: Explanation, label) -> list[str]:
    """One line per counted entry: ``私信 +5 on 11-20`` (``label(code)`` names channels and
    outcomes); a halved entry says so."""
    out = []
    for p in expl.points:
        parts = []
        if p.channel_points:
            parts.append(f"{label(p.channel)} {signed(p.channel_points * p.factor)}")
        if p.outcome_points:
            parts.append(f"{label(p.outcome)} {signed(p.outcome_points * p.factor)}")
        out.append(f"{' '.join(parts)} on {p.day:%m-%d}" + (" (½)" if p.factor < 1 else ""))
    return out
