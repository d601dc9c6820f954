"""A dozen leads with known stage histories, spend and won amounts, written through the real
use-case functions at fixed times (noon UTC: the same local day from UTC-11 to UTC+11).

Hand-computed answers for the cohort 2026Q4 (leads created 2026-10-01 .. 2026-12-31):

    lead  source  created  path                                          won / lost
    1     抖音    10-02    已联系 10-05, 意向 10-10, 报价 10-20, 成交 11-03   100,000 (given)
    2     抖音    10-03    已联系 10-06, 流失 10-15 (价格)                    lost from 已联系
    3     抖音    10-04    stays 线索
    4     抖音    10-05    报价 10-12 (skips two), 成交 11-12                  50,000 (5万, default)
    5     知乎    10-06    已联系 10-08, 意向 10-09
    6     知乎    10-07    已联系 10-08, 意向 10-09, 报价 10-30, 流失 11-20   lost from 报价 (竞品)
    7     知乎    10-08    成交 10-18 (skips everything)                       30,000 (given)
    8     知乎    11-01    imported at 意向
    9     百度    11-02    已联系 11-04, 流失 11-10 (联系不上)                 lost from 已联系
    10    百度    11-03    stays 线索
    11    抖音    09-15    成交 10-20 (created before Q4: not in the cohort)    999
    12    展会    12-01    已联系 12-02

    funnel: 线索 11, 已联系 9, 意向 6, 报价 4, 成交 3; lost from 已联系 2, from 报价 1;
    won amount 180,000; days to won 32, 38, 10 -> median 32; overall 3/11.
    spend Q4: 抖音 20,000 (10月) + 10,000 (11月); 知乎 5,000 (11月); 小红书 8,000 (no leads);
    抖音 7,000 in 2026-09 is outside. Touches before the won day: lead 1 three calls (a fourth
    after, and a note, do not count), lead 4 one WeChat, lead 7 none.
    sources: 抖音 4 leads, 3 contacted, 2 interested, 2 proposal, 2 won, 150,000, median 35,
             touches/won 2.0, spend 30,000, ROI 5.0, cost/lead 7,500, cost/won 15,000
             知乎 4, 4, 4, 2, 1 won, 30,000, median 10, touches 0, spend 5,000, ROI 6.0 (best)
             百度 2, 1, 0, 0, 0; 展会 1, 1, 0, 0, 0; 小红书 0 leads, spend 8,000, ROI 0.0 (worst)
"""
from __future__ import annotations

from datetime import date, datetime

from desktop_app.core.contacts import editing, records
from desktop_app.core.contacts.reach import Outcome
from desktop_app.core.reports import spend
from desktop_app.core.timeline import records as timeline

TODAY = date(2026, 12, 20)


def noon(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 12, 0, 0)


def _lead(n: int, source: str, created, stage: str = "lead", deal: str = "10万") -> int:
    cid, _ = records.create({"name": f"客户{n}", "source": source, "city": "上海",
                             "deal_size": deal, "stage": stage}, now=created)
    return cid


def _move(cid: int, stage: str, when, outcome: Outcome | None = None) -> None:
    editing.set_stage([cid], stage, outcome, now=when)


def build() -> dict[int, int]:
    """Writes the leads above; returns {lead number: contact id}."""
    ids = {}
    ids[1] = _lead(1, "抖音", noon(10, 2))
    for stage, day in (("contacted", 5), ("interested", 10), ("proposal", 20)):
        _move(ids[1], stage, noon(10, day))
    _move(ids[1], "won", noon(11, 3), Outcome(won_amount=100_000))
    ids[2] = _lead(2, "抖音", noon(10, 3))
    _move(ids[2], "contacted", noon(10, 6))
    _move(ids[2], "lost", noon(10, 15), Outcome(lost_reason="价格"))
    ids[3] = _lead(3, "抖音", noon(10, 4))
    ids[4] = _lead(4, "抖音", noon(10, 5), deal="5万")
    _move(ids[4], "proposal", noon(10, 12))
    _move(ids[4], "won", noon(11, 12))
    ids[5] = _lead(5, "知乎", noon(10, 6))
    _move(ids[5], "contacted", noon(10, 8))
    _move(ids[5], "interested", noon(10, 9))
    ids[6] = _lead(6, "知乎", noon(10, 7))
    for stage, when in (("contacted", noon(10, 8)), ("interested", noon(10, 9)),
                        ("proposal", noon(10, 30))):
        _move(ids[6], stage, when)
    _move(ids[6], "lost", noon(11, 20), Outcome(lost_reason="竞品"))
    ids[7] = _lead(7, "知乎", noon(10, 8))
    _move(ids[7], "won", noon(10, 18), Outcome(won_amount=30_000))
    ids[8] = _lead(8, "知乎", noon(11, 1), stage="interested")
    ids[9] = _lead(9, "百度", noon(11, 2))
    _move(ids[9], "contacted", noon(11, 4))
    _move(ids[9], "lost", noon(11, 10), Outcome(lost_reason="联系不上"))
    ids[10] = _lead(10, "百度", noon(11, 3))
    ids[11] = _lead(11, "抖音", noon(9, 15))
    _move(ids[11], "won", noon(10, 20), Outcome(won_amount=999))
    ids[12] = _lead(12, "展会", noon(12, 1))
    _move(ids[12], "contacted", noon(12, 2))
    for day in (5, 15):
        timeline.log(ids[1], "call", "reached", at=noon(10, day), now=noon(12, 1))
    timeline.log(ids[1], "call", "no-answer", at=noon(11, 1), now=noon(12, 1))
    timeline.log(ids[1], "call", "reached", at=noon(11, 10), now=noon(12, 1))  # after the win
    timeline.log(ids[1], "note", None, at=noon(10, 6), now=noon(12, 1))  # not a touch
    timeline.log(ids[4], "wechat", "replied", at=noon(10, 20), now=noon(12, 1))
    for source, month, amount in (("抖音", "2026-10", 20_000), ("抖音", "2026-11", 10_000),
                                  ("知乎", "2026-11", 5_000), ("小红书", "2026-10", 8_000),
                                  ("抖音", "2026-09", 7_000)):
        spend.set_amount(source, month, amount)
    return ids
