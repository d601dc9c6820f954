"""Phone numbers: keep what the user typed, add a normalized E.164 form and the bare digits."""
from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache

from desktop_app.core.patterns import lazy

DEFAULT_REGION = "CN"
_NOT_DIGIT = lazy(r"\D+")

# (collections.namedtuple, which typing.NamedTuple calls: without importing typing, ~10 M
# instructions of a `due` process)
PhoneNumber = namedtuple("PhoneNumber", ("raw", "label", "e164", "digits"),
                         defaults=("", "", ""))
PhoneNumber.__doc__ = ("A number as typed (``raw``), its label, E.164 form and bare digits "
                       "(immutable).")


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


# Mainland mobiles phonenumbers calls valid whatever the last 8 digits (tested against it):
# shown without loading phonenumbers, which costs ~50 ms before the list's first paint.
_MOBILE_PREFIXES = r"13\d|14[57]|15[0-35-9]|16[2567]|17[0-35-8]|18\d|19[0-35-9]"
_CN_MOBILE = lazy(rf"^(?:\+86[\s-]?)?({_MOBILE_PREFIXES})[\s-]?(\d{{4}})[\s-]?(\d{{4}})$")
# A mobile stored as shown ("138 1234 5678", ASCII digits): what display's first branch
# returns as it is, for display_all to take in one C loop.
_SHOWN = lazy(rf"(?:{_MOBILE_PREFIXES}) \d{{4}} \d{{4}}", re.ASCII)


# Mainland landlines of the common shapes, formatted the way phonenumbers formats them
# ("021 6123 4567", "0571 8888 8888") without it (~95 us a number; the import ~17 ms):
# 0, an area code of two digits (010, 02X) or of a city with 8-digit numbers (0571, 0755,
# ...), then 8 digits, written together or split after the area code and in 4 + 4. Only
# numbers phonenumbers calls valid match (its CN fixed-line pattern: after 010 and 021 a
# number starting 0 or 100 / 800 is not one); the rest goes to phonenumbers.
# tests/core/contacts/test_phones.py compares every prefix with phonenumbers.
_CN_LANDLINE = lazy(
    r"0(10(?=[ -]?(?:[02-79]|[18](?!00)))|21(?=[ -]?(?:[2-79]|[18](?!00)))|2[02-57-9]|"
    r"3(?:11|7[179])|4(?:[15]1|3[12])|5(?:1[0-9]|2[37]|3[12]|51|7[13-79]|9[15])|"
    r"7(?:[39]1|5[57]|6[09])|8(?:71|98))[ -]?([0-9]{4})[ -]?([0-9]{4})")


# A mobile's first three digits -> whether _CN_MOBILE takes it (a due list of 4,175 mobiles
# stored as shown: ~8,000 instructions a number through the pattern, ~4,500 this way).
_SHOWN_MOBILE: dict[str, bool] = {}


def display(raw: str, region: str = DEFAULT_REGION) -> str:
    """A phone number as shown everywhere (list, details, Today, call sheet, .ics, CLI).

    phonenumbers' own formatting: the national format for a number of ``region`` (China:
    ``138 1234 5678``, ``021 6123 4567``), the international one for others
    (``+1 415-555-0100``), and the text as typed when it is not a valid number (``0``,
    ``+86``, ``95588``, ``分机 12``)."""
    if region == DEFAULT_REGION and raw and len(raw) == 13 and raw[3] == " " == raw[8]:
        # already as shown (138 1234 5678), the way the list stores a mobile: the pattern
        # below takes it or not by its first three digits, so each three is asked once
        digits = raw.replace(" ", "")
        if len(digits) == 11 and digits.isdigit() and digits.isascii():
            mobile = _SHOWN_MOBILE.get(digits[:3])
            if mobile is None:
                mobile = _SHOWN_MOBILE[digits[:3]] = _CN_MOBILE.match(digits) is not None
            if mobile:
                return raw
    text = " ".join((raw or "").split())
    if region == DEFAULT_REGION:
        m = _CN_MOBILE.match(text)
        if m:
            return " ".join(m.groups())
        m = _CN_LANDLINE.fullmatch(text)
        if m:
            return "0" + " ".join(m.groups())
    return _formatted(text, region)


def display_all(raws) -> list[str]:
    """``display(raw)`` of each of ``raws`` in ``DEFAULT_REGION``, "" for an empty or None one.

    The numbers stored as shown (what a list of leads mostly has) are taken by one pattern,
    a C call each, the others go through ``display``: a ``due`` table's 4,175 phones cost
    ~17 M instructions through ``display`` one call each, ~9 M this way."""
    shown = _SHOWN.fullmatch
    return [raw if raw.__class__ is str and shown(raw) else display(raw) if raw else ""
            for raw in raws]


@lru_cache(maxsize=4096)
def _formatted(text: str, region: str) -> str:
    import phonenumbers

    if not _NOT_DIGIT.sub("", text):
        return text
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    home = phonenumbers.region_code_for_number(number) == region
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL if home
                                      else phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def looks_wrong(raw: str, region: str = DEFAULT_REGION) -> bool:
    """True when ``raw`` has digits but is not a valid mobile or landline number (``12345``,
    a digit too few or too many). Such a number is kept as typed (it may be an extension or a
    service number); the window warns about it."""
    text = " ".join((raw or "").split())
    if not _NOT_DIGIT.sub("", text) or (region == DEFAULT_REGION and _CN_MOBILE.match(text)):
        return False
    import phonenumbers

    try:
        return not phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return True
