"""What an import did (or, in a dry run, would do): counts, every skipped row with its line
number and reason, warnings; as text or CSV for the user to keep."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field

from desktop_app.core.changes import Changes

# reason codes (the UI translates these; ``detail`` carries the specifics in English)
UNREADABLE = "unreadable"  # a CSV row or a vCard card that could not be read at all
EMPTY = "empty"  # no name, phone, e-mail, ... in the mapped columns
DUPLICATE = "duplicate"  # matched an existing contact (or an earlier row) and the policy is skip
INVALID = "invalid"  # the values could not be used


@dataclass(frozen=True)
class RowIssue:
    line: int
    code: str
    detail: str


@dataclass
class ImportReport:
    file: str
    format: str
    duplicates_policy: str
    dry_run: bool
    batch_id: int | None = None
    rows: int = 0  # data rows read (including the skipped ones)
    created: int = 0
    merged: int = 0
    merged_unchanged: int = 0  # matched, but the file had nothing the contact lacked
    skipped: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    duplicates_by_phone: int = 0
    duplicates_by_name_company: int = 0
    duplicates_by_email: int = 0
    other_leads: int = 0  # alike (phone, e-mail, or name and company) but another lead: new
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)
    seconds_reading: float = 0.0  # reading, decoding, mapping, normalising phones
    seconds_writing: float = 0.0

    @property
    def duplicates(self) -> int:
        return (self.duplicates_by_phone + self.duplicates_by_email
                + self.duplicates_by_name_company)

    def skip(self, line: int, code: str, detail: str) -> None:
        self.skipped.append(RowIssue(line, code, detail))

    def warn(self, line: int, detail: str) -> None:
        self.warnings.append(RowIssue(line, "warning", detail))

    def summary(self) -> str:
        if self.cancelled:
            return f"Cancelled: nothing was imported from {self.file}."
        # a dry run's verbs are all conditional ("would create 0, merged 6" read as if the
        # six had been merged)
        created, merged, skipped, as_new = (
            ("Dry run, nothing written: would create", "merge", "skip", "would be imported as new")
            if self.dry_run else ("Created", "merged", "skipped", "imported as new"))
        text = (f"{created} {self.created:,}, {merged} {self.merged:,}, {skipped} "
                f"{len(self.skipped):,} of {self.rows:,} rows from {self.file}")
        if self.duplicates:
            text += (f"; {self.duplicates:,} duplicates ({self.duplicates_by_phone:,} by phone, "
                     f"{self.duplicates_by_email:,} by e-mail, "
                     f"{self.duplicates_by_name_company:,} by name+company), "
                     f"policy {self.duplicates_policy}")
        if self.merged_unchanged:
            text += (f"; {self.merged_unchanged:,} of the merged "
                     f"{'would add' if self.dry_run else 'added'} nothing new")
        if self.other_leads:
            text += (f"; {self.other_leads:,} alike but another lead (a naming-tag field differs), "
                     f"{as_new}")
        if self.batch_id is not None:
            text += f"; import #{self.batch_id}"
        elif not self.dry_run:  # a real run without a batch: it changed nothing (run_import)
            text += "; nothing changed, not recorded as an import"
        return text + "."

    def to_text(self) -> str:
        lines = [self.summary(), ""]
        if self.skipped:
            lines.append("Skipped rows:")
            lines += [f"  line {i.line}: {i.code}: {i.detail}" for i in self.skipped]
        if self.warnings:
            lines.append("Warnings:")
            lines += [f"  line {i.line}: {i.detail}" for i in self.warnings]
        return "\n".join(lines) + "\n"

    def to_csv(self) -> str:
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["line", "kind", "reason", "detail"])
        for i in self.skipped:
            w.writerow([i.line, "skipped", i.code, _guard(i.detail)])
        for i in self.warnings:
            w.writerow([i.line, "warning", "", _guard(i.detail)])
        return out.getvalue()

    def save(self, path: str | os.PathLike) -> None:
        """``.csv`` -> CSV (UTF-8 with BOM, for Excel), anything else -> text."""
        from desktop_app.core.storage.atomic_file import atomic_write

        as_csv = str(path).lower().endswith(".csv")
        with atomic_write(path, "w", encoding="utf-8-sig" if as_csv else "utf-8",
                          newline="" if as_csv else None) as f:
            f.write(self.to_csv() if as_csv else self.to_text())


def _guard(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r", "\n") else text
