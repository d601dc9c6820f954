"""Expected errors: each carries a plain message for the user and never means a bug."""


class ContactBookError(Exception):
    """Base for errors that are shown to the user as one clear line."""


class DatabaseError(ContactBookError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseUnreadable(DatabaseError):
    pass


class ValidationError(ContactBookError, ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class NotFound(ContactBookError, LookupError):
    pass


class FileUnreadable(ContactBookError):
    """An import file that cannot be read as any supported format (or is over a safety cap)."""


class FileNotWritable(ContactBookError):
    """An export could not be written (full disk, read-only folder, ...); nothing was left behind."""
