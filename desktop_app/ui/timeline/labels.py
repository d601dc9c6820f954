"""Texts of the timeline: labels of codes, day titles, one line per system event.

The labels of channels, directions, outcomes, event kinds and stages come from ``core``: Chinese
when the Chinese translation is loaded, English otherwise (``language()``). Everything else goes
through ``QCoreApplication.translate`` like any other UI string.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.core.grading import behaviours, content
from desktop_app.core.contacts.stages import STAGES
from desktop_app.core.when import to_local

_STAGE_LABELS = {"zh": {c: zh for c, zh, _ in STAGES}, "en": {c: en for c, _, en in STAGES}}
_LOCALES = {
    "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def language() -> str:
    """'zh' when the loaded translation says so (the Chinese one does), else 'en'."""
    code = QCoreApplication.translate(
        "Timeline", "en", "language of the channel, outcome and stage labels: en or zh")
    return "zh" if code == "zh" else "en"


def label(code: str | None, lang: str) -> str:
    """The label of a channel, behaviour, direction, outcome or event kind ('' for None)."""
    return behaviours.label(code, lang)


def content_text(piece_id: int) -> str:
    """"Sent: 华信案例" for the content piece a touch sent."""
    name = content.names().get(piece_id, f"#{piece_id}")
    return QCoreApplication.translate("Timeline", "Sent: %1").replace("%1", name)


def stage_label(code: str | None, lang: str) -> str:
    return _STAGE_LABELS[lang].get(code or "", code or "")


def day_title(day: date, today: date, lang: str) -> str:
    """今天 / 昨天 / 11月20日 周五 / 2025年12月3日 (Today, Yesterday, Fri, Nov 20, Dec 3, 2025)."""
    days = (today - day).days
    if days == 0:
        return QCoreApplication.translate("Timeline", "Today")
    if days == 1:
        return QCoreApplication.translate("Timeline", "Yesterday")
    if day.year == today.year:
        fmt = QCoreApplication.translate(
            "Timeline", "ddd, MMM d", "a day of this year, as a QDate format")
    else:
        fmt = QCoreApplication.translate(
            "Timeline", "MMM d, yyyy", "a day of another year, as a QDate format")
    return _LOCALES[lang].toString(QDate(day.year, day.month, day.day), fmt)


def clock(at: datetime) -> str:
    """The local time of day of a stored (naive UTC) time: '14:30'."""
    return to_local(at).strftime("%H:%M")


def full_time(at: datetime) -> str:
    return to_local(at).strftime("%Y-%m-%d %H:%M")


def event_text(entry, lang: str) -> str:
    """One line for a system event: 阶段变更：线索 → 意向."""
    kind = label(entry.kind, lang)
    if entry.kind in ("created", "imported"):
        detail = stage_label(entry.new_value, lang) if entry.new_value else ""
    elif entry.kind == "stage-changed":
        detail = f"{stage_label(entry.old_value, lang)} → {stage_label(entry.new_value, lang)}"
    elif entry.kind == "tag-changed":
        detail = f"{entry.old_value or '—'} → {entry.new_value or '—'}"
    elif entry.kind == "cadence-stopped" and entry.old_value:  # stopped by closing the lead
        detail = f"{entry.summary} · {stage_label(entry.old_value, lang)}"
    else:
        detail = entry.summary
    if not detail:
        return kind
    text = QCoreApplication.translate("Timeline", "%1: %2", "an event kind and its detail")
    return text.replace("%1", kind).replace("%2", detail)


def next_step_text(next_step: str) -> str:
    return QCoreApplication.translate("Timeline", "Next: %1").replace("%1", next_step)
