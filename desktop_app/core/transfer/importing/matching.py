"""Duplicate matching: by normalised phone (E.164, else the bare digits), then name+company.

The index holds the live (not trashed) contacts of the database and, as the import goes on, the
contacts it plans to create, so two rows of one file for the same person also meet.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.contacts.phones import PhoneNumber
from desktop_app.core.storage.schema import database

MIN_DIGITS = 6  # shorter numbers ("110", extensions) never match


def phone_key(number: PhoneNumber) -> str:
    if number.e164:
        return number.e164
    if len(number.digits) >= MIN_DIGITS:
        return "#" + number.digits
    return ""


def person_key(values: dict) -> str:
    name = "".join((values.get("name") or "").split()).casefold()
    company = "".join((values.get("company") or "").split()).casefold()
    return f"{name}\x1f{company}" if name and company else ""


@dataclass
class Match:
    target: object  # an existing contact id (int) or a pending contact of this import
    by: str  # "phone" or "name_company"


class DuplicateIndex:
    def __init__(self):
        self.phones: dict[str, object] = {}
        self.people: dict[str, object] = {}

    @classmethod
    def from_database(cls) -> "DuplicateIndex":
        index = cls()
        conn = database.connection()
        rows = conn.execute(
            "SELECT p.contact_id, p.e164, p.digits FROM phone p JOIN contact c "
            "ON c.id = p.contact_id WHERE c.deleted_at IS NULL ORDER BY p.contact_id DESC")
        for cid, e164, digits in rows:
            key = e164 or ("#" + digits if len(digits or "") >= MIN_DIGITS else "")
            if key:
                index.phones[key] = cid  # the oldest contact wins (rows come newest first)
        rows = conn.execute("SELECT id, name, company FROM contact WHERE deleted_at IS NULL "
                            "AND name != '' AND company != '' ORDER BY id DESC")
        for cid, name, company in rows:
            key = person_key({"name": name, "company": company})
            if key:
                index.people[key] = cid
        return index

    def find(self, values: dict, phones: list[PhoneNumber]) -> Match | None:
        for number in phones:
            key = phone_key(number)
            if key and key in self.phones:
                return Match(self.phones[key], "phone")
        key = person_key(values)
        if key and key in self.people:
            return Match(self.people[key], "name_company")
        return None

    def add(self, target, values: dict, phones: list[PhoneNumber]) -> None:
        for number in phones:
            key = phone_key(number)
            if key:
                self.phones.setdefault(key, target)
        key = person_key(values)
        if key:
            self.people.setdefault(key, target)
