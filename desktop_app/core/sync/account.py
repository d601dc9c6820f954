"""The one sync account: where the address book and the calendar are, found by discovery
(RFC 6764 ``/.well-known/carddav``, the principal, its home sets) or created."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from desktop_app.core.storage import preferences
from desktop_app.core.storage.schema import database
from desktop_app.core.sync import credentials
from desktop_app.core.sync.dav import (CAL, CARD, DAV, AuthRefused, CertificateRefused, DavClient,
                                       NotWebDav, SyncError, ServerUnreachable, check_url, q,
                                       text)
from desktop_app.core.sync.local import DEFAULT_FILTER

COLUMNS = ("url", "user", "addressbook", "calendar", "filter", "sync_token", "device",
           "last_sync_at", "last_result")


@dataclass
class Account:
    url: str
    user: str
    addressbook: str
    calendar: str = ""
    filter: str = DEFAULT_FILTER
    sync_token: str = ""
    device: str = ""
    last_sync_at: datetime | None = None
    last_result: str = ""


@dataclass
class Found:
    addressbooks: list[tuple[str, str]]  # (href, display name)
    calendars: list[tuple[str, str]]  # those that take VTODOs
    card_home: str = ""  # where a new address book goes
    cal_home: str = ""


def load() -> Account | None:
    row = database.execute_sql(f"SELECT {', '.join(COLUMNS)} FROM sync_account WHERE id = 1").fetchone()
    if row is None:
        return None
    values = dict(zip(COLUMNS, row))
    if isinstance(values["last_sync_at"], str):
        values["last_sync_at"] = datetime.fromisoformat(values["last_sync_at"])
    return Account(**values)


def save(account: Account) -> None:
    values = [getattr(account, c) for c in COLUMNS]
    with database.atomic():
        database.execute_sql(
            f"INSERT INTO sync_account (id, {', '.join(COLUMNS)}) VALUES (1, {', '.join('?' * len(COLUMNS))}) "
            "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS),
            values)


PIN_KEY = "sync.pin"  # the SHA-256 of a self-signed certificate the user confirmed


def pinned() -> str | None:
    return preferences.get(PIN_KEY) or None


def client(account: Account, password: str | None = None, **kw) -> DavClient:
    if password is None:
        password = credentials.lookup(account.url, account.user)
    kw.setdefault("pin", pinned())
    return DavClient(account.url, account.user, password, **kw)


def _hrefs(resp, name) -> list[str]:
    el = resp.props.get(name)
    return [h.text.strip() for h in el.findall(q(DAV, "href")) if h.text] if el is not None else []


def discover(dav: DavClient, url: str) -> Found:
    """The address books and the VTODO calendars of the user at ``url``."""
    principal, page = None, False
    for start in (url, "/.well-known/carddav", "/.well-known/caldav", "/"):
        try:
            found = dav.propfind(start, [(DAV, "current-user-principal")])
        except (CertificateRefused, ServerUnreachable):
            raise  # the same server at any path: say so (with the fingerprint)
        except SyncError as e:
            if start == url and isinstance(e, AuthRefused):
                raise
            page = page or (start == url and isinstance(e, NotWebDav))
            continue
        for r in found:
            hrefs = _hrefs(r, q(DAV, "current-user-principal"))
            if hrefs:
                principal = urljoin(dav.url(start), hrefs[0])
                break
        if principal:
            break
    if principal is None and page:
        raise SyncError("No CardDAV account found at {url}: it answers with a web page, not "
                        "WebDAV. Check the address (your provider's CardDAV address), or log in "
                        "to the network first.", url=url)
    if principal is None:
        raise SyncError("No CardDAV account found at {url}.", url=url)
    homes = dav.propfind(principal, [(CARD, "addressbook-home-set"), (CAL, "calendar-home-set")])
    card_home = (_hrefs(homes[0], q(CARD, "addressbook-home-set")) if homes else []) or [principal]
    cal_home = (_hrefs(homes[0], q(CAL, "calendar-home-set")) if homes else []) or [principal]
    found = Found([], [], dav.url(card_home[0]), dav.url(cal_home[0]))
    for home in {found.card_home, found.cal_home}:
        for r in dav.propfind(home, [(DAV, "resourcetype"), (DAV, "displayname"),
                                     (CAL, "supported-calendar-component-set")], "1"):
            rt = r.props.get(q(DAV, "resourcetype"))
            if rt is None:
                continue
            name = text(r.props.get(q(DAV, "displayname")))
            if rt.find(q(CARD, "addressbook")) is not None:
                found.addressbooks.append((r.href, name))
            if rt.find(q(CAL, "calendar")) is not None:
                comps = r.props.get(q(CAL, "supported-calendar-component-set"))
                names = {c.get("name") for c in comps} if comps is not None else {"VTODO"}
                if "VTODO" in names:
                    found.calendars.append((r.href, name))
    found.addressbooks.sort()
    found.calendars.sort()
    return found


def connect(url: str, user: str, password: str, *, addressbook: str | None = None,
            calendar: str | None = None, filter_text: str | None = None,
            dav: DavClient | None = None, pin: str | None = None) -> tuple[Account, bool]:
    """Discover, pick (by href or display name; else the first; else create "通讯录" and
    "跟进"), save the account; returns it and whether the keyring now holds the password.
    ``pin``: the SHA-256 fingerprint of a self-signed certificate the user confirmed (kept
    with the account; the only certificate then accepted)."""
    account, kept, _found = connect_listing(url, user, password, addressbook=addressbook,
                                            calendar=calendar, filter_text=filter_text,
                                            dav=dav, pin=pin)
    return account, kept


NEW_ADDRESSBOOK = "contact-book/"  # made in the user's address book home when asked for
NEW_CALENDAR = "contact-book-todos/"


def connect_listing(url: str, user: str, password: str, *, addressbook: str | None = None,
                    calendar: str | None = None, filter_text: str | None = None,
                    dav: DavClient | None = None,
                    pin: str | None = None) -> tuple[Account, bool, Found]:
    """``connect``, and what the server has (the address books and calendars to choose from,
    the one just made among them): the window's pickers show it. Asking for
    ``NEW_ADDRESSBOOK`` / ``NEW_CALENDAR`` makes "通讯录" / "跟进" (or takes them if they are
    there already)."""
    check_url(url)
    dav = dav or DavClient(url, user, password, pin=pin)
    found = discover(dav, url)
    book = _pick(found.addressbooks, addressbook, dav)
    cal = _pick(found.calendars, calendar, dav)
    if book is None:
        book = urljoin(found.card_home, NEW_ADDRESSBOOK)
        dav.mkcol(book, calendar=False, name="通讯录")
        found.addressbooks.append((book, "通讯录"))
    if cal is None:
        cal = urljoin(found.cal_home, NEW_CALENDAR)
        dav.mkcol(cal, calendar=True, name="跟进")
        found.calendars.append((cal, "跟进"))
    old = load()
    same = old is not None and old.addressbook == dav.url(book)
    account = Account(url=url, user=user, addressbook=dav.url(book), calendar=dav.url(cal),
                      filter=filter_text if filter_text is not None else
                      (old.filter if old else DEFAULT_FILTER),
                      sync_token=old.sync_token if same else "",
                      device=old.device if old else str(uuid.uuid4()))
    moved_calendar = old is not None and old.calendar != account.calendar
    if moved_calendar and old.url == url:  # our follow-ups leave the calendar no longer used
        _remove_todos(dav)
    with database.atomic():
        if old is not None and not same:  # another address book: every link starts over
            database.execute_sql("DELETE FROM sync_item")
        if old is not None and (not same or moved_calendar):
            database.execute_sql("DELETE FROM sync_todo")
        save(account)
        preferences.put(PIN_KEY, pin or "")  # a new server: an old pin never carries over
    kept = credentials.store(url, user, password) if password else False
    found.addressbooks = [(dav.url(h), name) for h, name in found.addressbooks]
    found.calendars = [(dav.url(h), name) for h, name in found.calendars]
    return account, kept, found


def _remove_todos(dav: DavClient) -> None:
    """Delete the follow-ups this device wrote (best effort: one the phone changed since, or
    a server that fails, keeps its copy; they are only reminders, made from the touchpoints)."""
    for href, etag in database.execute_sql("SELECT href, etag FROM sync_todo").fetchall():
        try:
            dav.delete(href, etag)
        except SyncError:
            pass


def _pick(options: list[tuple[str, str]], wanted: str | None, dav: DavClient) -> str | None:
    """The option ``wanted`` names: its href, its whole address, its display name or the
    end of its path; None names the first."""
    for href, name in options:
        if wanted in (None, href, name, dav.url(href)) or (
                wanted and href.rstrip("/").endswith("/" + wanted.strip("/"))):
            return href
    return None

