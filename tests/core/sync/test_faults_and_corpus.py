"""Faults (server killed mid-sync, 412, 500, timeout, a malformed card) and the shared corpus
of real phones' vCards; the due touchpoints as VTODOs."""
from __future__ import annotations

import re

import pytest
import requests

from tests.core.sync.conftest import TODAY, add, connect, device, run_sync, start_radicale
from tests.core.sync.phone import Phone, vcard

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"


class Faulty(requests.Session):
    """A session that lets ``hook(method, url, headers)`` act before each request."""

    def __init__(self, hook):
        super().__init__()
        self.hook = hook

    def request(self, method, url, **kw):
        self.hook(method, url, kw.get("headers") or {})
        return super().request(method, url, **kw)


def _client(acct, hook):
    from desktop_app.core.sync.dav import DavClient

    return DavClient(acct.url, acct.user, "", session=Faulty(hook), timeout=5)


def _snapshot():
    from desktop_app.core.storage.schema import database

    return [database.execute_sql(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("contact", "phone", "sync_item")]


def _split(data: bytes) -> list[bytes]:
    return [m.group(0) for m in re.finditer(rb"BEGIN:VCARD.*?END:VCARD\r?\n?", data, re.S | re.I)]


def _unknown(card: bytes) -> list[bytes]:
    """The unfolded lines of the properties that we do not own."""
    mine = re.compile(rb"^(?:[\w-]+\.)?(?:BEGIN|END|VERSION|UID|FN|N|ORG|TITLE|TEL|EMAIL|NOTE|"
                      rb"X-WECHAT|X-CONTACT-BOOK-[\w-]+|X-ABLABEL|PRODID)[;:]", re.I)
    lines = re.sub(rb"\r\n[ \t]", b"", card).split(b"\r\n")
    return [ln for ln in lines if ln and not mine.match(ln)]


def test_corpus_cards_from_a_phone_come_in_and_go_back_with_nothing_lost(radicale, user, tmp_path,
                                                                        corpus_dir):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
    phone = Phone(acct.addressbook, user)
    sent = 0
    for path in sorted((corpus_dir / "vcard").glob("*.vcf")):
        for n, card in enumerate(_split(path.read_bytes())):
            if not re.search(rb"^UID[;:]", card, re.M | re.I):
                card = card.replace(b"END:VCARD", f"UID:{path.stem}-{n}\r\nEND:VCARD".encode(), 1)
            r = requests.put(phone.book + f"{path.stem}-{n}.vcf", data=card, auth=phone.auth,
                             headers={"Content-Type": "text/vcard"}, timeout=10)
            sent += r.status_code in (201, 204)  # Radicale refuses a few broken cards itself
    before = phone.cards()
    assert len(before) == sent >= 30
    with device(tmp_path / "a.sqlite3"):
        report = run_sync()
        assert report.outcome == "ok" and report.skipped == [], report.lines()
        from desktop_app.core.contacts import editing, records
        ids = records.ids()
        assert report.created_here + report.linked == len(before)
        for cid in ids:  # edit every contact here, so every card is written back
            editing.update(cid, {"stage": "contacted"})
        assert run_sync().updated_there == len(before)
    after = phone.cards()
    assert set(after) == set(before)
    for href, card in before.items():
        assert _unknown(after[href]) == _unknown(card), href
        assert b"X-CONTACT-BOOK-STAGE:contacted" in after[href]


class Garbling(Faulty):
    """Serves the card of 王芳 without its name lines: malformed for us (Radicale refuses such
    a card on PUT, so a lax server is played by the transport)."""

    def request(self, method, url, **kw):
        r = super().request(method, url, **kw)
        if method == "REPORT":
            r._content = re.sub("(FN|N):王芳[^\r\n]*\r?\n".encode(), b"", r.content)
        return r


def test_a_malformed_card_is_skipped_and_read_next_time(radicale, user, tmp_path):
    from desktop_app.core.sync.dav import DavClient

    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
    phone = Phone(acct.addressbook, user)
    phone.put("good.vcf", vcard("李娜", "TEL:13900000002"))
    phone.put("bad.vcf", vcard("王芳", "TEL:13900000003"))
    with device(tmp_path / "a.sqlite3"):
        before = run_sync(dav=DavClient(acct.url, acct.user, "", session=Garbling(lambda *a: None)))
        assert before.outcome == "ok" and before.created_here == 1 and len(before.skipped) == 1
        assert "bad.vcf" in before.skipped[0] and "no name" in before.skipped[0]
        from desktop_app.core.sync import account
        assert account.load().sync_token == ""  # so the next pass sees the card again
        report = run_sync()
        assert report.created_here == 1 and report.skipped == []
        from desktop_app.core.contacts import records
        assert sorted(r.name for r in records.get_many(records.ids())) == ["李娜", "王芳"]


class Stub500(Faulty):
    """Answers every REPORT with a 500, as a broken server would."""

    def request(self, method, url, **kw):
        if method == "REPORT":
            fake = requests.Response()
            fake.status_code, fake.reason, fake._content = 500, "Internal Server Error", b""
            return fake
        return super().request(method, url, **kw)


@pytest.mark.parametrize("fault", ["500", "timeout"])
def test_a_500_or_a_timeout_while_reading_leaves_the_database_unchanged(radicale, user, tmp_path,
                                                                         fault):
    from desktop_app.core.sync.dav import DavClient

    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
    phone = Phone(acct.addressbook, user)
    for i in range(3):
        phone.put(f"p{i}.vcf", vcard(f"客户{i}", f"TEL:1390000000{i}"))

    def timeout(method, url, headers):
        if method == "REPORT":
            raise requests.Timeout("read timed out")

    session = Stub500(lambda *a: None) if fault == "500" else Faulty(timeout)
    with device(tmp_path / "a.sqlite3"):
        add(TAG, "13800000001")
        before = _snapshot()
        report = run_sync(dav=DavClient(acct.url, acct.user, "", session=session, timeout=5))
        assert report.outcome == "failed"
        assert ("500" in report.problem) if fault == "500" else ("did not answer" in report.problem)
        assert _snapshot() == before
        assert report.lines()[-1].startswith("The sync stopped")
        report = run_sync()  # the next sync does it all
        assert report.outcome == "ok" and (report.created_here, report.created_there) == (3, 1)
    assert len(phone.cards()) == 4


def test_a_412_re_reads_the_item_and_merges(radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        cid = add(TAG, "13800000001")
        run_sync()
    phone = Phone(acct.addressbook, user)
    href = phone.hrefs()[0]
    done = []

    def hook(method, url, headers):  # the phone saves its change just before our PUT lands
        if method == "PUT" and "If-Match" in headers and not done:
            done.append(1)
            etag, card = phone.get(href)
            phone.put(href.rsplit("/", 1)[1], card.replace(b"END:VCARD", b"BDAY:1980-01-02\r\nEND:VCARD"), etag)

    with device(tmp_path / "a.sqlite3"):
        from desktop_app.core.contacts import editing, records
        from desktop_app.core.sync import account
        editing.update(cid, {"wechat": "yehui"})
        report = run_sync(dav=_client(account.load(), hook))
        assert done and report.outcome == "ok" and report.updated_there == 1
        assert records.get(cid).wechat == "yehui"
        assert run_sync().updated_here + run_sync().updated_there == 0
    _, card = phone.get(href)
    assert b"X-WECHAT:yehui" in card and b"BDAY:1980-01-02" in card


def test_server_killed_mid_sync_then_the_next_sync_resumes(tmp_path):
    server = start_radicale(tmp_path / "srv")
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    try:
        with device(tmp_path / "a.sqlite3"):
            acct = connect(server.url, "zhang")
            for i in range(10):
                add(f"上海-公司{i}-咨询-1万-客户{i}-经理-知乎", f"1380000{i:04d}")
            puts = []

            def hook(method, url, headers):
                if method == "PUT":
                    puts.append(url)
                    if len(puts) == 4:
                        server.stop()  # the server dies after three uploads

            from desktop_app.core.sync import account, local
            report = run_sync(dav=_client(account.load(), hook))
            assert report.outcome == "failed" and "Cannot reach" in report.problem
            assert report.created_there == 3 and len(local.rows()) == 3
            assert account.load().sync_token == ""  # not advanced
        server = start_radicale(tmp_path / "srv", port)
        with device(tmp_path / "a.sqlite3"):
            report = run_sync()
            assert report.outcome == "ok" and report.created_there == 7
            assert len(local.rows()) == 10
    finally:
        server.stop()
    # nothing is there twice
    server = start_radicale(tmp_path / "srv", port)
    try:
        assert len(Phone(acct.addressbook, "zhang").hrefs()) == 10
    finally:
        server.stop()


def test_due_touchpoints_become_vtodos_and_go_when_done(radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        cid = add(TAG, "13800000001")
        from desktop_app.core.followup import touchpoints
        touchpoints.start([cid], "golden-week", TODAY)
        report = run_sync()
        assert report.todos_written == 1
    cal = Phone(acct.calendar, user)
    (href,) = cal.hrefs()
    text = cal.get(href)[1].decode()
    assert "SUMMARY:黄金七天 · 第1天 · 叶辉" in text
    assert "BEGIN:VTODO" in text and "DUE;VALUE=DATE:" in text and "13800000001" in text
    with device(tmp_path / "a.sqlite3"):
        assert run_sync().todos_written == 0  # unchanged: not rewritten
        from desktop_app.core.followup import touchpoints
        touchpoints.stop([cid])
        assert run_sync().todos_removed == 1
    assert cal.hrefs() == []


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_setting_up_an_account_on_an_address_nobody_answers_says_so(db):
    """Not "No CardDAV account found" (discovery used to swallow the connection error while it
    tried the well-known paths of the same dead address)."""
    from desktop_app.core.sync import account
    from desktop_app.core.sync.dav import ServerUnreachable, SyncError

    with pytest.raises(ServerUnreachable) as e:
        account.connect(f"http://127.0.0.1:{_closed_port()}/", "u", "p")
    assert "Cannot reach 127.0.0.1" in str(e.value)
    with pytest.raises(SyncError) as e:
        account.connect("notaurl", "u", "p")
    assert str(e.value).startswith("notaurl is not an http(s) address")
    with pytest.raises(SyncError) as e:
        account.connect("me:secret@dav.example.com", "u", "p")  # no scheme, a password typed in
    assert "secret" not in str(e.value) and "dav.example.com" in str(e.value)
    assert account.load() is None  # nothing saved


def test_a_chinese_user_name_and_password_connect(tmp_path, db):
    """requests sends text credentials as Latin-1: 张三 / 密码 (the README's own example user
    name) crashed with UnicodeEncodeError before any request. As UTF-8 the server takes them."""
    from desktop_app.core.sync import account

    server = start_radicale(tmp_path / "srv", users={"张三": "密码"})
    try:
        acct, _kept = account.connect(server.url, "张三", "密码")
        assert acct.user == "张三" and account.load() is not None
    finally:
        server.stop()
