"""Behaviours: kinds of interaction the user adds beside the eight built-in channels
(浏览, 知乎评论, 私信, 索要报价, 退订 ...), each with a key, a name, a direction and a weight.

An interaction stores the behaviour's key in ``interaction.channel``, like a built-in code.
A behaviour with logged entries is never deleted: ``remove`` archives it (it can no longer be
logged, its entries keep their label and weight); one never logged is deleted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.search.pinyin import is_han, syllables
from desktop_app.core.storage.schema import Behaviour as Row
from desktop_app.core.storage.schema import Interaction, database
from desktop_app.core.timeline import channels as ch
from desktop_app.core.when import utc_or_now

KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_NAME = 40
MAX_WEIGHT = 1000
COLOUR = re.compile(r"^(#[0-9a-fA-F]{6})?$")


# The eight seeded behaviours (key, stored Chinese name, English name): the English UI shows
# the English name while a behaviour keeps its seeded name (a renamed one is the user's).
BUILTINS = (
    ("view", "浏览", "Viewed"),
    ("zhihu-comment", "知乎评论", "Zhihu comment"),
    ("dm", "私信", "Direct message"),
    ("download", "下载资料", "Downloaded material"),
    ("walk-in", "到访", "Walk-in"),
    ("inquiry", "咨询", "Inquiry"),
    ("quote-request", "索要报价", "Quote request"),
    ("unsubscribe", "退订", "Unsubscribed"),
)
_SEEDED = {key: (zh, en) for key, zh, en in BUILTINS}


@dataclass(frozen=True)
class Behaviour:
    id: int
    key: str
    name: str
    direction: str  # "in" / "out": the direction a log takes unless told otherwise
    weight: int
    colour: str = ""  # "#rrggbb" or "" (the timeline picks one)
    archived: bool = False


# The behaviours of each open database, read once: the timeline labels and paints its rows
# from here. Every write below clears it (another process's edits show after a restart).
_cache: dict[str, list[Behaviour]] = {}


def _db_key() -> str:
    return str(getattr(database.obj, "database", ""))


def forget() -> None:
    _cache.clear()


_FIELDS = (Row.id, Row.key, Row.name, Row.direction, Row.weight, Row.colour, Row.archived_at)


def _of(row) -> Behaviour:
    return Behaviour(*row[:6], archived=row[6] is not None)


def all_behaviours(include_archived: bool = False) -> list[Behaviour]:
    key = _db_key()
    found = _cache.get(key)
    if found is None:
        query = Row.select(*_FIELDS).order_by(Row.position, Row.id)
        found = _cache[key] = [_of(r) for r in query.tuples()]
    return list(found) if include_archived else [b for b in found if not b.archived]


def find(text: str, include_archived: bool = False) -> Behaviour | None:
    """The behaviour named by its key or name (any case), or None."""
    wanted = (text or "").strip().lower()
    for b in all_behaviours(include_archived):
        if wanted in (b.key, b.name.lower()):
            return b
    return None


def get(key: str) -> Behaviour:
    found = find(key, include_archived=True)
    if found is None:
        raise NotFound("No behaviour {key!r}.", key=key)
    return found


def parse_weight(text) -> int:
    """``"+5"``, ``"-10"``, ``3`` -> an int; ValidationError for anything else."""
    if isinstance(text, bool):
        text = str(text)
    if isinstance(text, int):
        value = text
    else:
        cleaned = str(text or "").strip().replace("＋", "+").replace("－", "-").replace("−", "-")
        if not re.fullmatch(r"[+-]?\d{1,4}", cleaned):
            raise ValidationError("weight", "The weight {text!r} is not a whole number; write "
                                            "e.g. 5, +2 or -10.", text=str(text))
        value = int(cleaned)
    if abs(value) > MAX_WEIGHT:
        raise ValidationError("weight", "A weight lies between -{max} and {max}.", max=MAX_WEIGHT)
    return value


def _check(key: str, name: str, direction: str, colour: str, own_id: int | None) -> tuple:
    key = (key or "").strip().lower()
    name = (name or "").strip()
    if not KEY.match(key):
        raise ValidationError("key", "The key {key!r} must be 1-40 lowercase letters, digits or "
                                     "'-' (e.g. zhihu-comment).", key=key)
    if not name or len(name) > MAX_NAME:
        raise ValidationError("name", "A behaviour needs a name of 1-{max} characters.",
                              max=MAX_NAME)
    for text in (key, name):
        try:
            ch.channel_code(text)
        except ValidationError:
            continue
        raise ValidationError("key", "{text!r} is a built-in channel; choose another.", text=text)
    for other in all_behaviours():
        if other.id != own_id and name.lower() == other.name.lower():
            raise ValidationError("name", "A behaviour named {name} already exists; names are "
                                          "unique.", name=other.name)
        if other.id != own_id and (key == other.key or name.lower() == other.key):
            raise ValidationError("key", "A behaviour {key!r} ({name}) already exists; keys and "
                                         "names are unique.", key=other.key, name=other.name)
    if not COLOUR.match(colour or ""):
        raise ValidationError("colour", "A colour is written #rrggbb.")
    return key, name, ch.direction_code(direction), colour or ""


_WORDS = re.compile(r"[A-Za-z0-9]+|[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def suggest_key(name: str, taken=()) -> str:
    """A key for a new behaviour named ``name`` (the window asks for a name only): pinyin for
    Chinese, words kept, dashes between ("B站评论" -> "b-zhan-ping-lun"); "-2", "-3", ...
    when ``taken`` (or a built-in channel) has it."""
    words = []
    for run in _WORDS.findall(name or ""):
        words += syllables(run) if is_han(run[0]) else [run.lower()]
    base = "-".join(w for w in words if w)[:37].strip("-") or "behaviour"
    taken = {k.lower() for k in taken}
    key, n = base, 1
    while key in taken or key in ch.LABELS_ZH:
        n += 1
        key = f"{base}-{n}"
    return key


def add(key: str, name: str, direction: str = "in", weight=0, colour: str = "", *,
        now: datetime | None = None) -> Behaviour:
    weight = parse_weight(weight)
    with database.atomic():
        key, name, direction, colour = _check(key, name, direction, colour, None)
        position = (Row.select(Row.position).order_by(Row.position.desc()).limit(1).scalar() or 0) + 1
        forget()
        new_id = Row.insert(key=key, name=name, direction=direction, weight=weight, colour=colour,
                            position=position, created_at=utc_or_now(now)).execute()
    return Behaviour(new_id, key, name, direction, weight, colour)


def update(key: str, *, name: str | None = None, direction: str | None = None, weight=None,
           colour: str | None = None) -> Behaviour:
    """Change a behaviour; its key stays (logged entries store it). A weight change regrades
    nothing by itself: ``score.change_weights`` does both in one transaction."""
    old = get(key)
    if old.archived:
        raise ValidationError("key", "The behaviour {name} is archived.", name=old.name)
    w = old.weight if weight is None else parse_weight(weight)
    with database.atomic():
        _, n, d, c = _check(old.key, old.name if name is None else name,
                            old.direction if direction is None else direction,
                            old.colour if colour is None else colour, old.id)
        Row.update(name=n, direction=d, weight=w, colour=c).where(Row.id == old.id).execute()
        forget()
    return Behaviour(old.id, old.key, n, d, w, c)


def remove(key: str, *, now: datetime | None = None) -> str:
    """Delete a behaviour never logged ("deleted"), else archive it ("archived"): its
    entries stay as they are, with their label and weight."""
    b = get(key)
    forget()
    with database.atomic():
        used = Interaction.select().where(Interaction.channel == b.key).exists()
        if used:
            Row.update(archived_at=utc_or_now(now)).where(Row.id == b.id).execute()
            return "archived"
        Row.delete().where(Row.id == b.id).execute()
    return "deleted"


def channel_code(text: str, include_archived: bool = False) -> str:
    """A built-in channel's code, or the key of a live behaviour named by key or name (what
    can be logged); ``include_archived``: an archived one's too (what a timeline can show)."""
    try:
        return ch.channel_code(text)
    except ValidationError:
        found = find(text, include_archived)
        if found is not None:
            return found.key
    names = ", ".join(b.name for b in all_behaviours())
    raise ValidationError("channel", "Unknown channel or behaviour {text!r}; use a channel "
                                     "(电话, 微信 ...) or a behaviour ({names}).",
                          text=text, names=names)


def default_direction(code: str) -> str:
    b = find(code, include_archived=True)
    return b.direction if b is not None else "out"


def colours() -> dict[str, str]:
    """key -> "#rrggbb" of every behaviour that has its own colour."""
    return {b.key: b.colour for b in all_behaviours(include_archived=True) if b.colour}


def labels() -> dict[str, str]:
    """Every behaviour's key -> name (archived ones too: their entries still show)."""
    return {b.key: b.name for b in all_behaviours(include_archived=True)}


def display_name(key: str, name: str, language: str = "zh") -> str:
    """A behaviour's name in ``language``: a seeded one still named as seeded (私信) is
    "Direct message" in English; any other name is shown as stored."""
    seeded = _SEEDED.get(key)
    if language == "en" and seeded is not None and seeded[0] == name:
        return seeded[1]
    return name


def label(code: str | None, language: str = "zh") -> str:
    """``channels.label`` for built-ins, the behaviour's name for a behaviour (a seeded one
    in English when ``language`` is 'en')."""
    if code and code not in ch.LABELS_ZH:
        return display_name(code, labels().get(code, code), language)
    return ch.label(code, language)
