"""The database every query runs on: a proxy bound late to the opened database
(``db.open_database``). ``schema``'s models use it; code that runs SQL without a model imports
it from here, so that a reading command (``due``) does not build the model classes
(~14 M instructions, issue #15)."""
from __future__ import annotations

from peewee import DatabaseProxy


class _Proxy(DatabaseProxy):
    """Bound late to the opened database; nested ``atomic()`` blocks use that database's own
    savepoints (peewee's proxy would make plain ones, bypassing ``ContactDatabase``)."""

    def savepoint(self):
        return self.obj.savepoint()


database = _Proxy()
