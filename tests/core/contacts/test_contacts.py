from datetime import datetime

import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.search import query
from desktop_app.core.errors import NotFound, ValidationError

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"


def _add(tag=TAG, phones=(), **extra):
    values = contacts.values_from_tag(tag)
    values.update(extra)
    return contacts.create(values, phones)[0]


def test_create_and_get(db):
    cid = _add(phones=["138 1234 5678", ("办公", "021-6123 4567")], email="ye@example.cn",
               wechat="yehui", notes="见过面\n", stage="意向")
    r = contacts.get(cid)
    assert (r.city, r.company, r.product, r.deal_size, r.name, r.title, r.source) == (
        "上海", "壹点零壹影响力", "咨询", "1千万", "叶辉", "创始人", "知乎")
    assert r.deal_value == 10_000_000 and r.tag == TAG
    assert r.stage == "interested" and r.notes == "见过面" and r.wechat == "yehui"
    assert [(p.label, p.raw, p.e164, p.digits) for p in r.phones] == [
        ("", "138 1234 5678", "+8613812345678", "13812345678"),
        ("办公", "021-6123 4567", "+862161234567", "02161234567"),
    ]
    assert r.created_at == r.updated_at and r.deleted_at is None


def test_phone_keeps_what_was_typed_when_unparseable(db):
    cid = _add(phones=["ext. 12", "+1 (650) 253-0000"])
    phones = contacts.get(cid).phones
    assert phones[0].raw == "ext. 12" and phones[0].e164 == ""
    assert phones[1].e164 == "+16502530000"


def test_extra_tag_parts_round_trip(db):
    cid = _add(TAG + "-VIP-二次")
    assert contacts.get(cid).tag == TAG + "-VIP-二次"


def test_fields_with_separators_are_cleaned(db):
    cid = contacts.create({"company": "Coca-Cola", "name": " 叶  辉 "})[0]
    r = contacts.get(cid)
    assert r.company == "Coca·Cola" and r.name == "叶 辉"
    assert r.tag == "-Coca·Cola---叶 辉"


def test_update_values_phones_and_derived(db):
    cid = _add(phones=["13812345678"])
    later = datetime(2030, 1, 1)
    changes = editing.update(cid, {"deal_size": "2亿", "stage": "won"}, now=later)
    assert changes.contacts == {cid} and not changes.rows_added_or_removed
    r = contacts.get(cid)
    assert r.deal_value == 200_000_000 and r.stage == "won" and r.updated_at == later
    assert [p.raw for p in r.phones] == ["13812345678"]  # phones=None leaves them
    editing.update(cid, {}, phones=[("微信", "139 0000 1111")])
    assert [(p.label, p.raw) for p in contacts.get(cid).phones] == [("微信", "139 0000 1111")]
    assert contacts.page(query.parse("叶辉").where)[0][contacts.LIST_COLUMNS.index("phone") + 1] \
        == "139 0000 1111"


@pytest.mark.parametrize("values, field", [
    ({"stage": "bogus"}, "stage"),
    ({"email": "no-at-sign"}, "email"),
    ({"colour": "red"}, "colour"),
])
def test_validation_errors_change_nothing(db, values, field):
    cid = _add()
    before = contacts.get(cid)
    with pytest.raises(ValidationError) as info:
        editing.update(cid, values)
    assert info.value.field == field
    assert contacts.get(cid) == before


def test_not_found(db):
    with pytest.raises(NotFound):
        contacts.get(999)
    with pytest.raises(NotFound):
        editing.update(999, {"name": "x"})


def test_trash_restore_purge(db):
    a, b = _add(), _add("北京-华信-软件-50万-王芳-采购经理-抖音", phones=["13900001111"])
    assert contacts.count() == 2
    changes = contacts.trash([a])
    assert changes.rows_added_or_removed and changes.contacts == {a}
    assert contacts.count() == 1 and contacts.count(in_trash=True) == 1
    assert [r[0] for r in contacts.page(in_trash=True)] == [a]
    contacts.restore([a])
    assert contacts.count() == 2 and contacts.count(in_trash=True) == 0
    contacts.purge([b])
    assert contacts.count() == 1
    assert db.execute_sql("SELECT count(*) FROM phone WHERE contact_id = ?", (b,)).fetchone()[0] == 0


def test_failed_write_is_rolled_back(db, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(contacts, "_write_phones", boom)
    with pytest.raises(RuntimeError):
        _add(phones=["13812345678"])
    assert contacts.count() == 0


@pytest.mark.parametrize("sort", contacts.LIST_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_follow_sql_order_for_every_column(db, sort, descending):
    demo.generate(500, seed=2)
    contacts.trash(range(1, 40))
    rows = []
    for offset in range(0, 600, 64):
        rows += contacts.page(sort=sort, descending=descending, offset=offset, limit=64)
    assert len(rows) == contacts.count() == 461
    assert [r[0] for r in rows] == contacts.ids(sort=sort, descending=descending)
    key_index = 1 + contacts.LIST_COLUMNS.index(sort)
    if sort == "deal_size":
        by_id = {r.id: r.deal_value for r in contacts.get_many([r[0] for r in rows])}
        keys = [((by_id[r[0]] is not None), by_id[r[0]] or 0, r[0]) for r in rows]
    else:
        keys = [(r[key_index], r[0]) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_get_many_keeps_order_and_phones(db):
    demo.generate(50, seed=3)
    ids = [7, 3, 44, 1]
    records = contacts.get_many(ids)
    assert [r.id for r in records] == ids
    assert all(r.phones for r in records)
