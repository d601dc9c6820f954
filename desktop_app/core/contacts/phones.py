"""Phone numbers: keep what the user typed, add a normalized E.164 form and the bare digits."""
from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_REGION = "CN"
_NOT_DIGIT = re.compile(r"\D+")


@dataclass(frozen=True)
class PhoneNumber:
    raw: str
    label: str = ""
    e164: str = ""
    digits: str = ""


def normalize(raw: str, label: str = "", region: str = DEFAULT_REGION) -> PhoneNumber:
    """Parse ``raw`` with phonenumbers; an unparseable number keeps its text and digits only."""
    import phonenumbers  # lazy: not needed to paint the window

    raw = " ".join((raw or "").split())
    digits = _NOT_DIGIT.sub("", raw)
    e164 = ""
    if digits:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and phonenumbers.is_possible_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return PhoneNumber(raw=raw, label=(label or "").strip(), e164=e164, digits=digits)


def display(number: str) -> str:
    """Group a number for reading aloud: 13812345678 -> '138 1234 5678'."""
    digits = _NOT_DIGIT.sub("", number or "")
    if number.startswith("+86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return number
