"""The core's English sentences in the user's language.

Core errors and ``core.messages.Message``s carry a ``template`` ("A group named {name!r}
already exists.") and its ``values``. The template is looked up in the translations under
the context "core" (``ui/common/core_messages.py`` lists them all for lupdate) and then filled in.
A missing translation, or one whose ``{placeholders}`` differ from the template's, gives the
English sentence: a message function never raises. An amount of money (``messages.Yuan``) in a
translated sentence reads in 万 and 亿 (1,006.5万), as the Chinese translation is the only one.
"""
from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication

from desktop_app.core.messages import fill as _fill
from desktop_app.core.messages import wan_text

CONTEXT = "core"


def _fields(text: str) -> list[tuple[str, str, str]]:
    """The ``{name!conversion:spec}`` fields of ``text``, sorted; raises ValueError when bad."""
    return sorted((name, conv or "", spec or "") for _, name, spec, conv
                  in string.Formatter().parse(text) if name is not None)


def core_text(template: str, values: dict | None = None) -> str:
    """``template`` translated, then filled with ``values`` (translated too when they are
    messages themselves); English when there is no usable translation."""
    values = {k: message_text(v) if hasattr(v, "template") else v
              for k, v in (values or {}).items()}
    money = {k: v.yuan for k, v in values.items() if hasattr(v, "yuan")}  # messages.Yuan
    try:
        english = _fill(template, values)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return template
    translated = QCoreApplication.translate(CONTEXT, template)
    if translated == template:
        return english
    try:
        if _fields(translated) != _fields(template):
            return english
        return _fill(translated, {**values, **{k: wan_text(v) for k, v in money.items()}})
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return english


def message_text(text) -> str:
    """A ``Message`` (or a core error) translated; any other text as it is."""
    template = getattr(text, "template", None)
    if not isinstance(template, str):
        return str(text)
    return core_text(template, getattr(text, "values", None))


def error_core_text(error: BaseException) -> str:
    """A ``ContactBookError``'s message translated (English: ``str(error)``)."""
    template = getattr(error, "template", None)
    if not isinstance(template, str) or not template:
        return str(error)
    return core_text(template, getattr(error, "values", None))
