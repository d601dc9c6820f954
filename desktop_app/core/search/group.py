"""A group for a write: the contacts a filter lists, for the commands that act on a whole group
(``log --filter``, ``cadence start/stop --filter``). A filter with a mistake, an empty filter
(it would mean everyone) and a filter that lists nobody are refused with one clear message.
``checked`` is the first of those checks alone, for the commands that read a filter (``list``,
``export``, ``callsheet``): a mistake is refused there too, where the window shows the filter
without the part it could not use; a command would act on more contacts than asked for."""
from __future__ import annotations

from datetime import date

from desktop_app.core.errors import ValidationError
from desktop_app.core.search import query


def checked(text: str, today: date | None = None) -> query.Filter:
    """``text`` parsed; ValidationError naming the first mistake if it has any."""
    flt = query.parse(text, today)
    if flt.errors:
        raise ValidationError("filter", "filter: {error}", error=flt.errors[0].message)
    return flt


def group_ids(text: str, today: date | None = None) -> list[int]:
    """The ids of the contacts ``text`` lists, in list order; ValidationError if the filter
    has a mistake, is empty, or lists nobody."""
    from desktop_app.core.contacts.listing import ids as listed_ids

    flt = checked(text, today)
    if flt.where is None:
        raise ValidationError("filter", "--filter needs some text; an empty filter lists "
                                        "every contact.")
    ids = listed_ids(flt.where)
    if not ids:
        raise ValidationError("filter", "No contact matches {text!r}.", text=text)
    return ids


def chosen_ids(contact_ids: list[int] | None, text: str | None,
               today: date | None = None) -> list[int]:
    """The contacts a command acts on: its ``--contact`` ids (each must exist: ``NotFound``,
    the same line as ``log`` and ``cadence start`` say; ``cadence stop`` and ``grade apply``
    said "Stopped 0 cadences" or nothing at all for a mistyped id), else its ``--filter``
    group (``group_ids``)."""
    if text is None:
        from desktop_app.core.contacts import records as contacts  # (not for a filter)

        for cid in contact_ids or []:
            contacts.get(cid)
        return list(contact_ids or [])
    return group_ids(text, today)
