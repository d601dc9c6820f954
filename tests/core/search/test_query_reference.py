"""Random contacts and random filters: SQL finds exactly what a plain-Python reading of the
syntax reference (core/search/query.py) finds."""
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.contacts import listing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import naming_tag
from desktop_app.core.search import pinyin
from desktop_app.core.search import query
from desktop_app.core.search import sql as query_sql
from desktop_app.core.search import index as search_index
from desktop_app.core.storage.db import open_database
from desktop_app.core.contacts.stages import CODES, LABELS, stage_code

# small alphabets, so that words match often; 长 重 行 have several readings
CHINESE = "上海叶辉王知乎长行重银吕"
ASCII = "abhsyAB13"
PUNCTUATION = " -_@.·"
PINYIN_WORDS = ["sh", "shanghai", "shang", "yh", "hai", "zhi", "zh", "chang", "zhang",
                "xing", "hang", "yinhang", "lv", "ye", "hui", "wz", "yeh", "zhihu"]
DEALS = ["", "100万", "5万", "1千万", "面议", "80,000", "200w"]
AMOUNTS = ["5万", "80000", "100万", "1千万"]
PHONE_DIGITS = "13806"

# values: short runs of letters joined by punctuation (or not), so that runs touch or not
text = st.lists(st.tuples(st.text(alphabet=CHINESE + ASCII, min_size=1, max_size=3),
                          st.sampled_from(["", ""] + list(PUNCTUATION))),
                max_size=3).map(lambda parts: "".join(a + b for a, b in parts))
word = st.one_of(st.text(alphabet=CHINESE + ASCII + PUNCTUATION, min_size=1, max_size=3),
                 st.sampled_from(PINYIN_WORDS))


@st.composite
def lead(draw):
    values = {f: draw(text) for f in naming_tag.FIELDS if f != "deal_size"}
    values["deal_size"] = draw(st.sampled_from(DEALS))
    values["tag_extra"] = draw(st.sampled_from(["", "备用", "b"]))
    values["notes"] = draw(text)
    values["wechat"] = draw(st.text(alphabet=ASCII + "_", max_size=5))
    local = draw(st.text(alphabet=ASCII, max_size=3))
    values["email"] = f"{local}@{draw(st.sampled_from(['qq.com', 'ab.cn']))}" if local else ""
    values["stage"] = draw(st.sampled_from(CODES))
    phones = draw(st.lists(st.text(alphabet=PHONE_DIGITS, min_size=3, max_size=8), max_size=2))
    return values, phones, draw(st.booleans())


TEXT_KEYS = ["city", "company", "product", "name", "title", "source", "email", "wechat",
             "notes"]


def words_from(leads):
    """Words cut from the leads' own values (some with their punctuation dropped, so that
    they touch where the value does not), random words and pinyin."""
    values = [v for lead_values, _, _ in leads for v in lead_values.values() if v]

    @st.composite
    def cut(draw):
        value = draw(st.sampled_from(values))
        start = draw(st.integers(0, len(value) - 1))
        piece = value[start:start + draw(st.integers(1, 4))]
        if draw(st.booleans()):
            piece = "".join(ch for ch in piece if ch not in PUNCTUATION) or piece
        return piece

    return st.one_of(word, cut()) if values else word


@st.composite
def term(draw, word=word):
    negated = draw(st.booleans())
    kind = draw(st.sampled_from(["text", "text", "field", "exact", "deal", "stage", "phone",
                                 "tag"]))
    if kind == "text":
        return "text", ":", [draw(word)], negated
    if kind == "field":
        return draw(st.sampled_from(TEXT_KEYS)), ":", draw(st.lists(word, min_size=1,
                                                                        max_size=2)), negated
    if kind == "exact":
        key = draw(st.sampled_from(TEXT_KEYS))
        return key, "=", [draw(st.text(alphabet=CHINESE + ASCII, max_size=2))], negated
    if kind == "deal":
        op = draw(st.sampled_from([":", "=", ">", ">=", "<", "<="]))
        values = [draw(st.sampled_from(AMOUNTS + (["面议", "万"] if op == ":" else [])))]
        return "deal", op, values, negated
    if kind == "stage":
        values = draw(st.lists(st.sampled_from(list(CODES) + list(LABELS.values())),
                               min_size=1, max_size=2))
        return "stage", ":", values, negated
    if kind == "phone":
        return "phone", ":", [draw(st.from_regex(r"\+86[0-3]{1,3}|[0-38]{1,4}(-[0-38]{1,2})?",
                                                 fullmatch=True))], negated
    return "tag", ":", [draw(st.sampled_from(["complete", "incomplete", "完整", "不完整"]))], negated


# --- the reference: the syntax reference of core/search/query.py, read literally ------------------

def _digits_variants(value):
    digits = re.sub(r"[^0-9]", "", value)
    out = [digits]
    for prefix, code in (("+86", "86"), ("0086", "0086")):
        if value.strip().startswith(prefix) and digits.startswith(code) and digits != code:
            out.append(digits[len(code):])
    return out


def _in_phones(value, phones):
    return any(v in d for v in _digits_variants(value) for d in phones)


def _contains(word, field_value):
    return word.lower() in field_value.lower()


def _value_matches(key, op, value, rec, phones):
    if key == "text":
        if any(_contains(value, rec[f]) for f in search_index.TEXT_COLUMNS):
            return True
        if any(pinyin.matches(value, rec[f]) for f in search_index.PINYIN_FIELDS):
            return True
        return bool(re.fullmatch(r"\+?[0-9\s\-().]*[0-9][0-9\s\-().]*", value)) and \
            _in_phones(value, phones)
    if key == "deal":
        amount = naming_tag.deal_value(value)
        if amount is None:
            return _contains(value, rec["deal_size"])
        have = rec["deal_value"]
        return have is not None and {
            ":": have == amount, "=": have == amount, ">": have > amount,
            ">=": have >= amount, "<": have < amount, "<=": have <= amount}[op]
    if key == "stage":
        return rec["stage"] == stage_code(value)
    if key == "phone":
        return _in_phones(value, phones)
    if key == "tag":
        incomplete = any(rec[f] == "" for f in naming_tag.FIELDS)
        return incomplete == (value in ("incomplete", "不完整"))
    if op == "=":
        return rec[key] == value
    return _contains(value, rec[key]) or (
        key in search_index.PINYIN_FIELDS and pinyin.matches(value, rec[key]))


def reference(terms, records, in_trash):
    found = set()
    for rec, phones in records:
        if (rec["deleted_at"] is not None) != in_trash:
            continue
        if all(any(_value_matches(k, op, v, rec, phones) for v in values) != negated
               for k, op, values, negated in terms):
            found.add(rec["id"])
    return found


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("reference") / "contacts.sqlite3")
    yield db
    db.close()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(leads=st.lists(lead(), min_size=1, max_size=12), data=st.data(),
       factor=st.sampled_from([0, listing.SCAN_FACTOR, 1e18]))
def test_sql_finds_what_the_reference_finds(database, leads, data, factor, monkeypatch_module):
    filters = data.draw(st.lists(st.lists(term(words_from(leads)), min_size=1, max_size=3),
                                 min_size=1, max_size=4))
    contacts.purge(contacts.ids() + contacts.ids(in_trash=True))
    trashed = []
    for values, phones, in_trash in leads:
        cid, _ = contacts.create(values, phones)
        if in_trash:
            trashed.append(cid)
    contacts.trash(trashed)
    records = []
    for r in contacts.get_many(contacts.ids() + contacts.ids(in_trash=True)):
        rec = {f: getattr(r, f) for f in contacts.EDITABLE}
        rec.update(id=r.id, deal_value=r.deal_value, deleted_at=r.deleted_at)
        records.append((rec, [p.digits for p in r.phones]))
    monkeypatch_module.setattr(listing, "SCAN_FACTOR", factor)

    for terms in filters:
        text = " ".join(query.format_term(k, v, op, n) for k, op, v, n in terms)
        f = query.parse(text)
        assert f.errors == [], text
        assert [(t.key, t.op, list(t.values), t.negated) for t in f.terms] == \
            [(k, op, list(v), n) for k, op, v, n in terms], text
        for in_trash in (False, True):
            expected = reference(terms, records, in_trash)
            assert set(contacts.ids(f.where, in_trash=in_trash)) == expected, (text, in_trash)
            assert {r[0] for r in contacts.page(f.where, limit=100, in_trash=in_trash)} == \
                expected, (text, in_trash)
            assert contacts.count(f.where, in_trash=in_trash) == len(expected), (text, in_trash)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()
