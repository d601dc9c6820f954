"""Where the database lives: ``--db``, ``$CONTACT_BOOK_DB`` or the user data directory
(peewee-free, so that a command finds its file before deciding how to open it)."""
from __future__ import annotations

import os
from pathlib import Path

from desktop_app import APP_ID

ENV_VAR = "CONTACT_BOOK_DB"
FILE_NAME = "contacts.sqlite3"


def default_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path(APP_ID, appauthor=False) / FILE_NAME


def resolve_path(explicit: str | os.PathLike | None = None) -> Path:
    """``--db`` wins, then ``$CONTACT_BOOK_DB``, then the user data directory."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return default_path()
