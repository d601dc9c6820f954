"""The call sheet's words: its texts through ``translate("CallSheet", ...)`` (what lupdate
reads), dates in the sheet's language, and %1-style values filled in."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.ui.common.words import language

LOCALES = {"zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}

translate = QCoreApplication.translate  # lupdate reads translate("CallSheet", "...") calls


def date_text(day: date, fmt: str) -> str:
    """``day`` in a QDate format, with the month and weekday names of the sheet's language."""
    return LOCALES[language()].toString(QDate(day.year, day.month, day.day), fmt)


def fill(text: str, *values) -> str:
    """``text`` with %1, %2... replaced by ``values`` in one pass (a value may hold "%2")."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


def with_number(n: int, one: str, many: str) -> str:
    return fill(one if n == 1 else many, n)
