"""Taking an import back: remove what it created and revert what its merges changed (a field
edited again since keeps its newer value), and the list of recent imports."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.changes import Changes
from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.followup import closing
from desktop_app.core.followup import touchpoints
from desktop_app.core.storage.schema import ImportBatch, ImportMerge, database
from desktop_app.core.transfer.importing.run import phones_from_json, phones_json
from desktop_app.core.when import utcnow


@dataclass(frozen=True)
class UndoResult:
    removed: int  # contacts the import had created
    reverted: int  # merged contacts restored to what they were
    kept: int  # merged contacts edited since: their later edits were kept
    changes: Changes


def check_undoable(batch_id: int) -> None:
    """Raise ``NotFound`` when there is no import ``batch_id`` and ``ValidationError`` when it
    was undone already; writes nothing, so a command can ask before taking its backup."""
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise NotFound("No import #{id}.", id=batch_id)
    if batch.undone_at is not None:
        raise ValidationError("batch", "Import #{id} was already undone.", id=batch_id)


def undo_import(batch_id: int, *, now: datetime | None = None) -> UndoResult:
    """Remove the contacts an import created and revert what its merges changed, in one
    transaction. A field changed again after the import keeps its newer value."""
    now = now or utcnow()
    with database.atomic():
        check_undoable(batch_id)
        conn = database.connection()
        created = [r[0] for r in conn.execute(
            "SELECT id FROM contact WHERE import_batch_id = ?", (batch_id,))]
        merges = list(ImportMerge.select(ImportMerge.contact, ImportMerge.before,
                                         ImportMerge.after)
                      .where(ImportMerge.batch == batch_id)
                      .order_by(ImportMerge.id.desc()).tuples())
        reverted = kept = 0
        changes = Changes()
        cadences = []  # stops of closing merges to undo (``closing``)
        records = {r.id: r for start in range(0, len(merges), 500)
                   for r in contacts.get_many(list({m[0] for m in merges[start:start + 500]}))}
        pending: dict[int, tuple[dict, list | None]] = {}
        for contact_id, before_text, after_text in merges:  # newest first
            before, after = json.loads(before_text), json.loads(after_text)
            record = records[contact_id]
            values, phones, partial = {}, None, False
            for key, old in before.items():
                if key == "cadence":
                    continue
                if key == "phones":
                    if phones_json(record.phones) == after[key]:
                        phones = phones_from_json(old)
                        record.phones = phones
                    else:
                        partial = True
                elif getattr(record, key) == after[key]:
                    values[key] = old
                    setattr(record, key, old)  # an older merge of the same contact sees this
                else:
                    partial = True
            if "cadence" in before:  # back only with the stage that stopped it
                stopped = closing.undo_from_json(before["cadence"])
                if "stage" in values and closing.can_restore(stopped):
                    cadences.append(stopped)
                else:
                    partial = True
            if values or phones is not None:
                old_values, old_phones = pending.get(contact_id, ({}, None))
                pending[contact_id] = (old_values | values,
                                       phones if phones is not None else old_phones)
            reverted += not partial
            kept += partial
        if pending:
            _, changes = contacts.write_many(
                updates=[(cid, v, p) for cid, (v, p) in pending.items()], now=now)
        for stopped in cadences:
            changes = changes | touchpoints.restore(stopped)
        if created:
            changes = changes | contacts.purge(created)
        ImportMerge.delete().where(ImportMerge.batch == batch_id).execute()
        ImportBatch.update(undone_at=now).where(ImportBatch.id == batch_id).execute()
    return UndoResult(len(created), reverted, kept, changes)


def list_batches(limit: int = 50) -> list[dict]:
    """Recent imports, newest first, for an "Undo import" menu."""
    query = ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit).dicts()
    return list(query)
