"""A channel's or outcome's label, or a behaviour's name (``behaviours.label``), without loading
the behaviour store (and with it peewee and the models) for a built-in code: reading commands
that word a list (``due``, the day's call sheet) open the database without peewee."""
from __future__ import annotations

from desktop_app.core.timeline import channels


def label(code: str | None, language: str = "zh") -> str:
    if code and code not in channels.LABELS_ZH:
        from desktop_app.core.grading.behaviours import label as behaviour_label

        return behaviour_label(code, language)
    return channels.label(code, language)
