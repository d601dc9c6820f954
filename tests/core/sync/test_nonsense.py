"""A server that answers nonsense: a web page (a Wi-Fi login answering 200 to everything), XML
that breaks off, a PUT answered without an etag. The sync stops with a clear problem and loses
nothing, or (a legitimate answer without an etag) asks for the etag."""
from __future__ import annotations

import pytest
import requests

from tests.core.sync.conftest import NOW, add, connect, device, run_sync
from tests.core.sync.phone import Phone, vcard
from tests.core.sync.test_faults_and_corpus import TAG, _snapshot

PAGE = b"<html><head><title>Hotel Wi-Fi</title></head><body>Please log in</body></html>"
BROKEN = b"<?xml version='1.0'?><d:multistatus xmlns:d='DAV:'><d:response><d:href>/x"


class Answering(requests.Session):
    """Answers ``method`` itself (status, body) without asking the server; the rest goes on."""

    def __init__(self, method, status, body, content_type="text/html"):
        super().__init__()
        self.method, self.status, self.body, self.type = method, status, body, content_type

    def request(self, method, url, **kw):
        if method != self.method:
            return super().request(method, url, **kw)
        fake = requests.Response()
        fake.status_code, fake.reason, fake._content = self.status, "OK", self.body
        fake.headers["Content-Type"] = self.type
        fake.url = url
        return fake


def _client(acct, session):
    from desktop_app.core.sync.dav import DavClient

    return DavClient(acct.url, acct.user, "", session=session, timeout=5)


@pytest.mark.parametrize("method, body, problem", [
    ("REPORT", PAGE, "something other than WebDAV (a web page?)"),
    ("REPORT", BROKEN, "is not XML"),
])
def test_a_web_page_or_broken_xml_while_reading_stops_the_sync_and_changes_nothing(
        radicale, user, tmp_path, method, body, problem):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        add(TAG, "13800000001")
        run_sync()
    phone = Phone(acct.addressbook, user)
    phone.put("p.vcf", vcard("李娜", "TEL:13900000002"))
    with device(tmp_path / "a.sqlite3"):
        from desktop_app.core.sync import account

        token = account.load().sync_token
        before = _snapshot()
        report = run_sync(dav=_client(account.load(), Answering(method, 200 if body is PAGE
                                                                 else 207, body)))
        assert report.outcome == "failed" and problem in report.problem, report.problem
        assert _snapshot() == before and account.load().sync_token == token
        report = run_sync()  # the real server again: the phone's card comes in
        assert report.outcome == "ok" and report.created_here == 1


def test_a_put_answered_by_a_web_page_is_not_taken_as_saved(radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        run_sync()
        add(TAG, "13800000001")
        from desktop_app.core.sync import account, local

        report = run_sync(dav=_client(account.load(), Answering("PUT", 200, PAGE)))
        assert report.outcome == "failed" and report.created_there == 0
        assert "said it saved" in report.problem and "is not there" in report.problem
        assert local.rows() == {}  # not recorded as on the server
        report = run_sync()  # so the next sync sends it
        assert report.outcome == "ok" and report.created_there == 1
    assert len(Phone(acct.addressbook, user).hrefs()) == 1


class NoEtag(requests.Session):
    """A server that stores the PUT but leaves the ETag out of its answer (allowed)."""

    def request(self, method, url, **kw):
        r = super().request(method, url, **kw)
        if method == "PUT":
            r.headers.pop("ETag", None)
        return r


def test_a_put_answered_without_an_etag_asks_for_it(radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        add(TAG, "13800000001")
        from desktop_app.core.sync import account, local

        report = run_sync(dav=_client(account.load(), NoEtag()))
        assert report.outcome == "ok" and report.created_there == 1
        (row,) = local.rows().values()
    etag, _ = Phone(acct.addressbook, user).get(row.href)
    assert row.etag == etag != ""


def test_a_delete_answered_by_a_web_page_keeps_the_item_to_delete_next_time(
        radicale, user, tmp_path):
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        cid = add(TAG, "13800000001")
        run_sync()
        from desktop_app.core.contacts import records
        from desktop_app.core.sync import account, local

        records.trash([cid], now=NOW)  # to the trash: the phone's card goes
        report = run_sync(dav=_client(account.load(), Answering("DELETE", 200, PAGE)))
        assert report.outcome == "failed" and "still there" in report.problem, report.problem
        assert len(local.rows()) == 1 and len(Phone(acct.addressbook, user).hrefs()) == 1
        report = run_sync()
        assert report.outcome == "ok" and report.deleted_there == 1 and local.rows() == {}
    assert Phone(acct.addressbook, user).hrefs() == []


def test_setting_up_an_account_on_a_web_page_says_so(db):
    """A website (or a Wi-Fi login) at the address answers 200 with HTML to everything."""
    import http.server
    import threading

    from desktop_app.core.sync import account
    from desktop_app.core.sync.dav import SyncError

    class Page(http.server.BaseHTTPRequestHandler):
        def answer(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        do_GET = do_PROPFIND = do_REPORT = do_OPTIONS = answer

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(SyncError) as e:
            account.connect(f"http://127.0.0.1:{server.server_port}/dav/", "u", "p")
    finally:
        server.shutdown()
        server.server_close()
    assert "it answers with a web page, not WebDAV" in str(e.value)
    assert account.load() is None


def _emptied(radicale, user, tmp_path):
    """Three leads synced, then the server's address book emptied (a reset)."""
    with device(tmp_path / "a.sqlite3"):
        acct = connect(radicale.url, user)
        for i in range(3):
            add(f"上海-公司{i}-咨询-1万-客户{i}-经理-知乎", f"1380000000{i}")
        assert run_sync().created_there == 3
    phone = Phone(acct.addressbook, user)
    for href in phone.hrefs():
        phone.delete(href)
    return phone


def test_an_emptied_address_book_stops_the_sync_and_trashes_nothing(radicale, user, tmp_path):
    phone = _emptied(radicale, user, tmp_path)
    with device(tmp_path / "a.sqlite3"):
        from desktop_app.core.contacts import records
        from desktop_app.core.sync import local

        before = _snapshot()
        report = run_sync()
        assert report.outcome == "failed" and report.emptied == 3 and report.trashed_here == 0
        assert "address book on the server is empty, but 3 contacts were synced" in \
            report.problem
        assert _snapshot() == before and len(local.rows()) == 3
        report = run_sync(emptied="upload")  # sent to it again
        assert report.outcome == "ok" and report.created_there == 3
        assert len(records.ids()) == 3 and len(local.rows()) == 3
    assert len(phone.hrefs()) == 3


def test_an_address_book_emptied_on_purpose_trashes_here_when_told(radicale, user, tmp_path):
    _emptied(radicale, user, tmp_path)
    with device(tmp_path / "a.sqlite3"):
        from desktop_app.core.contacts import records
        from desktop_app.core.sync import local

        report = run_sync(emptied="trash")
        assert report.outcome == "ok" and report.trashed_here == 3 and local.rows() == {}
        assert records.ids() == []
