"""Codes and labels of the timeline: channels, directions, outcomes, and system event kinds.

The database stores the codes; the UI shows the Chinese (or English) label. Every ``*_code``
function accepts a code, the Chinese label or the English label (any case, ``_`` or a space in
place of ``-``) and raises ``ValidationError`` for anything else.
"""
from __future__ import annotations

from desktop_app.core.errors import ValidationError

# code, Chinese label, English label
CHANNELS = (
    ("call", "电话", "Call"),
    ("wechat", "微信", "WeChat"),
    ("sms", "短信", "SMS"),
    ("email", "邮件", "Email"),
    ("meeting", "会面", "Meeting"),
    ("visit", "拜访", "Visit"),
    ("whatsapp", "WhatsApp", "WhatsApp"),
    ("note", "备注", "Note"),
)
DIRECTIONS = (
    ("out", "发出", "Outbound"),
    ("in", "收到", "Inbound"),
)
OUTCOMES = (
    ("reached", "接通", "Reached"),
    ("no-answer", "未接", "No answer"),
    ("replied", "已回复", "Replied"),
    ("no-reply", "未回复", "No reply"),
)
# Kinds of timeline entries. "interaction" is what the salesperson logs; the rest are system
# events written by core (created, imported, stage and tag changes) or by the cadence module.
INTERACTION = "interaction"
EVENT_KINDS = (
    ("created", "新建", "Created"),
    ("imported", "导入", "Imported"),
    ("stage-changed", "阶段变更", "Stage changed"),
    ("tag-changed", "命名标签变更", "Naming tag changed"),
    ("cadence-started", "开始跟进节奏", "Cadence started"),
    ("cadence-step-done", "完成跟进步骤", "Cadence step done"),
    ("cadence-step-skipped", "跳过跟进步骤", "Cadence step skipped"),
    ("cadence-rescheduled", "跟进改期", "Touchpoint rescheduled"),
    ("cadence-stopped", "停止跟进节奏", "Cadence stopped"),
    ("sync-conflict", "同步冲突", "Sync conflict"),  # old: the field, new: the server's value
)
KINDS = (INTERACTION,) + tuple(code for code, _, _ in EVENT_KINDS)

CHANNEL_CODES = tuple(c for c, _, _ in CHANNELS)
OUTCOME_CODES = tuple(c for c, _, _ in OUTCOMES)
DIRECTION_CODES = tuple(c for c, _, _ in DIRECTIONS)

# What the derived facts on the contact row count (see timeline.py's docstring).
NOT_CONTACT = ("note",)  # channels that record a thought, not a contact with the lead
ANSWERED = ("reached", "replied")
UNANSWERED = ("no-answer", "no-reply")

LABELS_ZH = {c: zh for table in (CHANNELS, DIRECTIONS, OUTCOMES, EVENT_KINDS) for c, zh, _ in table}
LABELS_EN = {c: en for table in (CHANNELS, DIRECTIONS, OUTCOMES, EVENT_KINDS) for c, _, en in table}


def label(code: str | None, language: str = "zh") -> str:
    """The label of a channel, direction, outcome or event kind; '' for None."""
    if not code:
        return ""
    return (LABELS_EN if language == "en" else LABELS_ZH).get(code, code)


def _key(text: str) -> str:
    return "-".join((text or "").strip().lower().replace("_", " ").split())


def _lookup(table, extra: dict[str, str] | None = None) -> dict[str, str]:
    out = {}
    for code, zh, en in table:
        for key in (code, zh, en):
            out[_key(key)] = code
    out.update({_key(k): v for k, v in (extra or {}).items()})
    return out


_CHANNEL = _lookup(CHANNELS, {"phone": "call", "mail": "email", "e-mail": "email"})
_DIRECTION = _lookup(DIRECTIONS, {"outgoing": "out", "呼出": "out",
                                  "incoming": "in", "呼入": "in"})
_OUTCOME = _lookup(OUTCOMES, {"已接通": "reached", "未接通": "no-answer"})
_NONE = {"", "none", "-", "无"}


def _choices(table) -> str:
    return ", ".join(f"{c} ({z})" if c != z else c for c, z, _ in table)


def channel_code(text: str) -> str:
    code = _CHANNEL.get(_key(text))
    if code is None:
        raise ValidationError("channel", "Unknown channel {text!r}; use one of {choices}.", text=text, choices=_choices(CHANNELS))
    return code


def direction_code(text: str) -> str:
    code = _DIRECTION.get(_key(text))
    if code is None:
        raise ValidationError("direction",
                              "Unknown direction {text!r}; use one of {choices}.", text=text, choices=_choices(DIRECTIONS))
    return code


def outcome_code(text: str | None) -> str | None:
    """An outcome code, or None for "no outcome" (None, '', 'none', '无')."""
    if text is None or _key(text) in _NONE:
        return None
    code = _OUTCOME.get(_key(text))
    if code is None:
        raise ValidationError("outcome",
                              "Unknown outcome {text!r}; use one of {choices} or none.", text=text, choices=_choices(OUTCOMES))
    return code
