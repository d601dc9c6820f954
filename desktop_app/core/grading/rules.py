"""The grading rules the user edits: the window, the weights of built-in channels and
outcomes, the A/B/C thresholds, the stage floors and each grade's procedure.

Stored as JSON in the ``setting`` table (key ``grading.rules``); behaviours keep their own
weight (``behaviours``). ``grade_for`` is the one place that turns a score into a grade.

The score of a lead, as of ``today``: each live interaction of the last ``window_days``
local days (today included) counts its channel's or behaviour's weight plus its outcome's
weight; one older than ``full_days`` days counts half. Grade: A at ``thresholds[0]`` or more,
B at ``[1]``, C at ``[2]``, else D; a stage floor raises it (意向 is at least C, 报价 and 成交
at least B). A manual grade overrides the result until it is cleared.

Why 成交 is at least B: a won customer is the most valuable lead in the book (repeat orders,
referrals), so it must never sort below a 报价 lead in Today and on the call sheet (they order
by grade), nor fall to D when its conversations pause after the deal. Not A: A's procedure,
21天成交, pushes a deal to close, and this one is closed; B's, 黄金七天 (day 1, 3, 7), is the
first week after signing (delivery, satisfaction, a referral), and after that 长期培育 from the
won date is the re-marketing cycle. A won customer who keeps buying still scores its way to A.

Floors before 成交 had one: databases keep the rules they stored. Rules stored before (their
JSON has no ``floors_version``) whose floors are exactly the old defaults (意向 C, 报价 B) were
never edited, as far as anyone can tell (the only other way to get them is to set them back
by hand), so they read with the new default floors; floors the user changed stay as stored.
Every save writes ``floors_version``, so a 成交 floor the user removes later stays removed.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace

from desktop_app.core.contacts.stages import CODES as STAGE_CODES
from desktop_app.core.contacts.stages import stage_code
from desktop_app.core.errors import ValidationError
from desktop_app.core.grading.behaviours import parse_weight
from desktop_app.core.storage import preferences
from desktop_app.core.timeline import channels as ch

GRADES = ("A", "B", "C", "D")
KEY = "grading.rules"
AS_OF = "grading.as_of"  # the day the stored scores were computed for
AS_OF_RULES = "grading.as_of_rules"  # ... and the rules they were computed with (JSON)
MAX_WINDOW = 365
DEFAULT_FLOORS = {"interested": "C", "proposal": "B", "won": "B"}
FLOORS_VERSION = 2  # stored with every save since 成交 got its floor
_FLOORS_V1 = {"interested": "C", "proposal": "B"}  # the default floors before that


def _default_channels() -> dict[str, int]:
    return {c: {"meeting": 5, "visit": 5}.get(c, 0) for c in ch.CHANNEL_CODES}


def _default_outcomes() -> dict[str, int]:
    return {"reached": 3, "replied": 3, "no-answer": 0, "no-reply": 0}


@dataclass(frozen=True)
class Rules:
    window_days: int = 30
    full_days: int = 14
    thresholds: tuple[int, int, int] = (20, 10, 3)  # the least score of A, B, C
    channel_weights: dict = field(default_factory=_default_channels)
    outcome_weights: dict = field(default_factory=_default_outcomes)
    stage_floors: dict = field(default_factory=lambda: dict(DEFAULT_FLOORS))
    procedures: dict = field(default_factory=lambda: {"A": "close-21", "B": "golden-week",
                                                      "C": "nurture"})

    def to_json(self) -> str:
        data = asdict(self)
        data["thresholds"] = list(self.thresholds)
        data["floors_version"] = FLOORS_VERSION
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    def with_changes(self, **changes) -> "Rules":
        return validate(replace(self, **changes))


def grade_for(score: float, stage: str, rules: Rules) -> str:
    """The computed grade of a score, raised to the stage's floor."""
    a, b, c = rules.thresholds
    grade = "A" if score >= a else "B" if score >= b else "C" if score >= c else "D"
    return min(grade, rules.stage_floors.get(stage, "D"))


def _int(value, what: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(what, "{what}: {value!r} is not a whole number.", what=what,
                              value=str(value)) from None
    if not low <= number <= high:
        raise ValidationError(what, "{what} lies between {low} and {high}.", what=what, low=low,
                              high=high)
    return number


def validate(rules: Rules) -> Rules:
    """The rules cleaned, or ValidationError saying what is wrong (nothing is stored)."""
    window = _int(rules.window_days, "window", 1, MAX_WINDOW)
    full = _int(rules.full_days, "full", 0, window)
    if len(tuple(rules.thresholds)) != 3:
        raise ValidationError("thresholds", "Give three thresholds: A, B and C.")
    a, b, c = (parse_weight(t) for t in rules.thresholds)
    if not a > b > c:
        raise ValidationError("thresholds", "Thresholds out of order: A ({a}) must be above "
                                            "B ({b}), and B above C ({c}).", a=a, b=b, c=c)
    channels = {ch.channel_code(k): parse_weight(v) for k, v in rules.channel_weights.items()}
    outcomes = {ch.outcome_code(k): parse_weight(v) for k, v in rules.outcome_weights.items()}
    outcomes.pop(None, None)
    floors = {}
    for stage, grade in rules.stage_floors.items():
        grade = str(grade or "").strip().upper()
        if grade and grade != "D":
            if grade not in GRADES:
                raise ValidationError("floor", "A grade is A, B, C or D, not {grade!r}.",
                                      grade=grade)
            floors[stage_code(stage)] = grade
    procedures = {}
    for grade, key in rules.procedures.items():
        if str(grade).upper() not in GRADES:
            raise ValidationError("procedure", "A grade is A, B, C or D, not {grade!r}.",
                                  grade=str(grade))
        if key:
            procedures[str(grade).upper()] = str(key)
    return Rules(window, full, (a, b, c), {**_default_channels(), **channels},
                 {**_default_outcomes(), **outcomes},
                 {s: floors[s] for s in STAGE_CODES if s in floors}, procedures)


def load() -> Rules:
    text = preferences.get(KEY)
    if not text:
        return Rules()
    data = json.loads(text)
    data["thresholds"] = tuple(data.get("thresholds", Rules().thresholds))
    if data.get("floors_version", 1) < FLOORS_VERSION and data.get("stage_floors") == _FLOORS_V1:
        data["stage_floors"] = dict(DEFAULT_FLOORS)  # never edited: the new default floors
    known = {k: v for k, v in data.items() if k in Rules.__dataclass_fields__}
    return Rules(**known)


def save(rules: Rules) -> Rules:
    """Store validated rules (the caller regrades: ``score.change_rules`` does both)."""
    rules = validate(rules)
    preferences.put(KEY, rules.to_json())
    return rules
