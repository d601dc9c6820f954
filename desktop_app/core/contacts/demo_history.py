"""Stage histories for the demo's leads: progressions over weeks and months, some skipped
stages, losses with reasons, won amounts near the deal value, and spend per source and month,
so a fresh ``demo`` shows a meaningful funnel and sources report."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from desktop_app.core.contacts.reach import FUNNEL
from desktop_app.core.when import local_date

# how far a lead gets before it stops or is lost (weights of the last stage reached)
_LAST_REACHED = (("lead", 30), ("contacted", 30), ("interested", 20), ("proposal", 12),
                 ("won", 8))
_LOST_SHARE = {"lead": 0.15, "contacted": 0.3, "interested": 0.35, "proposal": 0.4}
_REASONS = (("价格", 35), ("竞品", 25), ("无预算", 20), ("联系不上", 12), ("其他", 8))
# sources convert differently: a multiplier on the chance to move on
SOURCE_QUALITY = {"转介绍": 1.6, "老客户": 1.7, "展会": 1.3, "官网": 1.2, "知乎": 1.1,
                  "公众号": 1.0, "微信": 1.0, "百度": 0.9, "抖音": 0.8, "视频号": 0.8,
                  "小红书": 0.85, "快手": 0.7, "B站": 0.75, "电话": 0.6, "地推": 0.7,
                  "58同城": 0.6}
# yuan per month (before noise); free sources have none
MONTHLY_SPEND = {"抖音": 30000, "百度": 20000, "知乎": 8000, "小红书": 12000, "快手": 10000,
                 "B站": 6000, "展会": 25000, "58同城": 3000, "视频号": 5000, "地推": 8000}


def history(rnd: random.Random, created: datetime, now: datetime, source: str,
            deal: int | None):
    """(stage, events, reach) of one lead: ``events`` are (at, old, new, summary) after its
    creation and before ``now``; ``reach`` the ``contacts.reach`` columns."""
    quality = SOURCE_QUALITY.get(source, 1.0)
    stages, weights = zip(*_LAST_REACHED)
    weights = [w * (quality ** k) for k, w in enumerate(weights)]
    target = FUNNEL.index(rnd.choices(stages, weights)[0])
    at, level, events = created, 0, []
    reach = dict.fromkeys(("contacted_on", "interested_on", "proposal_on", "won_on",
                           "won_amount", "lost_on", "lost_from", "lost_reason"))
    while level < target:
        step = 2 if level + 2 <= target and rnd.random() < 0.08 else 1  # a skipped stage
        at = at + timedelta(days=rnd.randrange(1, 35), seconds=rnd.randrange(3600, 30000))
        if at >= now:
            break
        old, level = FUNNEL[level], level + step
        events.append((at, old, FUNNEL[level], ""))
        day = local_date(at).isoformat()
        for k, column in ((1, "contacted_on"), (2, "interested_on"), (3, "proposal_on")):
            if level >= k and reach[column] is None:
                reach[column] = day
    stage = FUNNEL[level]
    if stage == "won":
        reach["won_on"] = local_date(at).isoformat()
        reach["won_amount"] = int(deal * rnd.uniform(0.6, 1.0)) if deal else 50_000
    elif rnd.random() < _LOST_SHARE[stage]:
        lost_at = at + timedelta(days=rnd.randrange(3, 60))
        if lost_at < now:
            reasons, weights = zip(*_REASONS)
            reason = rnd.choices(reasons, weights)[0]
            events.append((lost_at, stage, "lost", reason))
            reach.update(lost_on=local_date(lost_at).isoformat(), lost_from=stage,
                         lost_reason=reason)
            stage = "lost"
    return stage, events, reach


def spend_rows(rnd: random.Random, first: datetime, now: datetime) -> list[tuple]:
    """(source, month, amount) for every paid source and month from ``first`` to ``now``."""
    rows = []
    year, month = first.year, first.month
    while (year, month) <= (now.year, now.month):
        for source, base in MONTHLY_SPEND.items():
            rows.append((source, f"{year}-{month:02d}", int(base * rnd.uniform(0.7, 1.3))
                         // 100 * 100))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows
