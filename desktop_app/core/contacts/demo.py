"""Realistic Chinese sample leads, for trying the app and for benchmarks.

Bulk insert goes through the raw connection's ``executemany`` inside one transaction: peewee's
``insert_many`` builds SQL per batch and is an order of magnitude slower for 100k rows.
"""
from __future__ import annotations

import random
from math import ceil
from datetime import date, datetime, timedelta

from desktop_app.core.contacts import demo_history
from desktop_app.core.grading import score
from desktop_app.core.timeline import records as timeline
from desktop_app.core.when import local_date, utcnow
from desktop_app.core.search import index as search_index
from desktop_app.core.contacts.naming_tag import deal_value
from desktop_app.core.storage import planner
from desktop_app.core.storage.schema import database

CITIES = ("上海 北京 深圳 广州 杭州 成都 南京 武汉 西安 苏州 天津 重庆 长沙 郑州 青岛 厦门 宁波 "
          "合肥 济南 福州 大连 沈阳 昆明 无锡 东莞 佛山").split()
COMPANY_WORDS = ("壹点零壹 华信 远航 启明 博雅 瑞丰 星河 恒通 鼎盛 汇智 金桥 云帆 天成 中科 "
                 "新程 凯达 润泽 宏图 锐思 海纳 德赛 卓越 东方 联创 万象 智远 嘉禾 晨光 领航 "
                 "优品 盛世 安信 蓝海 同舟 易达 绿源 华夏 泰和 百川 正道").split()
COMPANY_SUFFIX = ("影响力 科技 网络 教育 咨询 传媒 贸易 实业 医疗 物流 地产 生物 软件 文化 "
                  "餐饮 电子 制造 金融 能源 服饰").split()
PRODUCTS = "咨询 培训 软件 SaaS 广告 设备 课程 代运营 私域 直播 ERP CRM 小程序 短视频 年卡".split()
DEALS = ("5千 8千 1万 2万 3万 5万 8万 10万 12万 20万 30万 50万 80万 100万 200万 300万 500万 "
         "800万 1千万 2千万 5千万 1亿 1.5亿 12k 50k 200w 30万元 80,000").split()
SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 "
            "冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈").split()
GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 辉 鹏 华 "
         "婷 晨 浩 宇 欣 佳 子涵 雨桐 思远 志强 建国 海燕 晓东 文博 一鸣 若曦 嘉怡").split()
TITLES = ("创始人 CEO 总经理 副总 董事长 采购经理 市场总监 运营总监 销售总监 技术总监 HR 财务 "
          "店长 主管 合伙人 产品经理 老板 校长 院长 助理").split()
SOURCES = ("知乎 抖音 小红书 微信 百度 快手 B站 展会 转介绍 官网 公众号 视频号 电话 地推 "
           "老客户 58同城").split()
MOBILE_PREFIXES = ("130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 "
                   "170 176 177 180 181 182 183 185 186 187 188 189 191 198 199").split()

_CONTACT_SQL = (
    "INSERT INTO contact (id, city, company, product, deal_size, name, title, source, "
    "deal_value, phone, email, wechat, notes, stage, created_at, updated_at, contacted_on, "
    "interested_on, proposal_on, won_on, won_amount, lost_on, lost_from, lost_reason) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_STAGE_SQL = ("INSERT INTO interaction (contact_id, at, kind, old_value, new_value, summary, "
              "created_at) VALUES (?, ?, 'stage-changed', ?, ?, ?, ?)")
_PHONE_SQL = ("INSERT INTO phone (contact_id, position, label, raw, e164, digits) "
              "VALUES (?, ?, ?, ?, ?, ?)")
_CREATED_SQL = ("INSERT INTO interaction (contact_id, at, kind, new_value, created_at) "
                "VALUES (?, ?, 'created', ?, ?)")


def _contact(rnd: random.Random, now: datetime):
    name = rnd.choice(SURNAMES) + rnd.choice(GIVEN)
    deal = rnd.choice(DEALS)
    mobile = rnd.choice(MOBILE_PREFIXES) + f"{rnd.randrange(10**8):08d}"
    phones = [("手机", f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}", "+86" + mobile, mobile)]
    if rnd.random() < 0.15:
        landline = f"0{rnd.choice(('21', '10', '755', '20', '571'))}{rnd.randrange(10**7, 10**8)}"
        phones.append(("办公", landline, "+86" + landline[1:], landline))
    created = now - timedelta(days=rnd.randrange(0, 720), seconds=rnd.randrange(86400))
    source = rnd.choice(SOURCES)
    value = deal_value(deal)
    stage, events, reach = demo_history.history(rnd, created, now, source, value)
    updated = max([created] + [e[0] for e in events])
    wechat = f"wx_{mobile[-6:]}{rnd.randrange(100)}" if rnd.random() < 0.6 else ""
    email = f"{rnd.choice('abcdefghjkmnpqrstwxyz')}{rnd.randrange(1000, 9999)}@example.cn" \
        if rnd.random() < 0.3 else ""
    notes = rnd.choice(("", "", "", "对价格敏感", "下周再联系", "需要发资料", "老板拍板",
                        "已加微信", "在比较竞品", "预算下个季度批"))
    row = (
        rnd.choice(CITIES), rnd.choice(COMPANY_WORDS) + rnd.choice(COMPANY_SUFFIX),
        rnd.choice(PRODUCTS), deal, name, rnd.choice(TITLES), source,
        value, phones[0][1], email, wechat, notes, stage,
        created.isoformat(" "), updated.isoformat(" "), *reach.values(),
    )
    return row, phones, events


def generate(count: int, *, seed: int | None = None, now: datetime | None = None,
             batch: int = 10_000, progress=None) -> int:
    """Insert ``count`` sample contacts in one transaction; returns how many were added."""
    rnd = random.Random(seed)
    now = now or utcnow()
    conn = database.connection()
    done = 0
    with database.atomic():
        next_id = (conn.execute("SELECT COALESCE(MAX(id), 0) FROM contact").fetchone()[0]) + 1
        while done < count:
            n = min(batch, count - done)
            rows, phones, stage_events = [], [], []
            for i in range(n):
                row, numbers, events = _contact(rnd, now)
                rows.append(row)
                cid = next_id + done + i
                phones.extend((cid, pos, *p) for pos, p in enumerate(numbers))
                stage_events.extend((cid, at.isoformat(" "), old, new, why, at.isoformat(" "))
                                    for at, old, new, why in events)
            conn.executemany(_CONTACT_SQL, [(next_id + done + i, *r) for i, r in enumerate(rows)])
            conn.executemany(_PHONE_SQL, phones)
            conn.executemany(_CREATED_SQL, [(next_id + done + i, r[13], "lead", r[13])
                                            for i, r in enumerate(rows)])
            conn.executemany(_STAGE_SQL, stage_events)
            done += n
            if progress is not None:
                progress(done, count)
        conn.executemany("INSERT OR IGNORE INTO spend (source, month, amount) VALUES (?, ?, ?)",
                         demo_history.spend_rows(rnd, now - timedelta(days=720), now))
        search_index.flush()  # index the new contacts (the triggers listed them)
        planner.analyze_if_stale()
        _grade(range(next_id, next_id + done), now)
    return done


def newest_ids(count: int) -> list[int]:
    """The ids of the ``count`` contacts added last (what ``generate`` just added)."""
    if count <= 0:
        return []
    rows = database.execute_sql("SELECT id FROM contact ORDER BY id DESC LIMIT ?", (count,))
    return sorted(r[0] for r in rows)


def _grade(new_ids, now: datetime) -> None:
    """Grade the sample leads as of ``now``'s day (everyone, unless the rest already is)."""
    day = local_date(now)
    score.regrade(list(new_ids) if score.is_current(day) else None, day)


# --- interactions -------------------------------------------------------------------------

# (channel, weight, share inbound); outcomes per (channel group, direction): (outcome, weight)
_CHANNEL_MIX = (("call", 40, 0.15), ("wechat", 30, 0.25), ("sms", 4, 0.05), ("email", 6, 0.1),
                ("meeting", 4, 0.3), ("visit", 3, 0.0), ("whatsapp", 2, 0.2), ("note", 11, 0.0))
_GROUP = {"call": "call", "wechat": "message", "sms": "message", "email": "message",
          "whatsapp": "message", "meeting": "meeting", "visit": "meeting", "note": "note"}
_OUTCOME_MIX = {
    ("call", "out"): (("reached", 45), ("no-answer", 45), (None, 10)),
    ("call", "in"): (("reached", 85), ("no-answer", 15)),
    ("message", "out"): (("replied", 45), ("no-reply", 40), (None, 15)),
    ("message", "in"): ((None, 80), ("replied", 20)),
    ("meeting", "out"): (("reached", 70), (None, 30)),
    ("meeting", "in"): ((None, 100),),
    ("note", "out"): ((None, 100),),
}
_SUMMARIES = {
    ("call", "reached"): "聊了需求，发资料|约下周见面|对价格有疑问|老板不在，明天再打|已加微信|"
                         "介绍了方案，有兴趣|在比较竞品|预算下季度批|要求打折|问了交付周期|"
                         "客户说再考虑|确认了决策人",
    ("call", "no-answer"): "没接|关机|占线|挂断|无人接听|正在通话中|秘书说在开会",
    ("call", None): "留了语音|转接总机|",
    ("call-in", "reached"): "客户来电咨询价格|客户回电|客户来电问进度|客户来电要资料",
    ("call-in", "no-answer"): "未接来电|来电没接到",
    ("message-in", None): "客户主动咨询|客户发来问题|客户发来需求|客户转发了同事的名片",
    ("message", "replied"): "回复说考虑一下|要了报价单|约了电话|说最近忙|问了案例|发来需求文档|"
                            "回复：下周联系",
    ("message", "no-reply"): "发了资料，未回|问候，未回|发了活动邀请|发了报价，未回|",
    ("message", None): "发了产品介绍|节日问候|转发了案例|客户主动咨询|客户发来问题|",
    ("meeting", "reached"): "面谈一小时，需求明确|见了老板和技术负责人|现场演示|参观了工厂|"
                            "签了意向书|谈了合同条款",
    ("meeting", None): "客户来公司参观|展会上见面|一起吃饭|",
    ("note", None): "客户下月预算到位|决策人是老板|竞品报价更低|关心售后|需要走采购流程|老板的朋友介绍的|"
                    "对价格敏感|适合年卡方案",
}
_NEXT_STEPS = ("",) * 6 + ("发报价", "下周再打", "约见面", "发资料", "等回复", "周五跟进",
                           "加微信", "发合同")


def _templates(rnd: random.Random, n: int = 4096) -> list[tuple]:
    """``n`` (channel, direction, outcome, summary, next_step) drawn from the mixes above."""
    out = []
    channels = [c for c, _, _ in _CHANNEL_MIX]
    weights = [w for _, w, _ in _CHANNEL_MIX]
    inbound = {c: share for c, _, share in _CHANNEL_MIX}
    for channel in rnd.choices(channels, weights, k=n):
        direction = "in" if rnd.random() < inbound[channel] else "out"
        group = _GROUP[channel]
        outcomes = _OUTCOME_MIX[(group, direction)]
        outcome = rnd.choices([o for o, _ in outcomes], [w for _, w in outcomes])[0]
        summaries = (_SUMMARIES.get((f"{group}-{direction}", outcome))
                     or _SUMMARIES.get((group, outcome)) or _SUMMARIES[(group, None)])
        next_step = rnd.choice(_NEXT_STEPS) if outcome in ("reached", "replied") else ""
        out.append((channel, direction, outcome, rnd.choice(summaries.split("|")), next_step))
    return out


BEFORE_CLOSING = 0.8  # of a closed lead's sample interactions: up to its won/lost day


def generate_interactions(count: int, *, seed: int | None = None, now: datetime | None = None,
                          batch: int = 50_000, progress=None) -> int:
    """Spread ``count`` sample interactions over the contacts (not the trash): a few leads get
    many, about one in seven none; times fall in local working hours between each lead's
    creation and ``now``; a closed lead's fall mostly (``BEFORE_CLOSING``) up to the day it
    was won or lost, as a deal is worked before it closes (spread over creation..now, a lead
    won in its first weeks had its touches after the win: the sources report's "touches per
    won deal" read 0.00 for some cities). One transaction; the derived columns are set at the
    end in bulk."""
    rnd = random.Random(seed)
    now = now or utcnow()
    conn = database.connection()
    leads = conn.execute("SELECT id, created_at, COALESCE(won_on, lost_on) FROM contact "
                         "WHERE deleted_at IS NULL ORDER BY id").fetchall()
    if not leads or count <= 0:
        return 0
    weights = [0.0 if rnd.random() < 0.15 else rnd.lognormvariate(0, 1) for _ in leads]
    total = sum(weights) or 1.0
    per_lead = [int(count * w / total) for w in weights]
    short = count - sum(per_lead)
    for i in rnd.choices(range(len(leads)), weights, k=short):
        per_lead[i] += 1
    templates = _templates(rnd)
    offset = datetime.now().astimezone().utcoffset()  # local working hours, in UTC
    epoch = datetime(1970, 1, 1)  # times below are seconds since then, all naive UTC
    end = (now - epoch).total_seconds()
    done = 0
    rows: list[tuple] = []
    with database.atomic():
        next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM interaction").fetchone()[0]
        for (cid, created, closed), n in zip(leads, per_lead):
            if not n:
                continue
            created = datetime.fromisoformat(str(created))
            first_day = datetime.combine((created + offset).date(), datetime.min.time()) - offset
            days = max(1, (now - first_day).days + 1)
            until = days  # a closed lead: mostly up to its closing day
            if closed:
                local_first = (created + offset).date()
                until = min(days, max(1, (date.fromisoformat(closed) - local_first).days + 1))
            base, start = (first_day - epoch).total_seconds(), (created - epoch).total_seconds()
            drawn = [base + rnd.randrange(until if rnd.random() < BEFORE_CLOSING else days)
                     * 86400 + 32400 + rnd.random() * 39600
                     for _ in range(n)]  # 9:00-20:00 local on a day from creation to now
            times = sorted(min(end, max(start, t)) for t in drawn)
            later = sorted(t for t in drawn if t > end)  # today, after now: they all read
            if later:  # ``now`` (the moment the command ran); the same hour a day before
                times[-len(later):] = [max(start, t - 86400 * ceil((t - end) / 86400))
                                       for t in later]
            for t in times:
                at = (epoch + timedelta(seconds=int(t))).isoformat(" ")
                channel, direction, outcome, summary, next_step = rnd.choice(templates)
                rows.append((next_id + done, cid, at, "interaction", channel, direction,
                             outcome, summary, next_step, at))
                done += 1
            if len(rows) >= batch:
                conn.executemany(timeline.INSERT_SQL, rows)
                rows.clear()
                if progress is not None:
                    progress(done, count)
        conn.executemany(timeline.INSERT_SQL, rows)
        timeline.refresh()
        score.regrade(None, local_date(now))
    if progress is not None:
        progress(done, count)
    return done
