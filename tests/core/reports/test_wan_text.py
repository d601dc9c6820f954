"""Money as Chinese sales people read it (the Chinese window's reports): 8,500 below 1万,
1,006.5万, 3.2亿 from 1亿; against a plain-Python oracle of what each text stands for."""
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.messages import Message, Yuan, kmb_text, wan_text


@pytest.mark.parametrize("value, text", [
    (0, "0"), (8500, "8,500"), (9999.4, "9,999"), (9999.6, "1万"), (10_000, "1万"),
    (12_000, "1.2万"), (120_000, "12万"), (10_065_000, "1,006.5万"), (99_995_000, "9,999.5万"),
    (99_999_999, "1亿"), (100_000_000, "1亿"), (320_000_000, "3.2亿"),
    (701_050_807, "7.01亿"), (1_234_500_000_000, "12,345亿"), (893.4, "893"),
    (-15_000, "-1.5万"),
])
def test_the_table(value, text):
    assert wan_text(value) == text


def read(text: str) -> Decimal:
    """What a text of ``wan_text`` stands for, in yuan."""
    unit = {"万": 10**4, "亿": 10**8}.get(text[-1], 1)
    return Decimal(text.rstrip("万亿").replace(",", "")) * unit


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_every_amount_reads_back_to_within_its_last_place(value):
    text = wan_text(value)
    unit = {"万": 10**3, "亿": 10**6}.get(text[-1], 1)  # one place of 万, two of 亿
    assert abs(read(text) - value) <= Decimal(unit) / 2
    if abs(value) >= 10**8 - 500:
        assert text.endswith("亿")
    elif abs(value) >= 10**4:
        assert text.endswith("万")


def test_a_yuan_value_reads_as_the_cli_prints_and_keeps_its_number():
    note = Message("won amount {amount} yuan", {"amount": Yuan(10_065_000)})
    assert note == "won amount 10,065,000 yuan"
    assert note.values["amount"].yuan == 10_065_000
    import pickle

    assert pickle.loads(pickle.dumps(note)).values["amount"].yuan == 10_065_000


@pytest.mark.parametrize("value, text", [
    (0, "0"), (8500, "8,500"), (9999.4, "9,999"), (9999.6, "10k"), (10_000, "10k"),
    (66_100, "66.1k"), (342_304, "342.3k"), (999_949, "999.9k"), (999_950, "1M"),
    (1_234_567, "1.23M"), (93_201_748, "93.2M"), (148_298_857, "148.3M"),
    (999_994_999, "999.99M"), (999_995_000, "1B"), (1_500_000_000, "1.5B"),
    (1_234_500_000_000, "1,234.5B"), (-15_000, "-15k"),
])
def test_the_english_table(value, text):
    assert kmb_text(value) == text


def read_kmb(text: str) -> Decimal:
    unit = {"k": 10**3, "M": 10**6, "B": 10**9}.get(text[-1], 1)
    return Decimal(text.rstrip("kMB").replace(",", "")) * unit


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_every_english_amount_reads_back_to_within_its_last_place(value):
    """The English window's short amounts (148.3M) against what each text stands for: within
    half its last place (100 yuan of k, 10,000 of M, 10 million of B), in the largest unit."""
    text = kmb_text(value)
    place = {"k": 100, "M": 10**4, "B": 10**7}.get(text[-1], 1)
    assert abs(read_kmb(text) - value) <= Decimal(place) / 2
    if abs(value) >= 10**9 - 5 * 10**6:
        assert text.endswith("B")
    elif abs(value) >= 10**6 - 50:
        assert text.endswith("M")
    elif abs(value) >= 10**4:
        assert text.endswith("k")
