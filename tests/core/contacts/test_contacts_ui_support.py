"""contacts.position and contacts.reinsert: small functions the list and undo stack need."""
import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import demo
from desktop_app.core.search import query
from desktop_app.core.errors import ValidationError


@pytest.fixture
def sample(db):
    demo.generate(300, seed=7)
    return db


@pytest.mark.parametrize("sort", contacts.LIST_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_position_matches_ids_order(sample, sort, descending):
    order = contacts.ids(sort=sort, descending=descending)
    for contact_id in (order[0], order[137], order[-1]):
        assert contacts.position(contact_id, sort=sort, descending=descending) == \
            order.index(contact_id)


def test_position_respects_filter_and_trash(sample):
    where = query.parse("上海").where
    inside = contacts.ids(where)
    outside = next(i for i in contacts.ids() if i not in set(inside))
    assert contacts.position(inside[3], where) == 3
    assert contacts.position(outside, where) is None
    contacts.trash([inside[0]])
    assert contacts.position(inside[0]) is None
    assert contacts.position(inside[0], in_trash=True) == 0


def test_position_of_a_phone_match(sample):
    record = contacts.get(contacts.ids()[10])
    digits = record.phones[0].digits
    where = query.parse(digits).where
    assert contacts.position(record.id, where) == contacts.ids(where).index(record.id)


def test_reinsert_brings_back_a_purged_contact(db):
    cid, _ = contacts.create({"name": "叶辉", "city": "上海", "email": "a@b.cn"},
                             [("手机", "138 1234 5678"), ("办公", "021-12345678")])
    before = contacts.get(cid)
    contacts.purge([cid])
    changes = contacts.reinsert(before)
    assert changes.contacts == {cid} and changes.rows_added_or_removed
    after = contacts.get(cid)
    assert after == before


def test_reinsert_refuses_a_taken_id(db):
    cid, _ = contacts.create({"name": "叶辉"})
    with pytest.raises(ValidationError):
        contacts.reinsert(contacts.get(cid))
