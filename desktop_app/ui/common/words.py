"""Words the core stores in one language, shown in the UI's language.

Stages are stored as codes (``lead``); phone labels as the Chinese word the user picked
(手机, also what the CLI and the exports show); the built-in cadence templates and behaviours
under their seeded Chinese names (黄金七天, 私信); a cadence step is "黄金七天 · 第3天" in the
timeline, the CLI and the exports. The window shows them in its own language: Chinese when the
Chinese translation is loaded, English otherwise ("Golden week · Day 3"). Names the user gave
are shown as typed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop_app.core.contacts.naming_tag import format_amount, format_amount_en
from desktop_app.core.contacts.stages import STAGES

# the stored phone labels, with the English word shown in the English UI
PHONE_LABELS = (
    ("手机", QT_TRANSLATE_NOOP("words", "Mobile")),
    ("办公", QT_TRANSLATE_NOOP("words", "Office")),
    ("微信", QT_TRANSLATE_NOOP("words", "WeChat")),
    ("家庭", QT_TRANSLATE_NOOP("words", "Home")),
    ("其他", QT_TRANSLATE_NOOP("words", "Other")),
)


def chinese() -> bool:
    """True when the Chinese translation is loaded (it answers 'zh' to this question)."""
    return QCoreApplication.translate(
        "Timeline", "en", "language of the channel, outcome and stage labels: en or zh") == "zh"


def language() -> str:
    """'zh' or 'en': the language of the labels core keeps in both (channels, built-ins)."""
    return "zh" if chinese() else "en"


def template_name(tpl) -> str:
    """A cadence template's name as shown: a built-in keeps its English name in English."""
    from desktop_app.core.followup import cadence  # not before the first paint (test_app)

    return cadence.display_name(tpl.key, tpl.name, language())


def step_text(tpl, step: int, retry: int = 0) -> str:
    """"Golden week · Day 3" (" · retry 1" on a retry); 黄金七天 · 第3天 · 重拨1 in Chinese."""
    from desktop_app.core.followup import cadence

    name = template_name(tpl)
    label = cadence.step_label(tpl, step, retry)
    if label is None:
        return name
    text = QCoreApplication.translate("words", "%1 · Day %2").replace(
        "%2", str(label.day)).replace("%1", name)
    if label.retry:
        text = QCoreApplication.translate("words", "%1 · retry %2").replace(
            "%2", str(label.retry)).replace("%1", text)
    return text


def amount_text(value: int | None) -> str:
    """An amount in yuan, short: 100万 / 1.5亿 in Chinese, 1M / 150M in English."""
    return format_amount(value) if chinese() else format_amount_en(value)


def rounded_amount_text(value: int) -> str:
    """A total for reading at a glance, as the report tables write it: 8.02亿 / 123.5万 in
    Chinese, 801.61M / 1.23M in English (``messages.wan_text`` / ``kmb_text``)."""
    from desktop_app.core.messages import kmb_text, wan_text

    return wan_text(value) if chinese() else kmb_text(value)


def stage_names() -> dict[str, str]:
    """{code: label} of the stages in the UI's language, in funnel order."""
    index = 1 if chinese() else 2
    return {stage[0]: stage[index] for stage in STAGES}


def phone_label_text(stored: str) -> str:
    """The label as shown: 手机 -> Mobile in the English UI; a label of one's own as typed."""
    for word, english in PHONE_LABELS:
        if stored == word:
            return QCoreApplication.translate("words", english)
    return stored


def phone_label_value(shown: str) -> str:
    """The label to store for what the combo box shows (the inverse of phone_label_text)."""
    for word, english in PHONE_LABELS:
        if shown in (QCoreApplication.translate("words", english), english):
            return word
    return shown


def count_text(n: int, one: str, many: str) -> str:
    """One way to show a count: ``one`` (its own translated text, "1 contact") for 1, else
    ``many`` ("%1 contacts") with ``n`` written 6,174. Both texts go through tr() at the call
    site so that lupdate sees them."""
    return one if n == 1 else many.replace("%1", f"{n:,}")


def sentences(*parts: str) -> str:
    """Sentences one after the other: a space after English ones, none after a Chinese
    full stop ("已完成。下一步…", not "已完成。 下一步…"). Empty parts are left out."""
    text = ""
    for part in filter(None, parts):
        text += part if not text or text.endswith(("。", "！", "？", "）", "；")) else " " + part
    return text


OVER_SHOWN = 3  # days over the capacity named before "…"


def over_capacity_text(over: dict, per_day: int, *, one_lead: bool = True) -> str:
    """The days a start of hot (A) leads puts over the daily capacity ``per_day`` (``over``:
    {day: its first touches}; they go before an older plan, which keeps its days), as the
    status bar, the Grade tab and the start dialog say it; "" when no day went over.
    ``one_lead``: the start may be of one lead on its own too (a grade's procedure)."""
    if not over:
        return ""
    days = sorted(over.items())
    day = QCoreApplication.translate("ProcedureOps", "%1: %2")  # (12-07：54 in Chinese)
    listed = QCoreApplication.translate("ProcedureOps", ", ").join(
        day.replace("%1", f"{d:%m-%d}").replace("%2", f"{n:,}") for d, n in days[:OVER_SHOWN])
    if len(days) > OVER_SHOWN:
        listed += " …"
    text = QCoreApplication.translate(
        "ProcedureOps", "First touches over the daily capacity of %1: %2. The A leads and a "
        "lead started on its own go before the earlier starts, which keep their days.") \
        if one_lead else QCoreApplication.translate(
            "StartDialog", "First touches over the daily capacity of %1: %2. The A leads go "
            "before the earlier starts, which keep their days.")
    return text.replace("%1", f"{per_day:,}").replace("%2", listed)
