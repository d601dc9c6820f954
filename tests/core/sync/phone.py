"""A phone's side of the address book for the tests: plain HTTP as DAVx5 or iOS would do it."""
from __future__ import annotations

from urllib.parse import urljoin

import requests


class Phone:
    """``Phone(book, user)`` for the address book; ``Phone(calendar, user, ICS)`` for the
    to-do list (as DAVx5 + Tasks.org / jtx Board, or iOS Reminders write it)."""

    def __init__(self, book_url: str, user: str, content_type: str = "text/vcard; charset=utf-8"):
        self.book, self.auth, self.type = book_url, (user, ""), content_type

    def put(self, name: str, data: bytes, etag: str | None = None) -> str:
        headers = {"Content-Type": self.type}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        r = requests.put(urljoin(self.book, name), data=data, headers=headers, auth=self.auth,
                         timeout=10)
        assert r.status_code in (201, 204), r.status_code
        return r.headers.get("ETag", "")

    def get(self, href: str) -> tuple[str, bytes]:
        r = requests.get(urljoin(self.book, href), auth=self.auth, timeout=10)
        assert r.status_code == 200, r.status_code
        return r.headers.get("ETag", ""), r.content

    def delete(self, href: str) -> None:
        r = requests.delete(urljoin(self.book, href), auth=self.auth, timeout=10)
        assert r.status_code in (200, 204)

    def hrefs(self) -> list[str]:
        body = ('<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/>'
                '</d:prop></d:propfind>')
        r = requests.request("PROPFIND", self.book, data=body, headers={"Depth": "1"},
                             auth=self.auth, timeout=10)
        import re

        found = re.findall(r"<(?:\w+:)?href>([^<]+)</(?:\w+:)?href>", r.text)
        return sorted(h for h in found if not h.endswith("/"))

    def cards(self) -> dict[str, bytes]:
        return {h: self.get(h)[1] for h in self.hrefs()}


def vcard(fn: str, *lines: str, uid: str = "") -> bytes:
    body = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{fn}", f"N:{fn};;;;"]
    body.append(f"UID:{uid or 'phone-' + fn.encode().hex()}")  # Radicale requires one
    return ("\r\n".join(body + list(lines) + ["END:VCARD"]) + "\r\n").encode("utf-8")
