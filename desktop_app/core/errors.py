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
