"""A cadence template's rules that name its steps, on plain values: its days as stored
("1,3,7"), the check every template passes, a step's day number and its stored words
("黄金七天 · 第3天"). ``cadence.CadenceTemplate`` uses them; a list that only names steps
(``agenda.step_labeller``, the ``due`` table) uses them on the stored row, without the
cadence arithmetic's module (its dataclasses and enum: ~14 M instructions, issue #15)."""
from __future__ import annotations

from itertools import pairwise

from desktop_app.core.errors import ValidationError


def parse_days(text: str) -> tuple[int, ...]:
    """'1, 3, 7' (also '1 3 7', '1，3，7') -> (1, 3, 7)."""
    parts = (text or "").replace("，", ",").replace(" ", ",").split(",")
    try:
        return tuple(int(p) for p in parts if p.strip())
    except ValueError:
        raise ValidationError("days", "{text!r} is not a list of day numbers like 1,3,7.", text=text) \
            from None


def check(key: str, name: str, days: tuple[int, ...], repeat_every: int | None,
          max_retries: int) -> None:
    """Raise ``ValidationError`` unless these make a template."""
    if not key.strip() or not name.strip():
        raise ValidationError("key", "A cadence needs a key and a name.")
    if not days:
        raise ValidationError("days", "A cadence needs at least one day.")
    if days[0] < 1 or any(b <= a for a, b in pairwise(days)):
        raise ValidationError("days", "Days must start at 1 or later and increase.")
    if repeat_every is not None and repeat_every < 1:
        raise ValidationError("repeat_every", "The repeat interval must be 1 day or more.")
    if max_retries < 0:
        raise ValidationError("max_retries", "Retries cannot be negative.")


def day_number(days: tuple[int, ...], repeat_every: int | None, step_index: int) -> int | None:
    """The nominal day number of a step (1-based), None past the end: ``days[step_index]``,
    then every ``repeat_every`` days from the last listed day (None: no more steps)."""
    if step_index < 0 or (repeat_every is None and step_index >= len(days)):
        return None
    if step_index < len(days):
        return days[step_index]
    return days[-1] + (step_index - len(days) + 1) * repeat_every


def words(name: str, day: int, retry: int = 0) -> str:
    """("黄金七天", 3) -> "黄金七天 · 第3天"; a retry adds " · 重拨1"."""
    text = f"{name} · 第{day}天"
    return f"{text} · 重拨{retry}" if retry else text


def step_text(name: str, days: tuple[int, ...], repeat_every: int | None, step: int,
              retry: int = 0) -> str:
    """A step as stored words, the template's name past its last day."""
    day = day_number(days, repeat_every, step)
    return name if day is None else words(name, day, retry)
