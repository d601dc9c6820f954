"""The sales stages, in funnel order. Stored as the code; shown with the Chinese label."""
from __future__ import annotations

from desktop_app.core.errors import ValidationError

# code, Chinese label, English label
STAGES = (
    ("lead", "线索", "Lead"),
    ("contacted", "已联系", "Contacted"),
    ("interested", "意向", "Interested"),
    ("proposal", "报价", "Proposal"),
    ("won", "成交", "Won"),
    ("lost", "流失", "Lost"),
)
CODES = tuple(code for code, _, _ in STAGES)
LABELS = {code: zh for code, zh, _ in STAGES}
CLOSED = ("won", "lost")  # a lead in these is done with: its cadence stops (see closing.py)
_LOOKUP = {}
for _code, _zh, _en in STAGES:
    for _key in (_code, _zh, _en.lower()):
        _LOOKUP[_key] = _code


def find_stage(text: str) -> str | None:
    """The code of a stage given as a code, the Chinese label or the English label; None if
    ``text`` names no stage."""
    return _LOOKUP.get((text or "").strip().lower())


def stage_code(text: str) -> str:
    """Accept a code, the Chinese label or the English label; raise ValidationError otherwise."""
    code = find_stage(text)
    if code is None:
        choices = ", ".join(f"{c} ({z})" for c, z, _ in STAGES)
        raise ValidationError("stage", "Unknown stage {text!r}; use one of {choices}.", text=text, choices=choices)
    return code
