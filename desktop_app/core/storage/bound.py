"""The database every query runs on: a proxy bound late to the opened database
(``db.open_database``, or ``plain.open_current`` for a reading command). Code that runs SQL
without a model imports it from here, so that a reading command (``due``) builds no model
classes (~14 M instructions) and imports no peewee (~115 M, issue #15). The models bind
through ``schema.database``, a peewee proxy that follows this one (and binding either binds
both)."""
from __future__ import annotations


class Proxy:
    """Forwards every attribute to ``obj``, the open database (peewee's ``Proxy`` without
    peewee). ``attach_callback(f)``: ``f()`` runs after every ``initialize``."""

    __slots__ = ("obj", "_callbacks")

    def __init__(self):
        self.obj = None
        self._callbacks = []

    def initialize(self, obj) -> None:
        self.obj = obj
        for callback in list(self._callbacks):
            callback()

    def attach_callback(self, callback):
        self._callbacks.append(callback)
        return callback

    def __getattr__(self, attr):
        if self.obj is None:
            raise AttributeError("Cannot use uninitialized Proxy.")
        return getattr(self.obj, attr)


database = Proxy()
