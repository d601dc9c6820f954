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


def test_a_number_typed_as_shown_shows_as_itself_when_the_pattern_takes_it():
    """Typed as shown (3 4 4 digits) takes a shortcut decided by the first three: for every
    three from 000 to 999 it shows as the same text with a space in front does (the pattern's
    path, which tidies the spaces first)."""
    for head in range(1000):
        for tail in ("1234 5678", "0000 0000", "9999 9999"):
            text = f"{head:03d} {tail}"
            assert display(text) == display(f" {text}"), text
    assert display("138 1234 567x") == "138 1234 567x"
    assert display("138 １２３４ 5678") == display(" 138 １２３４ 5678")


def _shown_by_phonenumbers(raw: str) -> str:
    """``display`` before the landline path, all through phonenumbers: the national format
    for China, the international one for other countries, the text as typed if invalid."""
    text = " ".join(raw.split())
    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return text
    if not any(c.isdigit() for c in text) or not phonenumbers.is_valid_number(number):
        return text
    home = phonenumbers.region_code_for_number(number) == "CN"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL if home
                                      else phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _shown_without_phonenumbers(texts, monkeypatch) -> tuple[int, int]:
    """Check ``display`` of every text against phonenumbers with phonenumbers itself blocked
    (a text that needs it raises ImportError: then checked with it). Returns (shown without
    phonenumbers, all)."""
    import sys

    expected = {text: _shown_by_phonenumbers(text) for text in texts}
    fast = 0
    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "phonenumbers", None)
        slow = []
        for text, shown in expected.items():
            try:
                got = display(text)
            except ImportError:
                slow.append(text)
                continue
            fast += 1
            assert got == shown, text
    for text in slow:
        assert display(text) == expected[text], text
    return fast, len(expected)


def test_the_fast_path_for_landlines_agrees_with_phonenumbers(monkeypatch):
    """Area codes of two digits (010, 02X) with every first three digits of the number
    (two for 02X but 021), every other two-digit and every three-digit area code with a few
    numbers, the three-digit codes of 8-digit cities with every first two digits: the
    landline pattern and phonenumbers show the same (valid: formatted; invalid: as typed),
    written together, after a hyphen, or as 4 + 4."""
    rng = random.Random(15)
    cases = []
    for area in range(10, 100):
        heads = 1000 if area in (10, 21) else 100 if 20 <= area <= 29 else 3
        for head in range(heads):
            first = f"{head:03d}" if heads == 1000 else f"{head:02d}" if heads == 100 else ""
            cases.append((str(area), first + _digits(rng, 8 - len(first))))
    cities = {"311", "371", "377", "379", "411", "451", "431", "432", "523", "527", "531",
              "532", "551", "571", "573", "579", "591", "595", "731", "755", "757", "760",
              "769", "791", "871", "898", "510", "512", "516", "519"}
    for area in range(100, 1000):
        heads = 100 if str(area) in cities else 3
        for head in range(heads):
            first = f"{head:02d}" if heads == 100 else ""
            cases.append((str(area), first + _digits(rng, 8 - len(first))))
    texts = []
    for i, (area, subscriber) in enumerate(cases):
        texts.append(f"0{area}{subscriber}")
        if i % 10 == 0:
            texts += [f"0{area}-{subscriber}", f"0{area} {subscriber[:4]} {subscriber[4:]}",
                      f"0{area}-{subscriber[:4]}-{subscriber[4:]}"]
    for area in ("755", "571", "512", "311", "898", "21", "10"):  # other lengths: phonenumbers
        for digits in (6, 7, 9, 10):
            texts.append(f"0{area}{rng.randrange(10 ** (digits - 1), 10 ** digits)}")
    fast, total = _shown_without_phonenumbers(texts, monkeypatch)
    assert 5000 < fast < total


def test_landlines_of_the_common_shapes_need_no_phonenumbers(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "phonenumbers", None)  # importing it now fails
    assert display("02151410118") == "021 5141 0118"
    assert display("010-1465 9158") == "010 1465 9158"
    assert display("057123237906") == "0571 2323 7906"
    assert display("0755 1062 9250") == "0755 1062 9250"
    assert display("13812345678") == "138 1234 5678"


def test_every_phone_of_a_demo_database_and_of_the_corpus_shows_as_phonenumbers_shows_it(
        db, corpus_dir, monkeypatch):
    import re

    from desktop_app.core.contacts import demo
    from desktop_app.core.storage.schema import database

    demo.generate(2000, seed=1)
    raws = [r[0] for r in database.execute_sql("SELECT raw FROM phone").fetchall()]
    landlines = [raw for raw in raws if raw.startswith("0")]
    assert len(landlines) > 250
    tel = re.compile(r"^(?:[\w-]+\.)?TEL[^:]*:(.*)$", re.IGNORECASE | re.MULTILINE)
    corpus = [m.strip() for path in sorted((corpus_dir / "vcard").glob("*.vcf"))
              for m in tel.findall(path.read_bytes().decode("utf-8", "replace"))]
    assert len(corpus) > 30
    fast, total = _shown_without_phonenumbers(landlines, monkeypatch)  # (first: no cache yet)
    assert fast > 0.95 * total  # (not 010 or 021 then 100 / 800: phonenumbers says invalid)
    for raw in raws + corpus:
        assert display(raw) == _shown_by_phonenumbers(raw), raw


def test_display_all_shows_each_number_as_display_does_without_calling_it_for_shown_mobiles(
        monkeypatch):
    """``display_all`` (a list's phones at once) = ``display`` of each, "" for None or "":
    every three-digit head typed as shown, other spacings, landlines, foreign, invalid and
    non-ASCII digits; ``display`` itself runs only for the numbers not stored as shown."""
    from desktop_app.core.contacts import phones

    raws = [f"{head:03d} {tail}" for head in range(1000) for tail in ("1234 5678", "0000 0000")]
    raws += [None, "", " ", "13812345678", " 138 1234 5678", "138 1234 5678 ", "138-1234-5678",
             "138 1234 567x", "138 １２３４ 5678", "１３８ 1234 5678", "138 1234 5678\n",
             "021 6123 4567", "+86 138 1234 5678", "+1 415 555 0100", "95588", "分机 12"]
    expected = [display(raw) if raw else "" for raw in raws]
    called = []
    monkeypatch.setattr(phones, "display", lambda raw: called.append(raw) or display(raw))
    assert phones.display_all(raws) == expected
    shown = {"130 1234 5678", "138 0000 0000", "145 1234 5678", "199 1234 5678"}
    assert shown <= set(raws) and not shown & set(called)
    assert len(called) < len(raws) - 90 and set(called) >= {"13812345678", "138 1234 567x"}
