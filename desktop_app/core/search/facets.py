"""Facets: how many contacts of the current filter have each value of a field."""
from __future__ import annotations

from peewee import SQL, fn

from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.core.storage.schema import Contact

FACET_FIELDS = FIELDS + ("stage", "grade")


def facet_counts(field: str, where=None, *, limit: int = 20, in_trash: bool = False
                 ) -> list[tuple[str, int]]:
    """``[(value, count), ...]`` of ``field`` among the contacts matching ``where``, most
    frequent first (ties by value), at most ``limit``. ``""`` counts contacts without one;
    stages are codes, grades letters. Clicking a value should add the term ``query.format_term(field, [value],
    "=")`` (``source:=知乎``), which selects exactly the counted contacts.
    """
    if field not in FACET_FIELDS:
        raise ValueError(f"No facet for {field!r}; use one of {', '.join(FACET_FIELDS)}.")
    column = getattr(Contact, field)
    plan = getattr(where, "search_plan", None)
    if plan is not None:
        condition = plan.condition(in_trash)  # the full-text terms drive, as for a count
    else:
        condition = Contact.deleted_at.is_null(not in_trash)
        if where is not None:
            condition &= where
    number = fn.COUNT(SQL("*"))
    query = (Contact.select(column, number).where(condition).group_by(column)
             .order_by(number.desc(), column).limit(limit))
    return [(value, n) for value, n in query.tuples()]
