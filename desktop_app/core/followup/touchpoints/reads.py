"""Reading the pending touchpoints and running cadences a write (or a view) needs."""
from __future__ import annotations

from typing import Iterable, Sequence

from desktop_app.core.errors import NotFound
from desktop_app.core.followup.touchpoints.rows import Pending
from desktop_app.core.storage.rows import MANY, as_date, chunks, id_list, marks, sql


PENDING_SQL = ("SELECT t.id, t.contact_id, t.cadence_id, t.step, t.retry, t.due, c.template_id, "
                "c.start FROM touchpoint t JOIN cadence c ON c.id = t.cadence_id "
                "WHERE t.status = 'due' AND ")


def pending_rows(where: str, params: Sequence) -> list[Pending]:
    return [Pending(r[0], r[1], r[2], r[3], r[4], as_date(r[5]), r[6], as_date(r[7]))
            for r in sql(PENDING_SQL + where, params)]


def pending(touchpoint_ids: int | Iterable[int]) -> list[Pending]:
    """These pending touchpoints, in the order given; NotFound if one is not pending."""
    ids = id_list(touchpoint_ids)
    found: dict[int, Pending] = {}
    for chunk in chunks(ids):
        found.update((p.id, p) for p in pending_rows(f"t.id IN ({marks(chunk)})", chunk))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound("Touchpoint {id} is not pending (done, skipped or stopped).", id=missing[0])
    return [found[i] for i in ids]


def pending_for(contact_ids: int | Iterable[int]) -> dict[int, Pending]:
    """{contact id: its pending touchpoint} for the contacts that have a running cadence."""
    ids = id_list(contact_ids)
    out: dict[int, Pending] = {}
    for chunk in chunks(sorted(ids)):
        out.update((p.contact_id, p) for p in
                   pending_rows(f"t.contact_id IN ({marks(chunk)})", chunk))
    return out


def active_among(contact_ids: Iterable[int]) -> dict[int, int]:
    """{contact id: cadence id} of the given contacts that have a running cadence (so the
    caller can ask whether to replace those or skip them)."""
    ids = id_list(contact_ids)
    if len(ids) > MANY:
        wanted = set(ids)
        return {cid: cadence_id for cid, cadence_id in
                sql("SELECT contact_id, id FROM cadence WHERE status = 'active'")
                if cid in wanted}
    out = {}
    for chunk in chunks(sorted(ids)):
        out.update(sql(f"SELECT contact_id, id FROM cadence WHERE status = 'active' AND "
                        f"contact_id IN ({marks(chunk)})", chunk))
    return out


