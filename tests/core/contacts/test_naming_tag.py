import pytest
from hypothesis import given, strategies as st

from desktop_app.core.contacts import naming_tag
from desktop_app.core.contacts.naming_tag import FIELDS, NamingTag, compose, deal_value, parse

EXAMPLE = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"


def test_parse_example():
    tag = parse(EXAMPLE)
    assert tag.fields() == {
        "city": "上海", "company": "壹点零壹影响力", "product": "咨询", "deal_size": "1千万",
        "name": "叶辉", "title": "创始人", "source": "知乎",
    }
    assert tag.complete and tag.extra == () and tag.deal_value == 10_000_000
    assert tag.compose() == EXAMPLE


@pytest.mark.parametrize("text", [
    "上海－壹点零壹影响力－咨询－1千万－叶辉－创始人－知乎",
    "上海—壹点零壹影响力—咨询—1千万—叶辉—创始人—知乎",
    "上海_壹点零壹影响力_咨询_1千万_叶辉_创始人_知乎",
    "上海 - 壹点零壹影响力 -咨询- 1千万 －叶辉_ 创始人 — 知乎",
    "  上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎  ",
    "上海–壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎",
])
def test_separators_and_spaces(text):
    assert parse(text) == parse(EXAMPLE)


def test_extra_parts_are_kept():
    text = EXAMPLE + "-VIP-二次跟进"
    tag = parse(text)
    assert tag.source == "知乎" and tag.extra == ("VIP", "二次跟进")
    assert tag.compose() == text


@pytest.mark.parametrize("text, missing", [
    ("上海-壹点", ("product", "deal_size", "name", "title", "source")),
    ("上海--咨询", ("company", "deal_size", "name", "title", "source")),
    ("", FIELDS),
])
def test_fewer_parts_map_positionally_and_are_incomplete(text, missing):
    tag = parse(text)
    assert not tag.complete
    assert tag.missing == missing
    assert tag.compose() == text


def test_spaces_inside_a_part_are_kept():
    assert parse("New York-Acme Corp").fields()["city"] == "New York"
    assert parse("New York-Acme Corp").company == "Acme Corp"


@pytest.mark.parametrize("text, value", [
    ("1千万", 10_000_000), ("500万", 5_000_000), ("2亿", 200_000_000), ("1.5亿", 150_000_000),
    ("200w", 2_000_000), ("200W", 2_000_000), ("12k", 12_000), ("12K", 12_000),
    ("80,000", 80_000), ("30万元", 300_000), ("¥30万", 300_000), ("5千", 5_000),
    ("100", 100), ("0.5万", 5_000), ("3百万", 3_000_000), ("2kw", 20_000_000),
    ("80，000元", 80_000), ("1 千万", 10_000_000),
])
def test_deal_value(text, value):
    assert deal_value(text) == value


@pytest.mark.parametrize("text", ["", None, "很多", "万", "1.2.3万", "abc", "1万多"])
def test_deal_value_not_an_amount(text):
    assert deal_value(text) is None


@pytest.mark.parametrize("value, text", [
    (None, ""), (5000, "5000"), (300_000, "30万"), (10_000_000, "1000万"),
    (150_000_000, "1.5亿"), (200_000_000, "2亿"),
])
def test_format_amount(value, text):
    assert naming_tag.format_amount(value) == text


@pytest.mark.parametrize("value, text", [
    (None, ""), (500, "500"), (5000, "5k"), (80_000, "80k"), (300_000, "300k"),
    (1_000_000, "1M"), (10_000_000, "10M"), (150_000_000, "150M"), (2_500_000_000, "2.5B"),
    (1_234_567, "1.234567M"),
])
def test_format_amount_en(value, text):
    assert naming_tag.format_amount_en(value) == text


@given(st.integers(min_value=0, max_value=naming_tag.MAX_AMOUNT))
def test_format_amount_en_is_exact_and_short(value):
    """The English text is the exact amount: a number below 1000 of its unit (k, M, B)."""
    from decimal import Decimal

    text = naming_tag.format_amount_en(value)
    units = {"k": 10**3, "M": 10**6, "B": 10**9}
    number, unit = (text[:-1], units[text[-1]]) if text[-1] in units else (text, 1)
    assert Decimal(number) * unit == value
    assert Decimal(number) < 1000 or unit == 10**9
    if unit <= 10**6:  # k and M read back through the naming tag's own units
        assert deal_value(text) == value


def test_clean_field_removes_separators_and_padding():
    assert naming_tag.clean_field(" Coca-Cola  Co ") == "Coca·Cola Co"
    assert naming_tag.clean_field(None) == ""
    assert naming_tag.clean_field("-x-") == "x"


# --- properties -----------------------------------------------------------------------------

_part = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
                           blacklist_characters=naming_tag.SEPARATOR_CHARS),
    max_size=6,
)


@st.composite
def tags(draw):
    values = [draw(_part) for _ in FIELDS]
    extra = draw(st.lists(_part, max_size=3))
    while extra and not extra[-1]:
        extra.pop()
    return NamingTag(*values, extra=tuple(extra))


@given(tags())
def test_parse_compose_round_trip(tag):
    # compose drops trailing empty parts and parse fills them back in as empty: same tag
    assert parse(tag.compose()) == tag


@given(st.lists(_part, min_size=1, max_size=10).filter(lambda p: p[-1] != ""))
def test_canonical_text_round_trips(parts):
    text = "-".join(parts)
    assert compose(parse(text).fields(), parse(text).extra) == text


@given(st.lists(_part, min_size=1, max_size=10), st.lists(st.sampled_from(
    ["-", "－", "—", "_", " - ", " －", "_ "]), min_size=9, max_size=9))
def test_any_separator_parses_like_the_canonical_one(parts, seps):
    messy = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:]))
    assert parse(messy) == parse("-".join(parts))


@given(st.text(max_size=40))
def test_parse_never_raises_and_compose_is_stable(text):
    tag = parse(text)
    assert parse(tag.compose()) == tag


@pytest.mark.parametrize("text, expected", [
    ("上海 壹点零壹影响力 咨询 1千万 叶辉 创始人 知乎", EXAMPLE),  # typed with spaces
    ("  上海  壹点零壹影响力 咨询 1千万 叶辉 创始人\u3000知乎 ", EXAMPLE),  # full-width space too
    ("上海 壹点零壹影响力 咨询 1千万 叶辉 创始人", "上海 壹点零壹影响力 咨询 1千万 叶辉 创始人"),
    ("New York-Acme Consulting Group of the Bay", "New York-Acme Consulting Group of the Bay"),
    ("a b c d e f g-h", "a b c d e f g-h"),
])
def test_a_tag_typed_with_seven_words_between_spaces(text, expected):
    assert naming_tag.parse_typed(text).compose() == expected


def test_stored_tags_and_names_of_seven_words_stay_one_part():
    assert parse("Mary Ann van der Berg Smith Jr").city == "Mary Ann van der Berg Smith Jr"


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200e", "\u200f", "\u202e",
                                       "\u2066", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_pasted_into_a_field_are_removed(db, invisible):
    """王\\u200b芳 (a zero-width space from a copied web page) was stored as typed: 王芳 did
    not find it, nor was it taken for a duplicate; 知乎\\u200f made a second 知乎 source."""
    from desktop_app.core.contacts import records
    from desktop_app.core.search import query

    tag = f"{invisible}上海-华{invisible}信-咨询-1万-王{invisible}芳-经理-知乎{invisible}"
    values = records.values_from_tag(tag) | {"wechat": f"wx{invisible}1",
                                             "tag_extra": f"A{invisible}"}
    cid, _ = records.create(values, [])
    stored = records.get(cid)
    assert stored.tag == "上海-华信-咨询-1万-王芳-经理-知乎-A" and stored.wechat == "wx1"
    assert records.ids(query.parse("王芳").where) == [cid]
    assert naming_tag.clean_field("👨\u200d👩\u200d👧") == "👨\u200d👩\u200d👧"  # a joiner stays
