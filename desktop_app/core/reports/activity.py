"""Activity: the touches of the period per day or week (weeks start on Monday) by channel and
outcome, the reach rate (接通率: calls answered / calls with an answer or none), the reply rate
(messages replied / messages with a reply or none) and the touches per lead before it was won
(calls, messages, visits and behaviours logged going out: not notes, not what a lead did).

Counts per channel, outcome and local day, each one range of ``interaction_channel_at``; the
user's filter narrows them to its leads. Local days throughout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from desktop_app.core.reports.scope import (
    Scope,
    lead_actions,
    ratio,
    select_sql,
    touch_sql,
)
from desktop_app.core.storage.schema import Contact, database
from desktop_app.core.timeline.channels import CHANNEL_CODES, OUTCOME_CODES
from desktop_app.core.when import day_start_utc

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


def _buckets(scope: Scope, bucket: str) -> list[tuple[str, str, str]]:
    """(label, low, high) per local day or week (Monday) of the period: naive-UTC bounds, so
    each bucket is one range of ``at`` (any time zone, daylight saving too)."""
    start, end = scope.period.start, scope.period.end
    out = []
    day = start
    while day <= end:
        first = day - timedelta(days=day.weekday()) if bucket == "week" else day
        nxt = min(first + timedelta(days=7 if bucket == "week" else 1), end + timedelta(days=1))
        out.append((first.isoformat(), day_start_utc(day).isoformat(" "),
                    day_start_utc(nxt).isoformat(" ")))
        day = nxt
    return out


_TOUCH = "kind = 'interaction' AND deleted_at IS NULL"
_INDEX = "interaction INDEXED BY interaction_channel_at"


def _combinations() -> list[tuple[str, str | None]]:
    """Every (channel, outcome) the touches have, by skipping through the index (a seek per
    value, not a scan): the built-in channels and the user's behaviours alike."""
    found = []
    channel = ""
    while (row := database.execute_sql(
            f"SELECT channel FROM {_INDEX} WHERE {_TOUCH} AND channel > ? ORDER BY channel "
            "LIMIT 1", [channel]).fetchone()) is not None:
        channel = row[0]
        if database.execute_sql(f"SELECT 1 FROM {_INDEX} WHERE {_TOUCH} AND channel = ? AND "
                                "outcome IS NULL LIMIT 1", [channel]).fetchone():
            found.append((channel, None))
        outcome, op = "", ">="  # '' too, should one be stored
        while (row := database.execute_sql(
                f"SELECT outcome FROM {_INDEX} WHERE {_TOUCH} AND channel = ? AND outcome {op} ? "
                "ORDER BY outcome LIMIT 1", [channel, outcome]).fetchone()) is not None:
            outcome, op = row[0], ">"
            found.append((channel, outcome))
    return found


def _counts(scope: Scope, bucket: str):
    """(label, channel, outcome or '', count) of the period's touches."""
    buckets = _buckets(scope, bucket)
    if scope.user_where() is None:  # a count per index range: no row is converted or sorted
        sql = (f"SELECT COUNT(*) FROM {_INDEX} WHERE {_TOUCH} AND channel = ? AND outcome IS ? "
               "AND at >= ? AND at < ?")
        for channel, outcome in _combinations():
            for label, low, high in buckets:
                n = database.execute_sql(sql, [channel, outcome, low, high]).fetchone()[0]
                if n:
                    yield label, channel, outcome or "", n
        return
    # the user's filter: its leads' touches, found through (contact_id, at)
    inner, params = select_sql("id", scope.where(cohort=False))
    sql = ("SELECT channel, COALESCE(outcome, ''), COUNT(*) FROM interaction WHERE "
           f"{_TOUCH} AND at >= ? AND at < ? AND contact_id IN ({inner}) GROUP BY channel, outcome")
    for label, low, high in buckets:
        for channel, outcome, n in database.execute_sql(sql, [low, high, *params]).fetchall():
            yield label, channel, outcome, n


def activity(scope: Scope, bucket: str = "day") -> Activity:
    if bucket not in BUCKETS:
        bucket = "day"
    grouped: dict[tuple[str, str], ActivityRow] = {}
    per_outcome: dict[tuple[str, str], int] = {}
    touches = 0
    actions = set(lead_actions())
    for label, channel, outcome, n in _counts(scope, bucket):
        row = grouped.setdefault((label, channel), ActivityRow(label, channel))
        row.outcomes[outcome] = row.outcomes.get(outcome, 0) + n
        row.total += n
        key = ("call" if channel == "call" else "message" if channel in MESSAGES else "",
               outcome)
        per_outcome[key] = per_outcome.get(key, 0) + n
        if channel != "note" and channel not in actions:
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
    touch, touch_params = touch_sql("i")
    text = ("SELECT COUNT(DISTINCT w.id), COUNT(i.id) FROM (" + inner + ") AS w LEFT JOIN "
            f"interaction AS i ON i.contact_id = w.id AND {touch} AND "
            "date(i.at, 'localtime') <= w.won_on")
    won, touches = database.execute_sql(text, params + touch_params).fetchone()
    return int(won or 0), int(touches or 0)


OUTCOMES = ("",) + OUTCOME_CODES
