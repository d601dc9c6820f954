"""One sync pass of the contacts with the CardDAV address book (the status-table algorithm of
vdirsyncer, see shared/SYNC-NOTES.md), then the due touchpoints with the calendar, both ways
(``todos``: what the phone ticked, moved or deleted is taken here before anything is written).

1. **List** the server: RFC 6578 ``sync-collection`` from the last token where offered (a
   refused token starts over), else every member's etag. Fetch (multiget) what is new or whose
   etag moved. Nothing is written here yet: a fault leaves the database unchanged.
2. **Apply here**, in ONE transaction: cards new on the server are linked to a contact by
   their UID or phone number (first sync) or created; a change on the server only is written
   here; a change on both sides is merged field by field (local wins, the server's value goes
   to the lead's timeline); a deletion on the server moves the contact to the trash (unless it
   changed here since: then it is uploaded again). "Changed" is the content hash, not the etag.
3. **Write there**, one item at a time, each with ``If-None-Match: *`` / ``If-Match`` and its
   status row committed right after: new and changed contacts are PUT, trashed ones DELETEd.
   A 412 re-reads that item, merges and tries once more; else it waits for the next pass.

The sync token is stored only when a pass finished with nothing skipped, so the next pass
sees again whatever this one could not do. Cancel stops between items, with the same rule.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable
from urllib.parse import urljoin, urlsplit

from desktop_app.core.changes import Changes
from desktop_app.core.errors import ValidationError
from desktop_app.core.messages import msg
from desktop_app.core.storage.schema import database
from desktop_app.core.sync import account as accounts
from desktop_app.core.sync import cards, local
from desktop_app.core.sync.dav import DavClient, PreconditionFailed, SyncError, TokenInvalid
from desktop_app.core.sync.merge import merge
from desktop_app.core.sync.report import CANCELLED, FAILED, Report
from desktop_app.core.transfer.importing.matching import DuplicateIndex
from desktop_app.core.contacts.phones import normalize as normalize_phone
from desktop_app.core.when import utcnow

VCARD = "text/vcard; charset=utf-8"
# What to do when the server's address book is found empty although contacts were synced
# with it (``ServerEmptied``): send them to it again, or take the emptying as deletions.
UPLOAD, TRASH = "upload", "trash"


class ServerEmptied(SyncError):
    """The address book on the server is empty, but contacts were synced with it (it was reset,
    or the account now reaches another one): taken as deletions, every one of them would go
    to the trash here. The pass stops unless told which it is (vdirsyncer's
    SyncEmptyStorage)."""

    def __init__(self, count: int):
        super().__init__("The address book on the server is empty, but {count} contacts were "
                         "synced with it (was it reset, or is it another account's?). Nothing "
                         "was changed.", count=count)
        self.count = count


class Cancelled(Exception):
    """The user pressed Cancel (raised inside the pass, turned into the report's outcome)."""


class _DryRun(Exception):
    pass


class Pass:
    def __init__(self, account: accounts.Account, dav: DavClient, *, today: date,
                 now: datetime | None = None, dry_run: bool = False,
                 progress: Callable[[str, int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, use_sync_token: bool = True):
        self.account, self.dav, self.today = account, dav, today
        self.now = now or utcnow()
        self.report = Report(dry_run=dry_run)
        self.progress = progress or (lambda text, done, total: None)
        self.cancelled = cancelled or (lambda: False)
        self.use_sync_token = use_sync_token
        self.book = urlsplit(account.addressbook).path
        self.unsettled: set[str] = set()  # cards whose lines disagree: written again here

    def settled_hash(self, href: str, state: dict, kept: bytes) -> str:
        """The status row's hash for a card just taken here: none (so step 3 writes it again
        from ``state``) when the card's own lines disagree (``cards.agrees``)."""
        return "" if href in self.unsettled else cards.content_hash(state, kept)

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled()

    # --- 1. list and fetch ----------------------------------------------------------------
    def listing(self, status: dict[str, local.Row]) -> tuple[dict[str, str], str | None]:
        if self.use_sync_token and self.account.sync_token:
            try:
                changed, removed, token = self.dav.sync_collection(self.book, self.account.sync_token)
                remote = {h: r.etag for h, r in status.items() if h not in removed}
                remote.update(changed)
                return remote, token
            except TokenInvalid:
                pass
        token = self.dav.sync_token(self.book) if self.use_sync_token else None
        return self.dav.etags(self.book), token

    def fetch(self, status, remote) -> tuple[dict, set[str]]:
        need = [h for h, e in remote.items()
                if h not in status or status[h].etag != e or not cards.whole(status[h].kept)]
        self.progress(msg("Reading the address book"), 0, len(need))
        bodies = {}
        for i in range(0, len(need), 500):
            self.check()
            bodies.update(self.dav.multiget(self.book, need[i:i + 500]))
            self.progress(msg("Reading the address book"), min(i + 500, len(need)), len(need))
        parsed, bad = {}, set()
        for h in need:
            if h not in bodies:
                remote.pop(h, None)  # deleted between the listing and the read
                continue
            etag, data = bodies[h]
            try:
                uid, state, kept = cards.from_card(data, status[h].state if h in status else None)
                state = cards.normalize(state)
                if not cards.agrees(data, state):
                    self.unsettled.add(h)
            except (cards.CardError, ValidationError) as e:
                self.report.skipped.append(msg("{path}: {problem}", path=h, problem=e.message))
                bad.add(h)
                continue
            parsed[h] = (etag or remote[h], uid, state, kept)
        return parsed, bad

    # --- 2. apply here --------------------------------------------------------------------
    def apply_here(self, status, remote, parsed, bad) -> None:
        r = self.report
        selected = local.selected_ids(self.account.filter, self.today)
        linked = {row.contact_id for row in status.values() if row.contact_id}
        here = local.states(selected | linked)
        uids = {row.uid for row in status.values()}
        for h, row in status.items():
            self.check()
            if h in bad:
                continue
            have = here.get(row.contact_id) if row.contact_id else None
            live = have is not None and not have[1]
            if h not in remote:  # deleted on the server
                if live and cards.content_hash(have[0], row.kept) == row.hash:
                    r.changes |= local.trash(row.contact_id, self.now)
                    r.trashed_here += 1
                local.drop(h)  # changed here since: uploaded again as new in step 3
                continue
            if h not in parsed:
                continue
            etag, _, theirs, kept = parsed[h]
            if cards.content_hash(theirs, kept) == row.hash:
                local.save(_replace(row, etag=etag))  # re-serialised, same content
                continue
            if theirs == row.state and have is not None:  # only the phone's other lines (a
                # photo, a PREF) or their bytes changed, or the row held part of the card
                local.save(_replace(row, etag=etag, kept=kept,
                                    hash=self.settled_hash(h, theirs, kept)))
                continue
            if have is None:  # purged here: step 3 deletes it there
                local.save(_replace(row, etag=etag, state=theirs, kept=kept,
                                    hash=cards.content_hash(theirs, kept)))
                continue
            mine = have[0]
            if cards.content_hash(mine, row.kept) == row.hash or have[1]:
                r.changes |= local.write(row.contact_id, mine, theirs, self.now)
                new = local.state(row.contact_id)
                local.save(_replace(row, etag=etag, state=new, kept=kept,
                                    hash=self.settled_hash(h, new, kept)))
                r.updated_here += 1
            else:
                self._merge(row.contact_id, row.state, mine, theirs, etag, row.uid, h, kept)
        unlinked = selected - linked
        own = {cards.contact_uid(self.account.device, cid): cid for cid in unlinked}
        index = None
        for h in sorted(set(remote) - set(status) - bad):
            self.check()
            etag, uid, theirs, kept = parsed[h]
            uid = uid if uid and uid not in uids else h
            uids.add(uid)
            cid = own.get(uid)
            if cid is None and theirs["phones"]:
                index = index or DuplicateIndex.from_database()
                phones = [normalize_phone(raw, label) for label, raw in theirs["phones"]]
                cid = next((m.target for m in index.candidates({}, phones)
                            if m.target in unlinked), None)
            if cid is not None:
                unlinked.discard(cid)
                self._merge(cid, None, here[cid][0], theirs, etag, uid, h, kept)
                r.linked += 1
            else:
                cid, changes = local.create(theirs, self.now)
                new = local.state(cid)
                local.save(local.Row(None, cid, uid, h, etag, self.settled_hash(h, new, kept), new,
                                     kept))
                r.changes |= changes
                r.created_here += 1

    def _merge(self, cid, base, mine, theirs, etag, uid, href, kept) -> None:
        """Both changed: merged here now; the status holds the server's side, so step 3 sees
        a local change and uploads the merge (If-Match the server's etag)."""
        merged, found = merge(base, mine, theirs)
        self.report.changes |= local.write(cid, mine, merged, self.now)
        conflicts, changes = local.record_conflicts(cid, cards.tag_of(mine["fields"]), mine,
                                                   found, self.now)
        self.report.conflicts.extend(conflicts)
        self.report.changes |= changes
        local.save(local.Row(None, cid, uid, href, etag, self.settled_hash(href, theirs, kept),
                             theirs, kept))

    # --- 3. write there -------------------------------------------------------------------
    def jobs(self) -> list[tuple]:
        status = local.rows()
        selected = local.selected_ids(self.account.filter, self.today)
        linked = {row.contact_id for row in status.values() if row.contact_id}
        here = local.states(selected | linked)
        out = []
        for row in status.values():
            have = here.get(row.contact_id) if row.contact_id else None
            if have is None or have[1]:
                out.append(("delete", row, None))
            elif cards.content_hash(have[0], row.kept) != row.hash:
                out.append(("update", row, have[0]))
        for cid in sorted(selected - linked):
            out.append(("create", cid, here[cid][0]))
        return out

    def write_there(self, jobs) -> None:
        for n, (kind, what, state) in enumerate(jobs):
            self.check()
            self.progress(msg("Writing to the server"), n, len(jobs))
            try:
                getattr(self, "_" + kind)(what, state)
            except PreconditionFailed as e:
                self.report.skipped.append(e.message)
        self.progress(msg("Writing to the server"), len(jobs), len(jobs))

    def _create(self, cid: int, state: dict) -> None:
        uid = cards.contact_uid(self.account.device, cid)
        href = urljoin(self.book, uid + ".vcf")
        data = cards.to_card(uid, state)
        try:
            etag = self.dav.put(href, data, VCARD, None)
        except PreconditionFailed:  # already there: our own upload whose status row was lost
            self._replan(href, None, cid, state, uid)
            return
        kept = cards.kept_of(data)
        with database.atomic():
            local.save(local.Row(None, cid, uid, href, etag, cards.content_hash(state, kept), state, kept))
        self.report.created_there += 1

    def _update(self, row: local.Row, state: dict) -> None:
        data = cards.to_card(row.uid, state, row.kept)
        try:
            etag = self.dav.put(row.href, data, VCARD, row.etag)
        except PreconditionFailed:
            self._replan(row.href, row, row.contact_id, state, row.uid)
            return
        kept = cards.kept_of(data)
        with database.atomic():
            local.save(_replace(row, etag=etag, state=state, kept=kept,
                                hash=cards.content_hash(state, kept)))
        self.report.updated_there += 1

    def _replan(self, href, row, cid, state, uid) -> None:
        """412: read the item again, merge it here, write it there If-Match its new etag."""
        got = self.dav.get(href)
        if got is None:  # deleted meanwhile: create it again
            data = cards.to_card(uid, state)
            etag, theirs, kept = self.dav.put(href, data, VCARD, None), None, cards.kept_of(data)
        else:
            etag, data = got
            _, theirs, kept = cards.from_card(data, row.state if row else None)
            theirs = cards.normalize(theirs)
            if not cards.agrees(data, theirs):
                self.unsettled.add(href)
        with database.atomic():
            if theirs is not None:
                self._merge(cid, row.state if row else None, state, theirs, etag, uid, href, kept)
                merged = local.state(cid)
                if merged != theirs or href in self.unsettled:
                    data = cards.to_card(uid, merged, kept)
                    etag, kept = self.dav.put(href, data, VCARD, etag), cards.kept_of(data)
            else:
                merged = state
            local.save(local.Row(None, cid, uid, href, etag, cards.content_hash(merged, kept), merged, kept))
        self.report.updated_there += 1

    def _delete(self, row: local.Row, _state) -> None:
        try:
            self.dav.delete(row.href, row.etag)
        except PreconditionFailed:  # changed there since: keep that in the trashed contact
            got = self.dav.get(row.href)
            if got is not None:
                _, theirs, _ = cards.from_card(got[1], row.state)
                if row.contact_id is not None:
                    with database.atomic():
                        self.report.changes |= local.write(row.contact_id, local.state(row.contact_id),
                                                           cards.normalize(theirs), self.now)
                self.dav.delete(row.href, got[0])
        with database.atomic():
            local.drop(row.href)
        self.report.deleted_there += 1


def _replace(row: local.Row, **changes) -> local.Row:
    values = dict(row.__dict__)
    values.update(changes)
    return local.Row(**values)


def sync(account: accounts.Account, dav: DavClient, *, today: date, now: datetime | None = None,
         dry_run: bool = False, progress=None, cancelled=None, use_sync_token: bool = True,
         todos: bool = True, emptied: str | None = None) -> Report:
    """One pass; never raises for a server or network fault: the report says what happened.

    An address book found empty while two or more contacts were synced with it stops the pass
    (``report.emptied``: how many), unless ``emptied`` says what it is: ``UPLOAD`` forgets the
    old links and sends the contacts again, ``TRASH`` takes it as deletions (the trash here)."""
    p = Pass(account, dav, today=today, now=now, dry_run=dry_run, progress=progress,
             cancelled=cancelled, use_sync_token=use_sync_token)
    r = p.report
    try:
        status = local.rows()
        remote, token = p.listing(status)
        p.check()
        forget = False
        if len(status) > 1 and not remote and emptied != TRASH:
            if emptied != UPLOAD:
                r.emptied = len(status)
                raise ServerEmptied(len(status))
            forget, status = True, {}
        parsed, bad = p.fetch(status, remote)
        try:
            with database.atomic():
                if forget:  # the links to cards that are gone: every contact is sent again
                    local.forget_all()
                p.apply_here(status, remote, parsed, bad)
                jobs = p.jobs()
                if dry_run:
                    for kind, _, _ in jobs:
                        setattr(r, {"create": "created_there", "update": "updated_there",
                                    "delete": "deleted_there"}[kind],
                                getattr(r, {"create": "created_there", "update": "updated_there",
                                            "delete": "deleted_there"}[kind]) + 1)
                    raise _DryRun()
        except _DryRun:
            r.changes = Changes()
            return r
        p.write_there(jobs)
        if todos and account.calendar:
            from desktop_app.core.sync import todos as todo_sync
            todo_sync.sync_todos(p)
        if not r.skipped and token:
            account.sync_token = token
    except Cancelled:
        r.outcome = CANCELLED
    except SyncError as e:
        r.outcome, r.problem = FAILED, e.message
    if not dry_run:
        account.last_sync_at = p.now
        account.last_result = r.to_json()
        accounts.save(account)
    return r
