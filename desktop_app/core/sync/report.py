"""What one sync pass did, for the CLI, the report dialog and ``sync status``."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from desktop_app.core.changes import Changes
from desktop_app.core.messages import Message, msg
from desktop_app.core.sync.merge import Conflict

OK, FAILED, CANCELLED = "ok", "failed", "cancelled"
COUNTS = ("created_here", "updated_here", "trashed_here", "linked", "created_there",
          "updated_there", "deleted_there", "todos_written", "todos_removed", "todos_ticked",
          "todos_moved", "todos_deleted", "todos_kept_here", "todos_cancelled",
          "todos_cancel_overruled")


@dataclass
class Report:
    dry_run: bool = False
    outcome: str = OK
    problem: str = ""  # why the pass stopped (a Message), empty when it finished
    created_here: int = 0  # contacts downloaded as new
    updated_here: int = 0
    trashed_here: int = 0  # deleted on the server -> moved to the trash here
    linked: int = 0  # first sync: a server card matched to a contact by phone
    created_there: int = 0
    updated_there: int = 0
    deleted_there: int = 0
    todos_written: int = 0
    todos_removed: int = 0
    todos_ticked: int = 0  # ticked on the phone -> the touchpoint completed here
    todos_moved: int = 0  # moved on the phone -> rescheduled here
    todos_deleted: int = 0  # deleted on the phone -> still due here, not written back
    todos_kept_here: int = 0  # moved on the phone and rescheduled here too: here's date kept
    todos_cancelled: int = 0  # cancelled on the phone -> the step skipped here
    todos_cancel_overruled: int = 0  # cancelled there, rescheduled here since: still due here
    todos_skipped: list[str] = field(default_factory=list)  # the phone's to-dos not read
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # items left for the next pass, and why
    emptied: int = 0  # stopped: the server's address book is empty, this many were synced
    changes: Changes = field(default_factory=Changes)
    conflict_count: int | None = None  # a report read back (``from_json``): conflicts untold

    def lines(self) -> list[Message]:
        """The report as sentences (English; the UI translates the templates)."""
        out = []
        if self.dry_run:
            out.append(msg("Dry run: nothing was changed; this is what a sync would do."))
        if self.outcome != OK and not self.conflicts and not self.conflict_count \
                and not any(getattr(self, c) for c in COUNTS):
            # stopped before anything was done: the reason alone, not four lines of zeros
            # above it (a server that answers a web page, a refused password)
            return out + self._endings()
        out.append(msg("Here: {created} new, {updated} updated, {trashed} moved to the trash "
                       "(deleted on the server), {linked} linked by phone number.",
                       created=self.created_here, updated=self.updated_here,
                       trashed=self.trashed_here, linked=self.linked))
        out.append(msg("On the server: {created} new, {updated} updated, {deleted} deleted.",
                       created=self.created_there, updated=self.updated_there,
                       deleted=self.deleted_there))
        out.append(msg("Calendar: {written} follow-ups written, {removed} removed.",
                       written=self.todos_written, removed=self.todos_removed))
        if self.todos_ticked or self.todos_moved or self.todos_deleted:
            out.append(msg("On the phone: {ticked} follow-ups ticked (done here), {moved} moved "
                           "(rescheduled here), {deleted} deleted (still due here).",
                           ticked=self.todos_ticked, moved=self.todos_moved,
                           deleted=self.todos_deleted))
        if self.todos_cancelled:
            out.append(msg("On the phone: {count} follow-ups cancelled (skipped here, the next "
                           "step scheduled).", count=self.todos_cancelled))
        if self.todos_cancel_overruled:
            out.append(msg("{count} follow-ups cancelled on the phone had been rescheduled here "
                           "since: they stay due on the date set here and go back to the phone.",
                           count=self.todos_cancel_overruled))
        if self.todos_kept_here:
            out.append(msg("{count} follow-ups moved on the phone were rescheduled here too: "
                           "the date set here was kept.", count=self.todos_kept_here))
        out.append(msg("Conflicts: {count} (the local value was kept; the phone's value is in "
                       "the lead's timeline).", count=len(self.conflicts)
                       if self.conflict_count is None else self.conflict_count))
        for c in self.conflicts:
            out.append(msg("  {tag}: {field} here {local!r}, on the server {server!r}",
                           tag=c.tag, field=c.field, local=c.local, server=c.server))
        return out + self._endings()

    def _endings(self) -> list[Message]:
        """What was skipped, and why the pass stopped (when it did)."""
        out = [msg("Skipped: {problem}", problem=s) for s in self.skipped + self.todos_skipped]
        if self.outcome == FAILED:
            out.append(msg("The sync stopped: {problem} What was done is kept; the next sync "
                           "goes on from there.", problem=self.problem))
        elif self.outcome == CANCELLED:
            out.append(msg("Cancelled. What was done is kept; the next sync goes on from there."))
        return out

    def to_json(self) -> str:
        data = {k: v for k, v in asdict(self).items()
                if k not in ("changes", "conflicts", "conflict_count")}
        data["conflicts"] = len(self.conflicts)
        data["problem"] = str(self.problem)
        return json.dumps(data, ensure_ascii=False)


    @classmethod
    def from_json(cls, text: str) -> Report | None:
        """The report ``to_json`` stored (``sync status``), its conflicts as a count; None for
        what is not one."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or any(
                type(data.get(k, 0)) is not int for k in COUNTS + ("emptied",)) or any(
                not isinstance(data.get(k, []), list) for k in ("skipped", "todos_skipped")):
            return None
        known = {f.name for f in fields(cls)} - {"changes", "conflicts", "conflict_count"}
        try:
            report = cls(**{k: v for k, v in data.items() if k in known})
            report.conflict_count = int(data.get("conflicts") or 0)
        except (TypeError, ValueError):
            return None
        return report
