"""The grade set by hand travels in X-CONTACT-BOOK-GRADE: a second computer gets it, a grade
set (or cleared) on the phone comes back, both sides changing it is a conflict where the local
grade wins. The computed grade stays each computer's own (it comes from its own log)."""
import pytest

from desktop_app.core.contacts import records
from desktop_app.core.grading import manual

from .conftest import add, connect, device, run_sync
from .phone import Phone
from .test_two_way import TAG, _card_with


@pytest.fixture
def setup(radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
    return tmp_path, Phone(acct.addressbook, user), radicale, user


def test_the_manual_grade_goes_to_the_card_and_to_a_second_computer(setup):
    tmp, phone, radicale, user = setup
    with device(tmp / "a.sqlite3"):
        cid = add(TAG, ("手机", "13800000001"))
        manual.set_grade([cid], "A")
        run_sync()
    href, card = _card_with(phone, TAG)
    assert b"X-CONTACT-BOOK-GRADE:A" in card
    with device(tmp / "b.sqlite3"):
        connect(radicale.url, user)
        run_sync()
        (other,) = records.ids()
        assert records.get(other).grade_manual == "A" and records.get(other).grade == "A"
        assert run_sync().updated_there == 0  # no ping-pong between the two computers


def test_a_grade_set_on_the_phone_comes_back_and_a_double_change_keeps_the_local_one(setup):
    tmp, phone, _radicale, _user = setup
    with device(tmp / "a.sqlite3"):
        cid = add(TAG, ("手机", "13800000001"))
        run_sync()
    href, _ = _card_with(phone, TAG)
    etag, card = phone.get(href)
    assert b"GRADE" not in card  # no grade set by hand: none on the card
    phone.put(href.rsplit("/", 1)[1],
              card.replace(b"END:VCARD", b"X-CONTACT-BOOK-GRADE:B\r\nEND:VCARD"), etag)
    with device(tmp / "a.sqlite3"):
        run_sync()
        assert records.get(cid).grade_manual == "B"
    etag, card = phone.get(href)
    phone.put(href.rsplit("/", 1)[1], card.replace(b"X-CONTACT-BOOK-GRADE:B",
                                                    b"X-CONTACT-BOOK-GRADE:C"), etag)
    with device(tmp / "a.sqlite3"):
        manual.set_grade([cid], "A")
        report = run_sync()
        assert [(c.field, c.local, c.server) for c in report.conflicts] == [("grade", "A", "C")]
        assert records.get(cid).grade_manual == "A"
    assert b"X-CONTACT-BOOK-GRADE:A" in phone.get(href)[1]
