"""The words of data safety: why the database is read-only, what went wrong, which backup.

The core's errors and states carry codes and values; the sentences are built here, through
``translate("DataSafety", ...)`` (lupdate finds calls named ``translate`` with a literal
context), so they follow the user's language.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import timezone

from PySide6.QtCore import QCoreApplication

from desktop_app.core import errors
from desktop_app.ui.common.core_text import error_core_text

translate = QCoreApplication.translate


def local_moment(moment) -> str:
    """An aware (or naive UTC) datetime as local time to the minute."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def file_size(n: int) -> str:
    if n == 0:  # a backup of 0 bytes was listed as "1 kB"
        return translate("DataSafety", "empty")
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{max(n, 1000) / 1e3:.0f} kB"


def reason_words(code: str) -> str:
    """Why a backup was taken (``BackupInfo.reason``), in words."""
    words = {
        "start": translate("DataSafety", "When the app started"),
        "auto": translate("DataSafety", "Automatic, while you worked"),
        "quit": translate("DataSafety", "When the app quit"),
        "manual": translate("DataSafety", "Backed up by you"),
        "before-restore": translate("DataSafety", "Before a restore"),
        "before-import": translate("DataSafety", "Before an import"),
        "before-bulk-edit": translate("DataSafety", "Before a change to many contacts"),
        "before-empty-trash": translate("DataSafety", "Before emptying the trash"),
        "damaged-original": translate("DataSafety", "The damaged file, kept for rescue"),
    }
    if code in words:
        return words[code]
    m = re.fullmatch(r"before-migration-(\d+)", code)
    if m:
        return translate("DataSafety", "Before upgrading the database (version %1)").replace(
            "%1", m.group(1))
    return code


def read_only_text(state) -> str:
    """Why the open database (``OpenState``) cannot be changed; "" when it can."""
    if not state.read_only:
        return ""
    path = str(state.path)
    if state.reason == "damaged":
        text = translate("DataSafety", "The database file is damaged, so it was opened "
                                       "read-only and nothing in it will be changed.")
        good = state.newest_good_backup
        if good is not None:
            text += " " + translate(
                "DataSafety", "The newest good backup is from %1, with %2 contacts.").replace(
                "%1", local_moment(good.taken_at)).replace("%2", f"{good.contacts or 0:,}")
        else:
            text += " " + translate(
                "DataSafety", "No good backup was found: keep a copy of %1 before trying "
                              "repairs.").replace("%1", path)
        if state.lock is None:
            text += " " + translate(
                "DataSafety", "Another Contact Book has it open: restore it from there.")
        return text
    if state.reason == "in-use":
        if state.holder_pid:
            return translate(
                "DataSafety", "This database is open in another Contact Book (process %1), so "
                              "here you can look but not change anything. Close the other one, "
                              "then open this again to make changes.").replace(
                "%1", str(state.holder_pid))
        return translate(
            "DataSafety", "This database is open in another Contact Book, so here you can look "
                          "but not change anything. Close the other one, then open this again "
                          "to make changes.")
    if state.reason == "read-only-folder":
        return translate(
            "DataSafety", "The folder of %1 cannot be written, so the database is open "
                          "read-only. To make changes, move the file to a folder of yours or "
                          "fix the folder's permissions.").replace("%1", path)
    if state.reason == "read-only-file":
        return translate(
            "DataSafety", "The file %1 is read-only, so the database is open read-only. To "
                          "make changes, fix the file's permissions.").replace("%1", path)
    return translate("DataSafety", "The database is open read-only.")


def error_text(error: BaseException) -> str:
    """One clear message for an expected error (the core's own text as the detail)."""
    if isinstance(error, errors.DiskFull):
        return translate(
            "DataSafety", "The disk holding %1 is full, so nothing was changed. Free some space "
                          "(empty the trash or Downloads, or move old files away) and try "
                          "again.").replace("%1", str(error.path))
    if isinstance(error, errors.FolderReadOnly):
        return translate(
            "DataSafety", "%1 cannot be written: the folder or file is read-only or not yours, "
                          "so nothing was changed. Choose another folder or fix its "
                          "permissions.").replace("%1", str(error.path))
    if isinstance(error, errors.ReadOnlyDatabase):
        return translate("DataSafety", "The database is open read-only, so nothing was saved.")
    if isinstance(error, errors.DatabaseInUse):
        return translate("DataSafety", "The database is open in another Contact Book. Close "
                                       "it and try again.")
    if isinstance(error, errors.DatabaseDamaged):
        return translate("DataSafety", "The database is damaged, so it was not changed. "
                                       "Restore a backup with File › Restore…. (%1)").replace(
            "%1", error_core_text(error))
    if isinstance(error, errors.BackupError):
        return translate("DataSafety", "The backup could not be used or written: %1").replace(
            "%1", error_core_text(error))
    if isinstance(error, errors.MigrationError):
        return translate("DataSafety", "The database could not be upgraded, so nothing was "
                                       "changed: %1").replace("%1", error_core_text(error))
    if isinstance(error, errors.FileNotWritable):
        return not_written_text(error)
    if isinstance(error, errors.ContactBookError):
        return error_core_text(error)
    if isinstance(error, (sqlite3.Error, OSError)) or type(error).__module__ == "peewee":
        return translate("DataSafety", "The database could not be read or written (%1). Try "
                                       "again in a moment; if it keeps failing, check the "
                                       "disk.").replace("%1", str(error))
    return translate("DataSafety", "Something went wrong: %1").replace(
        "%1", f"{type(error).__name__}: {error}")


def not_written_text(error: errors.FileNotWritable) -> str:
    """An export (or other file written all or nothing) that could not be written."""
    reason = {
        "disk-full": translate("DataSafety", "the disk is full"),
        "quota": translate("DataSafety", "your disk quota is used up"),
        "permission": translate("DataSafety", "you may not write in that folder"),
        "read-only": translate("DataSafety", "the folder is read-only"),
        "no-folder": translate("DataSafety", "the folder does not exist (any more)"),
        "is-folder": translate("DataSafety", "there is a folder of that name"),
        "name-too-long": translate("DataSafety", "the file name is too long"),
    }.get(getattr(error, "reason", ""))
    if reason is None or not getattr(error, "path", None):
        return error_core_text(error)
    return translate("DataSafety", "Could not write %1: %2.\n\nNothing was written and no "
                                   "half-written file was left behind. Choose another folder "
                                   "or name and try again.").replace(
        "%1", str(error.path)).replace("%2", reason)
