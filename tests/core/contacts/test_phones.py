"""How phone numbers are shown: phonenumbers' formatting, the typed text when it is no number."""
import random

import phonenumbers
import pytest

from desktop_app.core.contacts.phones import display


@pytest.mark.parametrize("raw, shown", [
    ("13812345678", "138 1234 5678"),
    ("+86 138-1234-5678", "138 1234 5678"),
    ("8613812345678", "138 1234 5678"),
    ("021-6123 4567", "021 6123 4567"),
    ("075545931245", "0755 4593 1245"),
    ("+86 21 6123 4567", "021 6123 4567"),
    ("400-820-8820", "400 820 8820"),
    ("+1 415-555-0100", "+1 415-555-0100"),  # other countries: international format
    ("+44 20 7946 0958", "+44 20 7946 0958"),
    # not a valid number: exactly as typed (these crashed the call sheet and Today)
    ("0", "0"), ("+86", "+86"), ("", ""), ("12345", "12345"), ("分机 12", "分机 12"),
    ("1381234567", "1381234567"), ("05718888888", "05718888888"),
])
def test_display(raw, shown):
    assert display(raw) == shown


def _by_phonenumbers(text: str) -> str:
    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def test_the_fast_path_for_mobiles_agrees_with_phonenumbers():
    rng = random.Random(16)
    for prefix in range(1300, 2000):  # every 4-digit mobile prefix, valid or not
        for _ in range(5):
            number = f"{prefix}{rng.randrange(10 ** 7):07d}"
            for text in (number, f"+86 {number[:3]}-{number[3:7]}-{number[7:]}"):
                assert display(text) == _by_phonenumbers(text), text
