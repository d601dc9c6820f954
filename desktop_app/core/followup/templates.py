"""The user's own cadence templates: reading what a person types into the template editor or
on the command line (days as "1,3,7", "1，3，7" or "1、3、7"; an ASCII key), suggesting a key
from a Chinese name, how many leads run each template, and putting a deleted template back
(for undo). ``cadence_store`` stores templates; ``cadence`` does the arithmetic.

Problems come back as codes (``check``) so the window can word them in the user's language;
``build`` raises the first one as a ``ValidationError`` with its English text (the CLI).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import fn

from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.followup.cadence import DEFAULT_MAX_RETRIES, CadenceTemplate
from desktop_app.core.changes import Changes
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.search.pinyin import is_han, syllables
from desktop_app.core.storage.schema import Cadence, StoredTemplate, database

MAX_DAY = 3660  # ten years: later days are surely a typo (and would overflow a date sooner)
MAX_RETRIES = 5

# problem codes: (field, code)
DAYS_EMPTY = "days-empty"
DAYS_NOT_NUMBERS = "days-not-numbers"
DAYS_ORDER = "days-order"
DAYS_TOO_FAR = "days-too-far"
NAME_EMPTY = "name-empty"
NAME_TAKEN = "name-taken"
KEY_EMPTY = "key-empty"
KEY_NOT_ASCII = "key-not-ascii"
KEY_TAKEN = "key-taken"
REPEAT_RANGE = "repeat-range"
RETRIES_RANGE = "retries-range"

PROBLEM_TEXT = {
    DAYS_EMPTY: "Type the touch days, e.g. 1,3,7.",
    DAYS_NOT_NUMBERS: "Days are whole numbers separated by commas, e.g. 1,3,7.",
    DAYS_ORDER: "Days start at 1 and go up, each once, e.g. 1,3,7.",
    DAYS_TOO_FAR: "A day number can be at most 3660 (ten years).",
    NAME_EMPTY: "A template needs a name.",
    NAME_TAKEN: "Another template has this name.",
    KEY_EMPTY: "A template needs a key.",
    KEY_NOT_ASCII: "A key is letters a-z, digits and dashes, e.g. golden-week.",
    KEY_TAKEN: "Another template has this key.",
    REPEAT_RANGE: "Repeat every 1 to 3660 days, or not at all.",
    RETRIES_RANGE: "Retries after no answer: 0 to 5.",
}

_SEPARATORS = re.compile(r"[\s,，、;；]+")
_WORDS = re.compile(r"[A-Za-z0-9]+|[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KEY = re.compile(r"[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*\Z")


@dataclass(frozen=True)
class Draft:
    """A template as typed: ``days`` is text, ``repeat_every`` 0 or None for no repeat."""
    name: str
    key: str
    days: str
    repeat_every: int | None = None
    skip_weekends: bool = False
    skip_holidays: bool = False
    max_retries: int = DEFAULT_MAX_RETRIES

    @classmethod
    def of(cls, tpl: CadenceTemplate) -> "Draft":
        return cls(tpl.name, tpl.key, cadence_store.days_text(tpl.days), tpl.repeat_every,
                   tpl.skip_weekends, tpl.skip_holidays, tpl.max_retries)


def read_days(text: str) -> tuple[tuple[int, ...], str | None]:
    """'1,3,7', '1，3，7', '1、3、7', '1 3 7' -> ((1, 3, 7), None); bad text -> ((), code)."""
    parts = [p for p in _SEPARATORS.split(text or "") if p]
    if not parts:
        return (), DAYS_EMPTY
    try:
        days = tuple(int(p) for p in parts)  # int() reads full-width digits too
    except ValueError:
        return (), DAYS_NOT_NUMBERS
    if days[0] < 1 or any(b <= a for a, b in zip(days, days[1:])):
        return (), DAYS_ORDER
    if days[-1] > MAX_DAY:
        return (), DAYS_TOO_FAR
    return days, None


def check(draft: Draft, template_id: int | None = None,
          others: list | None = None) -> list[tuple[str, str]]:
    """Every problem of ``draft`` as (field, code); [] when it can be saved. ``others``: the
    live templates it must not clash with (default: all but ``template_id``)."""
    if others is None:
        others = [t for t in cadence_store.templates() if t.id != template_id]
    found = []
    name, key = draft.name.strip(), draft.key.strip()
    if not name:
        found.append(("name", NAME_EMPTY))
    elif any(t.name == name for t in others):
        found.append(("name", NAME_TAKEN))
    if not key:
        found.append(("key", KEY_EMPTY))
    elif not _KEY.match(key):
        found.append(("key", KEY_NOT_ASCII))
    elif any(t.key.lower() == key.lower() for t in others):
        found.append(("key", KEY_TAKEN))
    problem = read_days(draft.days)[1]
    if problem:
        found.append(("days", problem))
    if draft.repeat_every and not 1 <= draft.repeat_every <= MAX_DAY:
        found.append(("repeat_every", REPEAT_RANGE))
    if not 0 <= draft.max_retries <= MAX_RETRIES:
        found.append(("max_retries", RETRIES_RANGE))
    return found


def template_of(draft: Draft) -> CadenceTemplate:
    """The arithmetic's value of a draft without problems (``check`` first)."""
    return CadenceTemplate(draft.key.strip(), draft.name.strip(), read_days(draft.days)[0],
                           draft.repeat_every or None, draft.skip_weekends,
                           draft.skip_holidays, draft.max_retries)


def build(draft: Draft, template_id: int | None = None) -> CadenceTemplate:
    """``template_of`` after ``check``; the first problem raised as a ValidationError."""
    for field, code in check(draft, template_id):
        raise ValidationError(field, PROBLEM_TEXT[code])
    return template_of(draft)


def suggest_key(name: str, taken=()) -> str:
    """An ASCII key from a name: pinyin for Chinese, words kept, dashes between
    ("21天成交" -> "21-tian-cheng-jiao"); "-2", "-3", ... when ``taken`` has it."""
    words = []
    for run in _WORDS.findall(name or ""):
        if is_han(run[0]):
            words += syllables(run)  # a whole run: the phrase reading (重庆 chong-qing)
        else:
            words.append(run.lower())
    base = "-".join(w for w in words if w)[:40].strip("-") or "cadence"
    taken = {k.lower() for k in taken}
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    return key


def copy_name(name: str, taken=()) -> str:
    """A name for a duplicate: "黄金七天 2", "黄金七天 3", ... not in ``taken``."""
    taken = set(taken)
    n = 2
    while f"{name} {n}" in taken:
        n += 1
    return f"{name} {n}"


def running_counts() -> dict[int, int]:
    """{template id: how many leads run it now}; templates nobody runs are left out."""
    rows = (Cadence.select(Cadence.template, fn.COUNT(Cadence.id))
            .where(Cadence.status == "active").group_by(Cadence.template).tuples())
    return {template_id: n for template_id, n in rows}


def undelete(template_id: int) -> Changes:
    """Put a deleted template back (undo of a delete, redo of an add), keeping its id."""
    with database.atomic():
        row = StoredTemplate.get_or_none(StoredTemplate.id == template_id)
        if row is None:
            raise NotFound("No such cadence template.")
        clash = StoredTemplate.select().where(
            (fn.LOWER(StoredTemplate.key) == row.key.lower())
            & StoredTemplate.deleted_at.is_null() & (StoredTemplate.id != template_id))
        if clash.exists():
            raise ValidationError("key", PROBLEM_TEXT[KEY_TAKEN])
        StoredTemplate.update(deleted_at=None).where(StoredTemplate.id == template_id).execute()
    cadence_store.forget()
    return Changes()
