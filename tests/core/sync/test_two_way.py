"""Two-way contact sync against a real Radicale: first sync, edits, conflicts, deletions,
linking by phone, a second device."""
from __future__ import annotations

import pytest

from tests.core.sync.conftest import add, connect, device, run_sync
from tests.core.sync.phone import Phone, vcard

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"


def _contacts():
    """Live contacts by tag, and by name too."""
    from desktop_app.core.contacts import records

    found = records.get_many(records.ids())
    return {r.tag: r for r in found} | {r.name: r for r in found}


def _card_with(phone: Phone, text: str) -> tuple[str, bytes]:
    found = [(h, d) for h, d in phone.cards().items() if text.encode() in d]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def setup(radicale, user, tmp_path):
    """Device A connected (creating the address book), and a phone on the same book."""
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
    return tmp_path, Phone(acct.addressbook, user)


def test_first_sync_both_ways_and_a_second_device(setup):
    tmp, phone = setup
    phone.put("p1.vcf", vcard("李娜", "TEL;TYPE=CELL:139 0000 0002", "ORG:华夏餐饮", "TITLE:采购",
                              uid="phone-1"))
    with device(tmp / "a.sqlite3"):
        add(TAG, ("手机", "13800000001"), wechat="yehui", stage="interested")
        add("北京-阿里-软件-50万-王芳-CTO-抖音-复购", "13800000003")
        lost = add("深圳-腾讯-设备-5万-张伟-经理-展会", "13800000004", stage="lost")
        report = run_sync()
        assert report.outcome == "ok", report.problem
        assert (report.created_here, report.created_there) == (1, 2)
        got = _contacts()
        assert got["李娜"].company == "华夏餐饮" and got["李娜"].title == "采购"
        assert [p.raw for p in got["李娜"].phones] == ["139 0000 0002"]
        assert lost in [c.id for c in got.values()]
        again = run_sync()  # nothing changed on either side: nothing to do
        assert (again.created_here, again.updated_here, again.created_there,
                again.updated_there) == (0, 0, 0, 0)
    _, card = _card_with(phone, TAG)
    assert b"X-CONTACT-BOOK-STAGE:interested" in card and b"X-WECHAT:yehui" in card
    assert not any("张伟".encode() in d for d in phone.cards().values())  # 流失 stays here
    with device(tmp / "b.sqlite3"):
        connect(phone.book.rsplit("/", 3)[0] + "/", phone.auth[0])
        report = run_sync()
        assert report.created_here == 3, report.lines()
        assert len(_contacts()) == 6
        got = _contacts()
        assert got[TAG].stage == "interested" and got[TAG].wechat == "yehui"
        assert got[TAG].title == "创始人" and got[TAG].phones[0].label == "手机"
        assert got["北京-阿里-软件-50万-王芳-CTO-抖音-复购"].tag_extra == "复购"
        from desktop_app.core.contacts import editing
        editing.update(got[TAG].id, {"notes": "第二台电脑上写的"})
        assert run_sync().updated_there == 1
    with device(tmp / "a.sqlite3"):
        report = run_sync()
        assert report.updated_here == 1
        assert _contacts()[TAG].notes == "第二台电脑上写的"


def test_edits_on_each_side_and_a_phone_edit_of_fn(setup):
    tmp, phone = setup
    with device(tmp / "a.sqlite3"):
        cid = add(TAG, "13800000001")
        run_sync()
        from desktop_app.core.contacts import editing
        editing.update(cid, {"email": "ye@example.cn"})
        assert run_sync().updated_there == 1
    href, card = _card_with(phone, TAG)
    assert b"EMAIL;TYPE=INTERNET:ye@example.cn" in card
    etag, card = phone.get(href)
    new_tag = "杭州-壹点零壹影响力-咨询-2千万-叶辉-总裁-知乎"
    phone.put(href.rsplit("/", 1)[1], card.replace(f"FN:{TAG}".encode(), f"FN:{new_tag}".encode()),
              etag)
    with device(tmp / "a.sqlite3"):
        assert run_sync().updated_here == 1
        from desktop_app.core.contacts import records
        c = records.get(cid)
        assert (c.city, c.deal_size, c.title, c.tag, c.email) == \
            ("杭州", "2千万", "总裁", new_tag, "ye@example.cn")
        assert run_sync().updated_there == 0  # stable: nothing bounces back


def _edit_fn(phone: Phone, href: str, old: str, new: str) -> None:
    """The phone edits the name it shows (FN) and nothing else: TITLE, ORG and our X- lines
    stay as they were, as DAVx5 or iOS leave them."""
    etag, card = phone.get(href)
    assert f"FN:{old}".encode() in card
    phone.put(href.rsplit("/", 1)[1], card.replace(f"FN:{old}".encode(), f"FN:{new}".encode()), etag)


def test_two_phone_edits_of_fn_alone_are_both_taken_and_the_card_follows(setup):
    """The card's other lines followed the first FN edit nowhere: the second FN edit was then
    read as a phone edit of TITLE back to the old title, reverting the lead here with no
    conflict recorded, and both sides stayed different."""
    tmp, phone = setup
    with device(tmp / "a.sqlite3"):
        cid = add(TAG, "13800000001")
        run_sync()
    href, _ = _card_with(phone, TAG)
    first = "上海-壹点零壹影响力-咨询-1千万-叶辉-CEO-知乎"
    second = "上海-壹点零壹影响力-咨询-2千万-叶辉-总裁-知乎"
    from desktop_app.core.contacts import records

    _edit_fn(phone, href, TAG, first)
    with device(tmp / "a.sqlite3"):
        report = run_sync()
        assert report.updated_here == 1 and report.conflicts == []
        assert records.get(cid).tag == first
    _, card = phone.get(href)  # the card now says what its FN says
    assert "\r\nTITLE:CEO".encode() in card and "X-CONTACT-BOOK-TITLE:CEO".encode() in card
    assert "创始人".encode() not in card
    _edit_fn(phone, href, first, second)
    with device(tmp / "a.sqlite3"):
        report = run_sync()
        assert report.updated_here == 1 and report.conflicts == []
        c = records.get(cid)
        assert (c.tag, c.title, c.deal_size) == (second, "总裁", "2千万")
        again = run_sync()
        assert (again.updated_here, again.updated_there, again.conflicts) == (0, 0, [])
    _, card = phone.get(href)
    assert f"FN:{second}".encode() in card and "\r\nTITLE:总裁".encode() in card
    assert "X-CONTACT-BOOK-DEAL-SIZE:2千万".encode() in card


def test_a_conflict_keeps_the_local_value_and_records_the_phones(setup):
    tmp, phone = setup
    with device(tmp / "a.sqlite3"):
        cid = add(TAG, "13800000001")
        run_sync()
    href, _ = _card_with(phone, TAG)
    etag, card = phone.get(href)
    # the phone's TITLE line only (our X-CONTACT-BOOK-TITLE line beside it is no phone's)
    card = card.replace("\r\nTITLE:创始人".encode(), "\r\nTITLE:董事长".encode())
    card = card.replace(b"END:VCARD", "NOTE:手机上的备注\r\nEND:VCARD".encode())
    phone.put(href.rsplit("/", 1)[1], card, etag)
    with device(tmp / "a.sqlite3"):
        from desktop_app.core.contacts import editing, records
        from desktop_app.core.timeline import records as timeline
        editing.update(cid, {"title": "CEO"})
        report = run_sync()
        assert report.outcome == "ok"
        assert [(c.field, c.local, c.server) for c in report.conflicts] == [("title", "CEO", "董事长")]
        c = records.get(cid)
        assert c.title == "CEO" and c.notes == "手机上的备注"  # the phone's other change merged in
        events = [e for e in timeline.entries(cid) if e.kind == "sync-conflict"]
        assert [e.summary for e in events] == ["手机上的职位为 董事长"]
        _, card = phone.get(href)  # the merge went up in the same pass
        assert "\r\nTITLE:CEO".encode() in card and "NOTE:手机上的备注".encode() in card
        again = run_sync()
        assert again.conflicts == [] and again.updated_there == again.updated_here == 0


def test_deletions_on_each_side(setup):
    tmp, phone = setup
    with device(tmp / "a.sqlite3"):
        gone_there = add(TAG, "13800000001")
        gone_here = add("北京-阿里-软件-50万-王芳-CTO-抖音", "13800000003")
        run_sync()
    href, _ = _card_with(phone, TAG)
    phone.delete(href)
    with device(tmp / "a.sqlite3"):
        from desktop_app.core.contacts import records
        records.trash([gone_here])
        report = run_sync()
        assert (report.trashed_here, report.deleted_there) == (1, 1)
        assert records.get(gone_there).deleted_at is not None  # in the trash, not deleted
        assert records.ids() == []
        records.restore([gone_there])  # undoable
        assert run_sync().created_there == 1
    assert not any("王芳".encode() in d for d in phone.cards().values())
    assert any(TAG.encode() in d for d in phone.cards().values())


def test_first_sync_links_by_phone_number_instead_of_duplicating(setup):
    tmp, phone = setup
    phone.put("p.vcf", vcard("叶辉", "TEL;TYPE=CELL:+86 138 0000 0001", "BDAY:1980-01-02",
                             uid="iphone-uid"))
    with device(tmp / "a.sqlite3"):
        cid = add(TAG, "13800000001")
        report = run_sync()
        assert (report.linked, report.created_here, report.created_there) == (1, 0, 0)
        from desktop_app.core.contacts import records
        assert records.ids() == [cid]
    cards = phone.cards()
    assert len(cards) == 1
    card = next(iter(cards.values()))
    assert f"FN:{TAG}".encode() in card and b"BDAY:1980-01-02" in card
    assert b"UID:iphone-uid" in card  # the phone's UID is kept
    # the number without a label here took the phone's; the phone's line keeps its TYPE=CELL
    assert b"\r\nTEL;TYPE=CELL:13800000001\r\n" in card
    with device(tmp / "a.sqlite3"):
        assert [(p.label, p.raw) for p in records.get(cid).phones] == [("手机", "13800000001")]


def test_etag_listing_without_sync_tokens(setup):
    tmp, phone = setup
    with device(tmp / "a.sqlite3"):
        add(TAG, "13800000001")
        assert run_sync(use_sync_token=False).created_there == 1
    phone.put("n.vcf", vcard("新客户", "TEL:13900000009"))
    with device(tmp / "a.sqlite3"):
        report = run_sync(use_sync_token=False)
        assert (report.created_here, report.created_there, report.updated_there) == (1, 0, 0)


def test_dry_run_changes_nothing(setup):
    tmp, phone = setup
    phone.put("n.vcf", vcard("新客户", "TEL:13900000009"))
    with device(tmp / "a.sqlite3"):
        add(TAG, "13800000001")
        report = run_sync(dry_run=True)
        assert (report.created_here, report.created_there) == (1, 1)
        from desktop_app.core.contacts import records
        assert len(records.ids()) == 1
    assert len(phone.cards()) == 1


def test_a_phones_department_survives_an_edit_here(setup):
    """Of ORG the company is ours, the department the phone's: an edit here wrote
    ORG:<company> alone and the phone lost 采购部."""
    tmp, phone = setup
    phone.put("p1.vcf", vcard("李娜", "TEL;TYPE=CELL:139 0000 0002", "ORG:华夏餐饮;采购部",
                              uid="phone-1"))
    with device(tmp / "a.sqlite3"):
        assert run_sync().created_here == 1
        from desktop_app.core.contacts import editing
        li = _contacts()["李娜"]
        assert li.company == "华夏餐饮"
        editing.update(li.id, {"company": "华夏集团"})
        assert run_sync().updated_there == 1
        again = run_sync()
        assert (again.updated_here, again.updated_there) == (0, 0)
    _, card = phone.get("p1.vcf")
    assert "\r\nORG:华夏集团;采购部\r\n".encode() in card
    assert card.count(b"\r\nORG") == 1
