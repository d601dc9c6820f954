"""The ``ContactDatabase`` a ``plain.PlainDatabase`` becomes when peewee is needed: the
``upgrade`` of ``plain.open_current``, one for the window's open (``app``) and a reading
command's (``commands.opening``), which had a copy each.

Its own module: ``plain`` cannot import ``connection`` (which imports ``plain``: a cycle, even
through an import inside a function), and ``connection`` imports peewee, which the window
opens without. Importing this imports nothing; peewee comes with the first ``taking_over``.
"""
from __future__ import annotations


def taking_over(plain):
    """The peewee database of ``plain`` (its file, state and page cache), on its connection."""
    from desktop_app.core.storage.connection import ContactDatabase

    return ContactDatabase.taking_over(plain)
