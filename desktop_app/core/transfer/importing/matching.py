"""Duplicate matching: by normalised phone (E.164, else the bare digits), then by e-mail (any
case; a contact without a phone is still met), then name+company.

The index holds the live (not trashed) contacts of the database and, as the import goes on, the
contacts it plans to create, so two rows of one file for the same person also meet.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from desktop_app.core.contacts.phones import PhoneNumber
from desktop_app.core.storage.schema import database

MIN_DIGITS = 6  # shorter numbers ("110", extensions) never match


def phone_key(number: PhoneNumber) -> str:
    if number.e164:
        return number.e164
    if len(number.digits) >= MIN_DIGITS:
        return "#" + number.digits
    return ""


def email_key(values: dict) -> str:
    """The e-mail address, in any case and without spaces ("" when it is no address)."""
    email = "".join((values.get("email") or "").split()).casefold()
    return email if "@" in email else ""


def person_key(values: dict) -> str:
    name = "".join((values.get("name") or "").split()).casefold()
    company = "".join((values.get("company") or "").split()).casefold()
    return f"{name}\x1f{company}" if name and company else ""


@dataclass
class Match:
    target: object  # an existing contact id (int) or a pending contact of this import
    by: str  # "phone", "email" or "name_company"


def _put(table: dict, key: str, target) -> None:
    """Add ``target`` under ``key``: one target, or a list once a key has several (two leads of
    one person: same phone, e-mail or name + company, different city or product)."""
    have = table.get(key)
    if have is None:
        table[key] = target
    elif isinstance(have, list):
        if not any(t is target or t == target for t in have):
            have.append(target)
    elif not (have is target or have == target):
        table[key] = [have, target]


def _each(found) -> tuple | list:
    if found is None:
        return ()
    return found if isinstance(found, list) else (found,)


class DuplicateIndex:
    def __init__(self):
        self.phones: dict[str, object] = {}
        self.emails: dict[str, object] = {}
        self.people: dict[str, object] = {}

    @classmethod
    def from_database(cls) -> "DuplicateIndex":
        index = cls()
        conn = database.connection()
        rows = conn.execute(
            "SELECT p.contact_id, p.e164, p.digits FROM phone p JOIN contact c "
            "ON c.id = p.contact_id WHERE c.deleted_at IS NULL ORDER BY p.contact_id")
        for cid, e164, digits in rows:
            key = e164 or ("#" + digits if len(digits or "") >= MIN_DIGITS else "")
            if key:
                _put(index.phones, key, cid)  # the oldest contact comes first
        rows = conn.execute("SELECT id, email FROM contact WHERE deleted_at IS NULL "
                            "AND email != '' ORDER BY id")
        for cid, email in rows:
            key = email_key({"email": email})
            if key:
                _put(index.emails, key, cid)
        rows = conn.execute("SELECT id, name, company FROM contact WHERE deleted_at IS NULL "
                            "AND name != '' AND company != '' ORDER BY id")
        for cid, name, company in rows:
            key = person_key({"name": name, "company": company})
            if key:
                _put(index.people, key, cid)
        return index

    def candidates(self, values: dict, phones: list[PhoneNumber]) -> Iterator[Match]:
        """Every contact the row may be a duplicate of: by phone first, then by e-mail, then
        by name + company (oldest first); the caller takes the first that does not conflict."""
        seen: list = []
        keyed = [(self.phones, phone_key(number), "phone") for number in phones]
        keyed += [(self.emails, email_key(values), "email"),
                  (self.people, person_key(values), "name_company")]
        for table, key, by in keyed:
            if key:
                for target in _each(table.get(key)):
                    if not any(t is target or t == target for t in seen):
                        seen.append(target)
                        yield Match(target, by)

    def find(self, values: dict, phones: list[PhoneNumber]) -> Match | None:
        return next(self.candidates(values, phones), None)

    def add(self, target, values: dict, phones: list[PhoneNumber]) -> None:
        for number in phones:
            key = phone_key(number)
            if key:
                _put(self.phones, key, target)
        key = email_key(values)
        if key:
            _put(self.emails, key, target)
        key = person_key(values)
        if key:
            _put(self.people, key, target)
