"""A server that answers nonsense the Radicale-based tests (test_nonsense.py) do not cover: an
entity bomb, an answer cut off. The server is a real one on 127.0.0.1, in a thread, answering
every request with the same bytes."""
from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager

import pytest

BOMB = (b"<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'>"
        b"<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]>"
        b"<d:multistatus xmlns:d='DAV:'><d:response><d:href>&c;</d:href></d:response>"
        b"</d:multistatus>")


@contextmanager
def answering(status: int, body: bytes, *, cut: bool = False):
    """A server on a free port answering every method with ``status`` and ``body`` (``cut``:
    it announces more bytes than it sends, then closes); yields its address."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def answer(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body) + (100_000 if cut else 0)))
            self.end_headers()
            self.wfile.write(body)
            if cut:
                self.close_connection = True

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCOL = answer

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("status, body, cut, said", [
    (207, BOMB, False, "not XML"),  # entities: refused by defusedxml (was an internal error)
    (207, b"<?xml version='1.0'?><d:multistatus xmlns:d='DAV:'>", True, "broke off"),
], ids=["entity-bomb", "cut-off"])
def test_a_nonsense_answer_is_a_sync_error(status, body, cut, said):
    """The cut-off answer printed "('Connection broken: IncompleteRead(...)', ...)"."""
    from desktop_app.core.sync.dav import DavClient, SyncError

    with answering(status, body, cut=cut) as url:
        with pytest.raises(SyncError, match=said):
            DavClient(url, timeout=5).propfind("/", [("DAV:", "getetag")], "1")
