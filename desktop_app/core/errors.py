"""Expected errors: each carries a plain message for the user and never means a bug."""

from desktop_app.core.messages import Message, fill


class ContactBookError(Exception):
    """Base for errors that are shown to the user as one clear line.

    The message is a template with ``str.format`` fields and its values as keywords:
    ``NotFound("No group with id {id}.", id=5)``. ``str(error)`` is the English sentence;
    ``template`` and ``values`` let the UI translate it (``ui/common/core_text.py``)."""

    def __init__(self, message: str = "", /, **values):
        super().__init__(fill(message, values))
        self.template = message
        self.values = values

    @property
    def message(self) -> Message:
        """The English sentence that still knows its template (for reports that keep it)."""
        return Message(self.template, self.values)


class DatabaseError(ContactBookError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseUnreadable(DatabaseError):
    pass


class MigrationError(DatabaseError):
    """A migration step would break the data; it was rolled back."""


class ValidationError(ContactBookError, ValueError):
    def __init__(self, field: str, message: str, /, **values):
        super().__init__(message, **values)
        self.field = field


class NotFound(ContactBookError, LookupError):
    pass


# --- data safety ------------------------------------------------------------------------------
# Each carries the path involved and says what to do; attributes let the UI build its own text.


class DatabaseInUse(DatabaseError):
    """Another Contact Book (window or command) has this database open for writing."""

    def __init__(self, path, pid: int | None = None):
        who = f" (process {pid})" if pid else ""
        super().__init__(
            f"{path} is open in another Contact Book{who}. Close it and try again; "
            f"read-only commands such as `list` still work.")
        self.path = path
        self.pid = pid


class DatabaseDamaged(DatabaseUnreadable):
    """The file fails SQLite's checks. It is never written to; restore a backup instead."""

    def __init__(self, path, problems: list[str], backup=None, *, opened_read_only: bool = False,
                 searched: bool = True):
        first = problems[0] if problems else "unknown damage"
        text = f"The database {path} is damaged ({first})"
        text += "; it was opened read-only and will not be changed." if opened_read_only else "."
        if backup is not None:
            text += f" The newest good backup is {backup.path.name}; restore it with " \
                    f"`contact-book restore {backup.path}` or File > Restore."
        elif searched:
            text += " No good backup was found; keep a copy of the file before trying repairs."
        super().__init__(text)
        self.path = path
        self.problems = list(problems)
        self.backup = backup


class ReadOnlyDatabase(ContactBookError):
    """A write was attempted on a database that was opened read-only.

    (Not a ``DatabaseError`` subclass: peewee's exception wrapper would turn a class whose
    direct base is named "DatabaseError" into ``peewee.DatabaseError``.)"""

    WHY = {
        "read-only-folder": "its folder cannot be written (read-only, or not yours). Reading "
                            "commands such as `list` still work; to make changes, copy the "
                            "file into a folder of yours or fix the folder's permissions",
        "read-only-file": "the file is read-only. Reading commands such as `list` still work; "
                          "to make changes, fix the file's permissions",
        "in-use": "another Contact Book has it open. Close it and try again",
        "damaged": "it is damaged. `contact-book backups` lists the backups to restore",
    }

    def __init__(self, path, reason: str | None = None):
        why = self.WHY.get(reason or "", "it was opened read-only")
        super().__init__(f"Nothing was saved: {path} is open read-only because {why}.")
        self.path = path
        self.reason = reason


class DatabaseBusy(ContactBookError):
    """Another program (a Contact Book takes the instance lock first, so not one of ours: a
    sqlite3 shell, a sync tool) held SQLite's write lock past the busy timeout; the statement's
    transaction was rolled back. (Its direct base must not be named like a DB-API error: see
    ``ReadOnlyDatabase``.)"""

    def __init__(self, path):
        super().__init__("{path} is locked by another program that is writing to it (not a "
                         "Contact Book: a sqlite3 shell or a sync tool, say), so it could not "
                         "be opened or changed now. Try again when it has finished.", path=path)
        self.path = path


class StorageError(ContactBookError):
    """The disk refused a write: the file named by ``path`` was left as it was before."""

    def __init__(self, message: str, path, action: str = ""):
        super().__init__(message)
        self.path = path
        self.action = action


class DiskFull(StorageError):
    def __init__(self, path, action: str = "saving"):
        super().__init__(
            f"The disk holding {path} is full while {action}; nothing was changed. Free some "
            f"space (empty the trash or Downloads, or move old files away) and try again.",
            path, action)


class FolderReadOnly(StorageError):
    def __init__(self, path, action: str = "saving", detail: str = ""):
        detail = f" ({detail})" if detail else ""
        super().__init__(
            f"Cannot write {path} while {action}: the folder or file is read-only or not "
            f"yours{detail}; nothing was changed. Choose another folder or fix its permissions.",
            path, action)


class BackupError(ContactBookError):
    """A backup file cannot be used (missing, damaged, from a newer version)."""

    def __init__(self, message: str, path=None, /, **values):
        super().__init__(message, path=path, **values)  # the message may name {path}
        self.path = path


def storage_error(exc: BaseException, path, action: str) -> ContactBookError | None:
    """The user-facing error for an ``OSError`` or SQLite error, or None if it is not one of
    "disk full" / "read-only" (then it is a bug or something else and must propagate)."""
    import errno

    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(path, action)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return FolderReadOnly(path, action, exc.strerror or "")
        return None
    if exc.args and isinstance(exc.args[0], BaseException):  # peewee wraps the sqlite3 error
        exc = exc.args[0]
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskFull(path, action)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return FolderReadOnly(path, action, str(exc))
    return None


class FileUnreadable(ContactBookError):
    """An import file that cannot be read as any supported format (or is over a safety cap)."""


class FileNotWritable(ContactBookError):
    """An export could not be written (full disk, read-only folder, ...); nothing was left behind.

    ``reason`` is a code for the UI's own words: "disk-full", "quota", "permission",
    "read-only", "no-folder", "is-folder", "name-too-long", or "" (then the message says it)."""

    def __init__(self, message: str, path=None, reason: str = "", /, **values):
        super().__init__(message, path=path, **values)  # the message may name {path}
        self.path = path
        self.reason = reason
