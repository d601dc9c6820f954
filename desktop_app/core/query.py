"""The filter text -> a peewee expression (values are always SQL parameters).

Foundation version: every word must appear, as a substring, in one of the text fields or in a
phone's digits. The filter issue grows this into the full language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peewee import fn

from . import agenda
from .errors import ValidationError
from .schema import Contact, Phone

TEXT_FIELDS = (
    Contact.city, Contact.company, Contact.product, Contact.deal_size, Contact.name,
    Contact.title, Contact.source, Contact.tag_extra, Contact.email, Contact.wechat,
    Contact.notes,
)


@dataclass
class Filter:
    text: str
    where: object | None = None  # a peewee expression, or None for "everything"
    errors: list[str] = field(default_factory=list)


def _word(word: str):
    expr = None
    for f in TEXT_FIELDS:
        term = f.contains(word)
        expr = term if expr is None else (expr | term)
    digits = "".join(ch for ch in word if ch.isdigit())
    if digits and len(digits) == len(word.replace(" ", "").replace("-", "").replace("+", "")):
        phone_match = Phone.select(Phone.id).where(
            (Phone.contact == Contact.id) & Phone.digits.contains(digits))
        expr = expr | fn.EXISTS(phone_match)
    return expr


def parse(text: str | None, today: date | None = None) -> Filter:
    """``today`` dates terms such as ``due:today``; None means the computer's date (the UI's
    clock, read here until the filter language takes ``today`` from its caller)."""
    text = (text or "").strip()
    where = None
    errors = []
    for word in text.split():
        try:
            term = agenda.parse_term(word, today or date.today())
        except ValidationError as e:
            errors.append(str(e))
            continue
        if term is None:
            term = _word(word)
        where = term if where is None else (where & term)
    return Filter(text=text, where=where, errors=errors)
