"""A day given on the command line (``--date``, ``--from``): YYYY-MM-DD, within the years the
reports take (``core.when.YEARS``), so a typo like 9999-12-31 is refused with the
flag's name instead of failing later as "out of range"."""
from __future__ import annotations

from datetime import date


def day_arg(text: str | None, today: date, flag: str) -> date:
    """``text`` as a date (None or empty: ``today``); raises ValidationError naming ``flag``."""
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.when import YEARS

    if not text:
        return today
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("date", f"{flag} {text!r} is not a date like 2026-11-24.") from None
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValidationError("date", f"{flag} {text.strip()} is out of range: give a day from "
                                      f"{YEARS[0]} to {YEARS[1]}.")
    return value
