"""Contacts for an export, read in chunks through the raw connection.

``contacts.get_many`` builds peewee model instances per phone and converts every column; for
100,000 contacts that is most of an export's time. This reads plain tuples into the same
``ContactRecord`` (timestamps stay as the stored text)."""
from __future__ import annotations

from typing import Iterator, Sequence

from desktop_app.core.contacts.records import ContactRecord
from desktop_app.core.contacts.phones import PhoneNumber
from desktop_app.core.storage.schema import database

COLUMNS = ("id", "city", "company", "product", "deal_size", "name", "title", "source",
           "tag_extra", "deal_value", "email", "wechat", "notes", "stage", "created_at",
           "updated_at")
CHUNK = 900  # under SQLite's 999 parameters of old builds


def records(ids: Sequence[int]) -> Iterator[list[ContactRecord]]:
    """Lists of records for ``ids`` in that order (missing ids left out), chunk by chunk."""
    conn = database.connection()
    select = f"SELECT {', '.join(COLUMNS)} FROM contact WHERE id IN "
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        marks = "(" + ",".join("?" * len(chunk)) + ")"
        found = {row[0]: ContactRecord(**dict(zip(COLUMNS, row)))
                 for row in conn.execute(select + marks, chunk)}
        for cid, label, raw, e164, digits in conn.execute(
                "SELECT contact_id, label, raw, e164, digits FROM phone WHERE contact_id IN "
                + marks + " ORDER BY contact_id, position", chunk):
            found[cid].phones.append(PhoneNumber(raw=raw, label=label, e164=e164, digits=digits))
        yield [found[i] for i in chunk if i in found]
