"""Run an import (all or nothing, recorded as a batch); ``undo`` takes one back later.

The work streams: rows are read, mapped, matched and written in chunks of ``CHUNK`` inside ONE
transaction, so a 100,000-row file needs little memory, Cancel (or a crash, or SIGKILL) leaves
the database as it was, and the progress callback is called as rows go by.
"""
from __future__ import annotations

import gc
import json
import time
from contextlib import contextmanager
from datetime import datetime
from typing import Callable


from desktop_app.core.followup import closing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touchpoints
from desktop_app.core.changes import Changes
from desktop_app.core.errors import ValidationError
from desktop_app.core.messages import msg
from desktop_app.core.transfer.exporting import columns as export_columns
from desktop_app.core.contacts.naming_tag import FIELDS, compose, deal_value
from desktop_app.core.contacts.phones import PhoneNumber
from desktop_app.core.storage.schema import ImportBatch, database
from desktop_app.core.contacts.stages import CLOSED
from desktop_app.core.transfer.importing.base import Source, warning_line
from desktop_app.core.transfer.importing.fields import field_name
from desktop_app.core.transfer.importing.headers import Column
from desktop_app.core.transfer.importing.mapping import Candidate, RowBuilder, guess_mapping
from desktop_app.core.transfer.importing.matching import DuplicateIndex, phone_key
from desktop_app.core.transfer.importing.report import DUPLICATE, EMPTY, INVALID, UNREADABLE, ImportReport
from desktop_app.core.when import utcnow

POLICIES = ("merge", "skip", "create")
CHUNK = 5000
FILL_FIELDS = FIELDS + ("tag_extra", "email", "wechat")
TAG_FIELDS = FIELDS + ("tag_extra",)
FIELD_WORDS = {c.field: c.header for c in export_columns.COLUMNS}  # 城市, 公司, ...

Progress = Callable[[int, int], None]  # (rows done, rows estimated)


@contextmanager
def _collector_paused():
    """Bulk loading allocates millions of short-lived objects and keeps 100,000 small ones: the
    cyclic garbage collector would rescan them again and again (~25% of a vCard import). Our
    import makes no reference cycles; the collector runs again as soon as the import ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ImportCancelled(Exception):
    """Raised inside the transaction to roll it back; run_import turns it into a report."""


class _Pending:
    """A contact this import will create; ``values`` is dropped once it is written, ``tags``
    (its naming-tag fields, for telling two leads apart) is kept."""

    __slots__ = ("line", "values", "phones", "id", "tags")

    def __init__(self, line: int, values: dict, phones: list[PhoneNumber]):
        self.line, self.values, self.phones, self.id = line, values, phones, None
        self.tags = tags_of(values)


def tags_of(values: dict) -> tuple[str, ...]:
    return tuple(values.get(f) or "" for f in TAG_FIELDS)


def _same_text(a: str, b: str) -> bool:
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


def _same_value(field: str, a: str, b: str) -> bool:
    """One lead's value written two ways: 阿里 and 阿里巴巴, 重庆 and 重庆市, 80万 and 800000."""
    if field == "deal_size":
        value = deal_value(a)
        return _same_text(a, b) or (value is not None and value == deal_value(b))
    a, b = "".join(a.split()).casefold(), "".join(b.split()).casefold()
    return a in b or b in a


def conflicts(tags: tuple[str, ...], values: dict, by: str) -> list[str]:
    """The naming-tag fields that the contact (``tags``) and the row both fill, differently:
    a different lead (天津-华夏餐饮-直播 is not 重庆-华夏餐饮-设备). Matched by phone, a
    differing name alone is the same lead under another name (kept in the notes)."""
    out = []
    for f, old in zip(TAG_FIELDS, tags):
        new = values.get(f)
        if old and new and not (by == "phone" and f == "name") and not _same_value(f, old, new):
            out.append(f)
    return out


def tag_label(tags: tuple[str, ...]) -> str:
    """A contact as the user knows it: its naming tag (or as much of it as it has)."""
    values = dict(zip(TAG_FIELDS, tags))
    if all(values[f] for f in FIELDS):
        extra = values["tag_extra"]
        return compose(values, tuple(extra.split("-")) if extra else ())
    return "-".join(t for t in tags if t)  # an incomplete tag without its empty parts


def merge_values(values: dict, phones: list[PhoneNumber], new: Candidate
                 ) -> tuple[dict, list[PhoneNumber] | None]:
    """What a merge changes: empty fields filled, new notes appended, unknown numbers added.

    Never overwrites a value the contact already has; a different one from the file (another
    e-mail, 阿里巴巴 for 阿里) is added to the notes. (A row whose naming-tag fields conflict
    with the contact's never gets here: it is another lead, see ``conflicts``.) Returns ``(changed values, new phone list
    or None when unchanged)``."""
    changed: dict = {}
    differing: list[str] = []  # the file's value where the contact has another: to the notes
    for f in FILL_FIELDS:
        if not values.get(f) and new.values.get(f):
            changed[f] = new.values[f]
        elif values.get(f) and new.values.get(f) and not _same_text(values[f], new.values[f]) \
                and not (f == "deal_size" and _same_value(f, values[f], new.values[f])):
            # the file writes it another way (阿里巴巴 for 阿里), or it is another e-mail: the
            # contact's value is kept, the file's goes to the notes ("公司: 阿里巴巴")
            differing.append(f"{FIELD_WORDS[f]}: {new.values[f]}")
    if "deal_size" in changed:
        changed["deal_value"] = deal_value(changed["deal_size"])
    stage = new.values.get("stage")
    if stage and stage != "lead" and values.get("stage", "lead") == "lead":
        changed["stage"] = stage
    old_note = values.get("notes", "")
    for note in [new.values.get("notes", "")] + differing:
        if note and note not in old_note:
            old_note = f"{old_note}\n{note}" if old_note else note
            changed["notes"] = old_note
    keys = {phone_key(p) or p.digits or p.raw for p in phones}
    extra = [p for p in new.phones if (phone_key(p) or p.digits or p.raw) not in keys]
    return changed, (list(phones) + extra if extra else None)


def phones_json(phones) -> list:
    return [[p.label, p.raw, p.e164, p.digits] for p in phones]


def phones_from_json(items) -> list[PhoneNumber]:
    return [PhoneNumber(raw=r, label=label, e164=e, digits=d) for label, r, e, d in items]


class _Importer:
    def __init__(self, source: Source, columns, policy: str, dry_run: bool,
                 progress: Progress | None, cancel: Callable[[], bool] | None, now: datetime):
        self.source, self.policy, self.dry_run = source, policy, dry_run
        self.builder = RowBuilder(source.headers, columns, source.guarded)
        self.progress, self.cancel, self.now = progress, cancel, now
        self.report = ImportReport(file=source.path.name, format=source.format,
                                   duplicates_policy=policy, dry_run=dry_run)
        self.index = DuplicateIndex.from_database()
        self.known: dict[int, tuple[str, ...]] = {}  # tag fields of matched database contacts
        self.batch_id: int | None = None
        self.inserts: list[_Pending] = []
        self.merges: list[tuple[int, Candidate, bool]] = []  # (id, row, created by this batch)
        self.changes = Changes()

    def run(self) -> None:
        total = self.source.estimated_rows()
        report = self.report
        started = time.perf_counter()
        rows = self.source.rows()
        while True:
            if self.cancel is not None and self.cancel():
                raise ImportCancelled()
            try:
                raw = next(rows)
            except StopIteration:
                break
            report.rows += 1
            if raw.error:
                report.skip(raw.line, UNREADABLE, raw.error)
                continue
            try:
                row = self.builder.build(raw)
            except ValidationError as e:
                report.skip(raw.line, INVALID, e.message)
                continue
            for w in row.warnings:
                report.warn(warning_line(w, row.line), w)
            if row.empty:
                report.skip(row.line, EMPTY, msg("no name, phone, e-mail or other contact data"))
                continue
            self._place(row)
            if len(self.inserts) + len(self.merges) >= CHUNK:
                report.seconds_reading += time.perf_counter() - started
                self._flush()
                started = time.perf_counter()
            if self.progress is not None and report.rows % 500 == 0:
                self.progress(report.rows, max(total, report.rows))
        report.seconds_reading += time.perf_counter() - started
        self._flush()
        if self.progress is not None:
            self.progress(report.rows, report.rows)

    def _tags(self, target) -> tuple[str, ...]:
        if isinstance(target, _Pending):
            return target.tags
        tags = self.known.get(target)
        if tags is None:
            found = database.connection().execute(
                _TAGS_SQL, (target,)).fetchone()
            tags = self.known[target] = tuple(found) if found else ("",) * len(TAG_FIELDS)
        return tags

    def _label(self, target) -> str:
        """How the report names a contact: its naming tag or name; one with neither by its
        first phone number or email (a salesperson never sees internal ids)."""
        tags = self._tags(target)
        if label := tag_label(tags):
            return label
        if isinstance(target, _Pending):
            return msg("line {line}", line=target.line)
        found = database.connection().execute(_CONTACT_BY_SQL, (target, target)).fetchone()
        return found[0] if found and found[0] else f"#{target}"

    def _filled(self, target, values: dict) -> None:
        """After a merge: the contact's empty tag fields that the row fills."""
        tags = self._tags(target)
        new = tuple(old or (values.get(f) or "") for f, old in zip(TAG_FIELDS, tags))
        if new != tags:
            if isinstance(target, _Pending):
                target.tags = new
            else:
                self.known[target] = new

    def _place(self, row: Candidate) -> None:
        report = self.report
        match = conflict = None
        for candidate in self.index.candidates(row.values, row.phones):
            differing = conflicts(self._tags(candidate.target), row.values, candidate.by)
            if not differing:
                match = candidate
                break
            if conflict is None:
                conflict = (candidate, differing)
        if match is None and conflict is not None:
            report.other_leads += 1
            candidate, differing = conflict
            tags = dict(zip(TAG_FIELDS, self._tags(candidate.target)))
            f = differing[0]
            values = dict(contact=self._label(candidate.target), field=field_name(f),
                          value=row.values[f], other=tags[f])
            report.warn(row.line, msg(
                'same phone as "{contact}", but a different lead ({field} {value}, not '
                '{other}): imported as a new contact', **values) if candidate.by == "phone"
                else msg('same e-mail as "{contact}", but a different lead ({field} {value}, '
                         'not {other}): imported as a new contact', **values)
                if candidate.by == "email" else msg(
                'same name and company as "{contact}", but a different lead ({field} {value}, '
                'not {other}): imported as a new contact', **values))
        if match is not None:
            if match.by == "phone":
                report.duplicates_by_phone += 1
            elif match.by == "email":
                report.duplicates_by_email += 1
            else:
                report.duplicates_by_name_company += 1
        if match is None or self.policy == "create":
            pending = _Pending(row.line, row.values, row.phones)
            self.inserts.append(pending)
            self.index.add(pending, row.values, row.phones)
            report.created += 1
            return
        target = match.target
        if self.policy == "skip":
            report.skip(row.line, DUPLICATE, _same(match.by, target, self._label(target)))
            return
        report.merged += 1
        old_name = self._tags(target)[TAG_FIELDS.index("name")]
        new_name = row.values.get("name", "")
        if old_name and new_name and not _same_text(old_name, new_name):
            report.warn(row.line, msg(
                "merged into {contact} (same phone); its name {name} was kept, the file's name "
                "{new_name} is in its notes", contact=self._label(target), name=old_name,
                new_name=new_name))
        self._filled(target, row.values)
        self.index.add(target, row.values, row.phones)  # its new numbers now find it too
        if isinstance(target, _Pending):
            if target.values is not None:  # not written yet: merge in memory
                changed, phones = merge_values(target.values, target.phones, row)
                target.values.update(changed)
                if phones is not None:
                    target.phones = phones
                if not changed and phones is None:
                    report.merged_unchanged += 1
            elif not self.dry_run:
                self.merges.append((target.id, row, True))
        elif not self.dry_run:
            self.merges.append((target, row, False))

    def _flush(self) -> None:
        started = time.perf_counter()
        inserts, merges = self.inserts, self.merges
        self.inserts, self.merges = [], []
        if self.dry_run:
            for p in inserts:
                p.values = p.phones = None
            return
        updates, undo_rows = [], []
        if merges:
            ids = list(dict.fromkeys(m[0] for m in merges))
            current = {r.id: r for r in contacts.get_many(ids)}
            pending_updates: dict[int, tuple[dict, list | None]] = {}
            for cid, row, ours in merges:
                record = current.get(cid)
                if record is None:
                    continue
                # the state after earlier merges of this chunk into the same contact
                values = (record.values() | {"deal_value": record.deal_value}
                          | pending_updates.get(cid, ({}, None))[0])
                phones = pending_updates.get(cid, ({}, None))[1] or record.phones
                changed, new_phones = merge_values(values, phones, row)
                if not changed and new_phones is None:
                    self.report.merged_unchanged += 1
                    continue
                if not ours:
                    before = {k: values.get(k) for k in changed}
                    after = dict(changed)
                    if new_phones is not None:
                        before["phones"] = phones_json(phones)
                        after["phones"] = phones_json(new_phones)
                    undo_rows.append((cid, before, after))
                old = pending_updates.get(cid, ({}, None))
                pending_updates[cid] = (old[0] | changed, new_phones or old[1])
            updates = [(cid, vals, phones) for cid, (vals, phones) in pending_updates.items()]
        new_ids, changes = contacts.write_many(
            [(p.values, p.phones) for p in inserts], updates, batch_id=self.batch_id,
            now=self.now)
        for p, cid in zip(inserts, new_ids):
            p.id = cid
            p.values = p.phones = None
        self._stop_closed(undo_rows)
        if undo_rows:
            database.connection().executemany(
                "INSERT INTO import_merge (batch_id, contact_id, before, after) "
                "VALUES (?, ?, ?, ?)",
                [(self.batch_id, cid, json.dumps(b, ensure_ascii=False),
                  json.dumps(a, ensure_ascii=False)) for cid, b, a in undo_rows])
        self.changes = self.changes | changes
        self.report.seconds_writing += time.perf_counter() - started

    def _stop_closed(self, undo_rows: list[tuple[int, dict, dict]]) -> None:
        """A merge that closed a lead (its stage 线索 -> 成交/流失) stops its running cadence;
        the stop's undo goes into the merge record, for ``undo_import``."""
        closes = [r for r in undo_rows if r[2].get("stage") in CLOSED]
        active = touchpoints.active_among(r[0] for r in closes) if closes else {}
        for cid, before, after in closes:
            stopped = closing.stop_cadences([cid], after["stage"], self.now) \
                if cid in active else None
            if stopped is not None:
                before["cadence"], after["cadence"] = closing.undo_json(stopped.undo), "stopped"
                self.changes = self.changes | stopped


def run_import(source: Source, columns: list[Column | None] | None = None, *,
               duplicates: str = "merge", dry_run: bool = False,
               progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
               now: datetime | None = None) -> ImportReport:
    """Import ``source`` with ``columns`` (default: ``guess_mapping(source)``).

    One transaction: on Cancel (``cancel()`` returned True) or any error nothing is written;
    the report then says ``cancelled``. A real run that created or changed contacts is
    recorded as a batch (``report.batch_id``) for ``undo_import``; one that did neither (every
    row skipped or already there) is not (``batch_id`` None). A dry run writes nothing and
    reports what a real run would do.
    Raises ``FileUnreadable`` if the file turns out unreadable part-way or holds no row below
    its header (``Source.check_rows``; nothing written).
    """
    if duplicates not in POLICIES:
        raise ValidationError("duplicates", "duplicates must be one of {choices}.", choices=", ".join(POLICIES))
    now = now or utcnow()
    if columns is None:
        columns = guess_mapping(source)
    if dry_run:
        importer = _Importer(source, columns, duplicates, True, progress, cancel, now)
        try:
            with _collector_paused():
                importer.run()
        except ImportCancelled:
            importer.report.cancelled = True
        if not importer.report.cancelled and not importer.report.rows:
            raise source.no_rows()
        return importer.report
    try:
        with _collector_paused(), database.atomic("IMMEDIATE"):
            importer = _Importer(source, columns, duplicates, False, progress, cancel, now)
            batch = ImportBatch.create(created_at=now, file_name=source.path.name,
                                       format=source.format, duplicates=duplicates)
            importer.batch_id = batch.id
            importer.run()
            report = importer.report
            if not report.rows:  # a header alone: no batch of nothing (rolled back)
                raise source.no_rows()
            report.changes = importer.changes
            if not report.created and report.merged == report.merged_unchanged:
                # every row skipped, or matched with nothing new: no import of nothing to
                # list and undo (it offered an Undo that did nothing)
                ImportBatch.delete().where(ImportBatch.id == batch.id).execute()
                return report
            ImportBatch.update(created_count=report.created, merged_count=report.merged,
                               skipped_count=len(report.skipped)).where(
                ImportBatch.id == batch.id).execute()
            report.batch_id = batch.id
    except ImportCancelled:
        report = importer.report
        report.cancelled, report.batch_id, report.changes = True, None, Changes()
        report.created = report.merged = report.merged_unchanged = 0
    return report


def preview(source: Source, columns: list[Column | None], limit: int = 20) -> list:
    """The first rows as the import would store them: a ``Candidate`` per row (values,
    phones, warnings), or a ``RowIssue`` for a row that cannot be read. For the mapping step."""
    from desktop_app.core.transfer.importing.report import RowIssue

    builder = RowBuilder(source.headers, columns, source.guarded)
    out = []
    for raw in source.preview(limit):
        if raw.error:
            out.append(RowIssue(raw.line, UNREADABLE, raw.error))
            continue
        try:
            out.append(builder.build(raw))
        except ValidationError as e:
            out.append(RowIssue(raw.line, INVALID, e.message))
    return out


_TAGS_SQL = f"SELECT {', '.join(TAG_FIELDS)} FROM contact WHERE id = ?"
_CONTACT_BY_SQL = ("SELECT coalesce((SELECT raw FROM phone WHERE contact_id = ? ORDER BY position, "
                   "id LIMIT 1), nullif(email, '')) FROM contact WHERE id = ?")


def _same(by: str, target, label: str) -> str:
    """The detail of a skipped duplicate: "same phone as line 12" / '... as "上海-壹点-...-叶辉"'
    (the contact's naming tag or name, in quotes as the file's texts in the command's lines;
    its phone number or email when it has neither; its number only when it has nothing of
    these)."""
    if isinstance(target, _Pending):
        return (msg("same phone as line {line}", line=target.line) if by == "phone"
                else msg("same e-mail as line {line}", line=target.line) if by == "email"
                else msg("same name and company as line {line}", line=target.line))
    if label.startswith("#"):
        return (msg("same phone as contact #{id}", id=target) if by == "phone"
                else msg("same e-mail as contact #{id}", id=target) if by == "email"
                else msg("same name and company as contact #{id}", id=target))
    return (msg('same phone as "{contact}"', contact=label) if by == "phone"
            else msg('same e-mail as "{contact}"', contact=label) if by == "email"
            else msg('same name and company as "{contact}"', contact=label))
