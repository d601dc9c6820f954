"""Regular expressions compiled on first use instead of when their module loads.

The modules the window needs before its first paint (the naming tag, phones, times, the search
index) declare their patterns with ``lazy``: compiling their 13 patterns took ~7 ms of the start,
and most are used only once the user types, imports or edits. ``lazy(p).match(s)`` is
``re.compile(p).match(s)``; after the first use a method is an attribute of the object, so a
call costs what a module-level compiled pattern's does.
"""
from __future__ import annotations

import re


class lazy:  # noqa: N801 -- used like re.compile
    """``re.compile(pattern, flags)``, made when one of its attributes is first asked for."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def __getattr__(self, name: str):  # a name not copied here yet
        if name.startswith("__"):  # copy, pickle and friends probe dunders: not a pattern's
            raise AttributeError(name)
        value = getattr(re.compile(*self._args), name)  # re caches the compiled pattern
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy({self._args[0]!r}, {self._args[1]!r})"
