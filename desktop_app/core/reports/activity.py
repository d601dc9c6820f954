"""Activity: the touches of the period per day or week (weeks start on Monday) by channel and
outcome, the reach rate (接通率: calls answered / calls with an answer or none), the reply rate
(messages replied / messages with a reply or none) and the touches per lead before it was won.

Runs over the interactions of the period (``interaction_activity`` covers them); the user's
filter narrows them to its leads. Local days throughout.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.reports.scope import Scope, ratio, select_sql
from desktop_app.core.storage.schema import Contact, database
from desktop_app.core.timeline.channels import CHANNEL_CODES, OUTCOME_CODES

MESSAGES = ("wechat", "sms", "email", "whatsapp")
BUCKETS = ("day", "week")


@dataclass
class ActivityRow:
    bucket: str  # the local day, or the Monday of the week (YYYY-MM-DD)
    channel: str
    total: int = 0
    outcomes: dict = field(default_factory=dict)  # outcome code ('' for none) -> count

    def to_json(self) -> dict:
        return {"bucket": self.bucket, "channel": self.channel, "total": self.total,
                "outcomes": dict(self.outcomes)}


@dataclass(frozen=True)
class Activity:
    scope: Scope
    bucket: str
    rows: list[ActivityRow]
    touches: int
    reach_rate: float | None
    reply_rate: float | None
    won: int  # leads won in the period
    touches_before_won: float | None  # per lead won in the period
    won_filter: str

    def to_json(self) -> dict:
        return {"period": {"label": self.scope.period.label,
                           "from": self.scope.period.start.isoformat(),
                           "to": self.scope.period.end.isoformat()},
                "bucket": self.bucket, "filter": self.scope.filter_text,
                "touches": self.touches, "reach_rate": self.reach_rate,
                "reply_rate": self.reply_rate, "won": self.won,
                "touches_before_won": self.touches_before_won, "won_filter": self.won_filter,
                "rows": [r.to_json() for r in self.rows]}


def _bucket_sql(bucket: str) -> str:
    if bucket == "week":  # the Monday on or before the day
        return "date(at, 'localtime', 'weekday 0', '-6 days')"
    return "date(at, 'localtime')"


def activity(scope: Scope, bucket: str = "day") -> Activity:
    if bucket not in BUCKETS:
        bucket = "day"
    low, high = scope.period.utc_bounds()
    params: list = [low, high]
    narrow = ""
    user = scope.user_where()
    if user is not None:  # the user's filter: its leads' touches only
        inner, inner_params = select_sql("id", scope.where(cohort=False))
        narrow = f" AND contact_id IN ({inner})"
        params += inner_params
    text = (f"SELECT {_bucket_sql(bucket)} AS b, channel, COALESCE(outcome, ''), COUNT(*) "
            "FROM interaction WHERE kind = 'interaction' AND deleted_at IS NULL "
            f"AND at >= ? AND at < ?{narrow} GROUP BY b, channel, outcome")
    grouped: dict[tuple[str, str], ActivityRow] = {}
    per_outcome: dict[tuple[str, str], int] = {}
    touches = 0
    for b, channel, outcome, n in database.execute_sql(text, params).fetchall():
        row = grouped.setdefault((b, channel), ActivityRow(b, channel))
        row.outcomes[outcome] = row.outcomes.get(outcome, 0) + n
        row.total += n
        key = ("call" if channel == "call" else "message" if channel in MESSAGES else "",
               outcome)
        per_outcome[key] = per_outcome.get(key, 0) + n
        if channel != "note":
            touches += n
    order = {c: i for i, c in enumerate(CHANNEL_CODES)}
    rows = sorted(grouped.values(), key=lambda r: (r.bucket, order.get(r.channel, 99)))
    reached = per_outcome.get(("call", "reached"), 0)
    reply = per_outcome.get(("message", "replied"), 0)
    reach_rate = ratio(reached, reached + per_outcome.get(("call", "no-answer"), 0))
    reply_rate = ratio(reply, reply + per_outcome.get(("message", "no-reply"), 0))
    won, before = _before_won(scope)
    won_filter = " ".join(t for t in (scope.filter_text.strip(), f"won:{scope.period.label}")
                          if t)
    return Activity(scope, bucket, rows, touches, reach_rate, reply_rate, won,
                    ratio(before, won), won_filter)


def _before_won(scope: Scope) -> tuple[int, int]:
    """(leads won in the period, their touches up to the won day)."""
    where = (scope.where(cohort=False) & Contact.won_on.is_null(False)
             & (Contact.won_on >= scope.period.start.isoformat())
             & (Contact.won_on <= scope.period.end.isoformat()))
    inner, params = select_sql("id, won_on", where)
    text = ("SELECT COUNT(DISTINCT w.id), COUNT(i.id) FROM (" + inner + ") AS w LEFT JOIN "
            "interaction AS i ON i.contact_id = w.id AND i.kind = 'interaction' AND "
            "i.deleted_at IS NULL AND i.channel != 'note' AND date(i.at, 'localtime') <= w.won_on")
    won, touches = database.execute_sql(text, params).fetchone()
    return int(won or 0), int(touches or 0)


OUTCOMES = ("",) + OUTCOME_CODES
