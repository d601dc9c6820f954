"""Our side of the sync: the status table (``sync_item``), the contacts it covers and the
writes a pass makes here. Each write runs inside the caller's transaction together with the
status row that records it, so a crash leaves both or neither."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.core.changes import Changes
from desktop_app.core.grading import manual
from desktop_app.core.contacts import editing, records
from desktop_app.core.errors import ValidationError
from desktop_app.core.search import query
from desktop_app.core.storage.schema import database
from desktop_app.core.sync import cards
from desktop_app.core.sync.merge import Conflict
from desktop_app.core.timeline import records as timeline

DEFAULT_FILTER = "-stage:lost"  # every lead not 流失


@dataclass
class Row:
    """One status row: what both sides held after the last successful sync of one item.
    ``hash`` is empty when the server's card must be written again (its lines disagreed)."""
    id: int | None
    contact_id: int | None
    uid: str
    href: str
    etag: str
    hash: str
    state: dict
    kept: bytes


def rows() -> dict[str, Row]:
    """The status rows by href."""
    out = {}
    for rid, cid, uid, href, etag, h, state, kept in database.execute_sql(
            "SELECT id, contact_id, uid, href, etag, hash, state, kept FROM sync_item"):
        out[href] = Row(rid, cid, uid, href, etag, h, json.loads(state), bytes(kept or b""))
    return out


def forget_all() -> None:
    """Drop every status row (the server's address book was emptied; see ``run.UPLOAD``)."""
    database.execute_sql("DELETE FROM sync_item")


def save(row: Row) -> None:
    """Insert or replace the status row of ``row.href``."""
    database.execute_sql(
        "INSERT INTO sync_item (contact_id, uid, href, etag, hash, state, kept) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT (href) DO UPDATE SET contact_id = excluded.contact_id, "
        "uid = excluded.uid, etag = excluded.etag, hash = excluded.hash, state = excluded.state, "
        "kept = excluded.kept",
        (row.contact_id, row.uid, row.href, row.etag, row.hash,
         json.dumps(row.state, ensure_ascii=False, sort_keys=True), row.kept))


def drop(href: str) -> None:
    database.execute_sql("DELETE FROM sync_item WHERE href = ?", (href,))


def selected_ids(filter_text: str, today: date | None = None) -> set[int]:
    """The live contacts the account's filter lists (they are uploaded when not linked yet)."""
    flt = query.parse(filter_text or DEFAULT_FILTER, today)
    if flt.errors:
        raise ValidationError("filter", "filter: {error}", error=flt.errors[0].message)
    return set(records.ids(flt.where))


def states(contact_ids) -> dict[int, tuple[dict, bool]]:
    """``{id: (state, trashed)}``; a purged contact is missing."""
    return {r.id: (cards.state_of(r), r.deleted_at is not None)
            for r in records.get_many(sorted(contact_ids))}


def state(contact_id: int) -> dict:
    return cards.state_of(records.get(contact_id))


def create(new: dict, now: datetime) -> tuple[int, Changes]:
    cid, changes = records.create(new["fields"], [tuple(p) for p in new["phones"]], now=now,
                                  event="imported")
    if new.get("grade"):
        manual.write_manual([(new["grade"], cid)])
    return cid, changes


def write(contact_id: int, old: dict, new: dict, now: datetime) -> Changes:
    """Make the contact hold ``new`` (only what differs from ``old``), as an edit would."""
    values = {k: v for k, v in new["fields"].items() if old["fields"].get(k) != v}
    phones = [tuple(p) for p in new["phones"]] if new["phones"] != old["phones"] else None
    graded = new.get("grade", "") != old.get("grade", "")
    if graded:  # set (or cleared) by hand on the phone or another computer
        manual.write_manual([(new.get("grade") or None, contact_id)])
    if not values and phones is None:
        return Changes(frozenset({contact_id})) if graded else Changes()
    return editing.update(contact_id, values, phones, now=now)


def trash(contact_id: int, now: datetime) -> Changes:
    return records.trash([contact_id], now=now)


def record_conflicts(contact_id: int, tag: str, local: dict, found: list[tuple[str, str]],
                     now: datetime) -> tuple[list[Conflict], Changes]:
    out = []
    for field, server in found:
        mine = local.get("grade", "") if field == "grade" else local["fields"].get(field, "")
        c = Conflict(contact_id, tag, field, mine, server)
        timeline.record_event(contact_id, "sync-conflict", old=field, new=server,
                              summary=c.summary, now=now)
        out.append(c)
    return out, Changes(timeline=frozenset({contact_id}) if out else frozenset())
