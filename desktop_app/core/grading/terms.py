"""The grade's filter terms: ``grade:A`` / ``等级:A,B`` and ``score:>=10`` / ``分数:<3``.

Both read indexed contact columns (``(deleted_at, grade)``, ``(deleted_at, score)``), so
they cost what the other column terms cost.
"""
from __future__ import annotations

from desktop_app.core.errors import ValidationError
from desktop_app.core.grading.rules import GRADES
from desktop_app.core.storage.schema import Contact


def grade_letter(value: str) -> str:
    letter = (value or "").strip().upper().removesuffix("级")
    if letter not in GRADES:
        raise ValidationError("grade", "grade: takes A, B, C or D, not {value!r}.", value=value)
    return letter


def grade_term(values) -> object:
    """Leads whose grade in force is one of ``values``."""
    letters = sorted({grade_letter(v) for v in values})
    return Contact.grade == letters[0] if len(letters) == 1 else Contact.grade.in_(letters)


def score_term(op: str, value: str):
    text = (value or "").strip().replace("＋", "+").replace("－", "-")
    try:
        n = float(text)
    except ValueError:
        raise ValidationError("score", "score:{value} is not a number; write e.g. score:>=10.",
                              value=value) from None
    column = Contact.score
    return {">": column > n, ">=": column >= n, "<": column < n, "<=": column <= n,
            "=": column == n, ":": column == n, "": column == n}[op]
