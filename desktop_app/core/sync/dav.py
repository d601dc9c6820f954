"""A thin WebDAV client for CardDAV and CalDAV over ``requests``: PROPFIND, REPORT
(sync-collection, multiget), GET, conditional PUT and DELETE, MKCOL.

Why our own layer: the ``caldav`` library has no CardDAV, and the CardDAV clients on PyPI are
unmaintained; the few requests a sync needs are a page of code over ``requests`` (which
verifies TLS against the system's certificates). One layer serves both collections.

Security: plain HTTP is refused except to this machine; the password goes only into the
Authorization header; no message built here contains it, the user name or the URL's userinfo.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from defusedxml import DefusedXmlException, ElementTree

from desktop_app.core.errors import ContactBookError

DAV, CARD, CAL, CS = "DAV:", "urn:ietf:params:xml:ns:carddav", "urn:ietf:params:xml:ns:caldav", \
    "http://calendarserver.org/ns/"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
TIMEOUT = 30.0
MULTIGET_CHUNK = 200


class SyncError(ContactBookError):
    """The server cannot be reached or refused: the pass stops, local data stays consistent."""


class PreconditionFailed(SyncError):
    """412: the item changed on the server since we read it (re-plan it, never overwrite)."""


class TokenInvalid(SyncError):
    """The server forgot our sync token: list every item again."""


class NotWebDav(SyncError):
    """The answer is not WebDAV: a web page (a Wi-Fi login, a website at that address)."""


class ServerUnreachable(SyncError):
    """No answer at all: offline, a wrong address or port, the server down or too slow."""


class AuthRefused(SyncError):
    """401/403: the server refused the user name or password."""


class PasswordMissing(AuthRefused):
    """401 to a client that has no password to give (none typed, no keyring entry, no
    ``$CONTACT_BOOK_SYNC_PASSWORD``): not a wrong password, a missing one."""

    def __init__(self, host: str):
        super().__init__("{host} asks for a password, and none is stored on this computer.",
                         host=host)

    @classmethod
    def said(cls, problem) -> bool:
        """Whether ``problem`` (a sync report's, a ``Message``) is this error's."""
        return getattr(problem, "template", None) == cls("").template


class CertificateRefused(SyncError):
    """The server's certificate was refused (not trusted, or not the pinned one)."""


class CertificateNotTrusted(CertificateRefused):
    """An https server whose certificate this computer does not trust (a self-signed one on a
    NAS): ``fingerprint`` (SHA-256) is what the user may confirm and pin (``DavClient(pin=)``)."""

    def __init__(self, host: str, fingerprint: str):
        super().__init__("The certificate of {host} is not trusted by this computer (SHA-256 "
                         "{fingerprint}). Trust it only if the server's owner confirms this "
                         "fingerprint.", host=host, fingerprint=fingerprint)
        self.fingerprint = fingerprint


def server_fingerprint(url: str, timeout: float = 10.0) -> str:
    """The SHA-256 fingerprint of the certificate ``url``'s server presents (not verified:
    for the user to compare), as ``AB:CD:…``."""
    import hashlib
    import socket
    import ssl

    parts = urlsplit(url)
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    with socket.create_connection((parts.hostname, parts.port or 443), timeout=timeout) as raw:
        with context.wrap_socket(raw, server_hostname=parts.hostname) as tls:
            der = tls.getpeercert(binary_form=True)
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _pinned_adapter(fingerprint: str):
    """An https adapter that accepts exactly the certificate with this SHA-256 fingerprint
    (urllib3's ``assert_fingerprint``), whoever signed it; nothing else."""
    from requests.adapters import HTTPAdapter

    class Pinned(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            kwargs["assert_fingerprint"] = fingerprint.replace(":", "").lower()
            kwargs["cert_reqs"] = "CERT_NONE"
            return super().init_poolmanager(*args, **kwargs)

        def cert_verify(self, conn, url, verify, cert):
            super().cert_verify(conn, url, False, cert)  # the fingerprint is the check

    return Pinned()


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        shown = safe_url(url) if "://" in url else url.rpartition("@")[2]  # never a password
        raise SyncError("{url} is not an http(s) address.", url=shown)
    if parts.username or parts.password:
        raise SyncError("Give the user name with --user, not inside the address.")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise SyncError("Plain http:// is refused for {host}: the password and the contacts would "
                        "cross the network unencrypted. Use https://.", host=parts.hostname)
    return url


def safe_url(url: str) -> str:
    """The address without any userinfo, query or fragment, for messages."""
    p = urlsplit(url)
    host = p.hostname or ""
    return f"{p.scheme}://{host}{':' + str(p.port) if p.port else ''}{p.path}"


def q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


@dataclass
class Response:
    href: str
    status: int
    props: dict  # {"{ns}name": element}


class DavClient:
    def __init__(self, url: str, user: str = "", password: str = "", *, timeout: float = TIMEOUT,
                 session=None, pin: str | None = None):
        import requests  # lazy: only a sync needs it

        self.base = check_url(url)
        self.timeout = timeout
        self.pin = pin or None  # a self-signed server's certificate the user confirmed
        self.has_password = bool(password)
        self.session = session or requests.Session()
        if self.pin:
            self.session.mount("https://", _pinned_adapter(self.pin))
        if user or password:
            # as UTF-8 bytes: requests encodes text as Latin-1, so a name or password in
            # Chinese (张三) crashed with UnicodeEncodeError before the server was asked
            self.session.auth = ((user or "").encode("utf-8"), (password or "").encode("utf-8"))
        self.session.headers["User-Agent"] = "contact-book"

    def url(self, href: str) -> str:
        return urljoin(self.base, href)

    # --- plumbing ---------------------------------------------------------------------
    def request(self, method: str, href: str, *, body: bytes | str | None = None,
                headers: dict | None = None, ok=(200, 201, 204, 207)):
        import requests

        url = self.url(href)
        if isinstance(body, str):
            body = body.encode("utf-8")
        for _ in range(5):
            try:
                r = self.session.request(method, url, data=body, headers=headers or {},
                                         timeout=self.timeout, allow_redirects=False)
            except requests.Timeout:
                raise ServerUnreachable("{host} did not answer within {seconds:g} s.",
                                host=urlsplit(url).hostname, seconds=self.timeout) from None
            except requests.exceptions.SSLError:
                host = urlsplit(url).hostname
                if self.pin:
                    raise CertificateRefused("The certificate of {host} is not the one you "
                                             "confirmed; the connection was refused.",
                                             host=host) from None
                try:
                    fingerprint = server_fingerprint(url, self.timeout)
                except OSError:
                    raise CertificateRefused("The certificate of {host} could not be verified; "
                                             "the connection was refused.", host=host) from None
                raise CertificateNotTrusted(host, fingerprint) from None
            except requests.ConnectionError:
                raise ServerUnreachable("Cannot reach {host} (offline, or the server is down).",
                                host=urlsplit(url).hostname) from None
            except (requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError):  # the body cut off or garbled
                raise ServerUnreachable("The answer of {host} broke off; try again.",
                                        host=urlsplit(url).hostname) from None
            if r.status_code in (301, 302, 303, 307, 308) and "Location" in r.headers:
                url = urljoin(url, r.headers["Location"])
                check_url(url)
                continue
            break
        if r.status_code in ok:
            return r
        if r.status_code == 412:
            raise PreconditionFailed("{path} changed on the server meanwhile.", path=unquote(urlsplit(url).path))
        if r.status_code == 401 and not self.has_password:
            raise PasswordMissing(urlsplit(url).hostname)
        if r.status_code in (401, 403) and b"valid-sync-token" not in r.content:
            raise AuthRefused("The server refused the user name or password ({status}).",
                              status=r.status_code)
        if r.status_code in (403, 409) and b"valid-sync-token" in r.content:
            raise TokenInvalid("The server no longer knows the sync token.")
        raise SyncError("The server answered {status} {reason} to {method} {path}.",
                        status=r.status_code, reason=r.reason or "", method=method,
                        path=unquote(urlsplit(url).path))

    def multistatus(self, method: str, href: str, body: str, depth: str, *,
                    absent: bool = False) -> list[Response]:
        """The responses of a multistatus answer; ``absent``: a 404 gives none."""
        root = self._multistatus_root(method, href, body, depth, absent)
        if root is None:
            return []
        out = []
        for resp in root.findall(q(DAV, "response")):
            h = self._href(href, resp)
            if h is None:
                continue
            status = _status(resp.find(q(DAV, "status")))
            props = {}
            for ps in resp.findall(q(DAV, "propstat")):
                code = _status(ps.find(q(DAV, "status")))
                found = ps.find(q(DAV, "prop"))
                if code == 200 and found is not None:
                    for prop in found:
                        props[prop.tag] = prop
                status = status or code
            out.append(Response(h, status or 200, props))
        return out

    def _multistatus_root(self, method: str, href: str, body: str, depth: str,
                          absent: bool = False):
        """The parsed ``DAV:multistatus`` answer (None for a 404 when ``absent``). Anything
        else (not XML, or a web page such as a Wi-Fi login answering 200 to every request)
        raises ``SyncError``: read as an empty answer, it would look like a server with
        nothing on it."""
        r = self.request(method, href, body=body, headers={
            "Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
            ok=(200, 207, 404) if absent else (200, 201, 204, 207))
        if r.status_code == 404:
            return None
        try:
            root = ElementTree.fromstring(r.content)
        except (ElementTree.ParseError, DefusedXmlException):  # entities: a "billion laughs"
            raise SyncError("The server's answer to {method} is not XML.", method=method) from None
        if root.tag != q(DAV, "multistatus"):
            raise NotWebDav("The server answered {method} with something other than WebDAV (a web "
                            "page?). Check the server's address, or log in to the network first.",
                            method=method)
        return root

    def _href(self, base: str, resp) -> str | None:
        """The path a multistatus response is about (None when it names none)."""
        el = resp.find(q(DAV, "href"))
        if el is None or not (el.text or "").strip():
            return None
        return urlsplit(urljoin(self.url(base), el.text.strip())).path

    def propfind(self, href: str, props: list[tuple[str, str]], depth: str = "0", *,
                 absent: bool = False) -> list[Response]:
        inner = "".join(f'<x:{name} xmlns:x="{ns}"/>' for ns, name in props)
        body = f'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>{inner}</d:prop></d:propfind>'
        return self.multistatus("PROPFIND", href, body, depth, absent=absent)

    # --- collections -------------------------------------------------------------------
    def etags(self, collection: str) -> dict[str, str]:
        """Every member's etag by a Depth 1 PROPFIND (for servers without sync-collection)."""
        out = {}
        for r in self.propfind(collection, [(DAV, "getetag"), (DAV, "resourcetype")], "1"):
            rt = r.props.get(q(DAV, "resourcetype"))
            if r.href.rstrip("/") == urlsplit(self.url(collection)).path.rstrip("/") or \
                    (rt is not None and rt.find(q(DAV, "collection")) is not None):
                continue
            out[r.href] = text(r.props.get(q(DAV, "getetag")))
        return out

    def sync_token(self, collection: str) -> str | None:
        """The collection's current sync token, or None if it offers no sync-collection."""
        found = self.propfind(collection, [(DAV, "sync-token")])
        return text(found[0].props.get(q(DAV, "sync-token"))) or None if found else None

    def sync_collection(self, collection: str, token: str) -> tuple[dict[str, str], set[str], str]:
        """RFC 6578: ``(changed {href: etag}, removed hrefs, new token)`` since ``token``."""
        body = ('<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
                f'<d:sync-token>{_xml_escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>'
                '<d:prop><d:getetag/></d:prop></d:sync-collection>')
        root = self._multistatus_root("REPORT", collection, body, "1")
        changed, removed = {}, set()
        for resp in root.findall(q(DAV, "response")):
            h = self._href(collection, resp)
            if h is None:
                continue
            if _status(resp.find(q(DAV, "status"))) == 404:
                removed.add(h)
                continue
            etag = resp.find(f".//{q(DAV, 'getetag')}")
            changed[h] = text(etag)
        return changed, removed, text(root.find(q(DAV, "sync-token")))

    def multiget(self, collection: str, hrefs: list[str], calendar: bool = False
                 ) -> dict[str, tuple[str, bytes]]:
        """The bodies of ``hrefs`` (``{href: (etag, bytes)}``), 200 per REPORT."""
        ns, tag, data = (CAL, "calendar-multiget", "calendar-data") if calendar else \
            (CARD, "addressbook-multiget", "address-data")
        out = {}
        for i in range(0, len(hrefs), MULTIGET_CHUNK):
            inner = "".join(f"<d:href>{_xml_escape(h)}</d:href>" for h in hrefs[i:i + MULTIGET_CHUNK])
            body = (f'<?xml version="1.0" encoding="utf-8"?><c:{tag} xmlns:d="DAV:" xmlns:c="{ns}">'
                    f'<d:prop><d:getetag/><c:{data}/></d:prop>{inner}</c:{tag}>')
            for r in self.multistatus("REPORT", collection, body, "1"):
                el = r.props.get(q(ns, data))
                if el is not None and r.status == 200:
                    out[r.href] = (text(r.props.get(q(DAV, "getetag"))),
                                   (el.text or "").encode("utf-8"))
        return out

    # --- items --------------------------------------------------------------------------
    def get(self, href: str) -> tuple[str, bytes] | None:
        r = self.request("GET", href, ok=(200, 404))
        return None if r.status_code == 404 else (r.headers.get("ETag", ""), r.content)

    def put(self, href: str, body: bytes, content_type: str, etag: str | None) -> str:
        """Create (``etag`` None: If-None-Match: *) or replace (If-Match); the new etag or ""."""
        cond = {"If-None-Match": "*"} if etag is None else {"If-Match": etag or "*"}
        r = self.request("PUT", href, body=body, headers={"Content-Type": content_type, **cond})
        return r.headers.get("ETag") or self._stored_etag(href)

    def _stored_etag(self, href: str) -> str:
        """The etag of an item just written, asked for when the PUT's answer gave none (servers
        may leave it out): it also proves the item is there. A "saved" item that is not (a web
        page answering 200 to everything) raises ``SyncError``: recorded as synced, it would
        never be sent again."""
        found = [r for r in self.propfind(href, [(DAV, "getetag")], absent=True)
                 if r.href.rstrip("/") == urlsplit(self.url(href)).path.rstrip("/")]
        if not found or found[0].status != 200:
            raise SyncError("The server said it saved {path}, but it is not there.",
                            path=unquote(urlsplit(self.url(href)).path))
        return text(found[0].props.get(q(DAV, "getetag")))

    def delete(self, href: str, etag: str) -> None:
        """Delete ``href`` (If-Match ``etag``). An answer other than 204 or 404 (a 200 may be a
        web page answering everything) is checked: an item still there raises ``SyncError``,
        else its status row would go and it would stay on the phone."""
        headers = {"If-Match": etag} if etag else {}
        r = self.request("DELETE", href, headers=headers, ok=(200, 204, 404))
        if r.status_code == 200 and any(
                found.status == 200 for found in self.propfind(href, [(DAV, "getetag")],
                                                               absent=True)):
            raise SyncError("The server said it deleted {path}, but it is still there.",
                            path=unquote(urlsplit(self.url(href)).path))

    def mkcol(self, href: str, calendar: bool, name: str) -> None:
        kind = ('<c:calendar xmlns:c="urn:ietf:params:xml:ns:caldav"/>' if calendar else
                '<c:addressbook xmlns:c="urn:ietf:params:xml:ns:carddav"/>')
        extra = ('<c:supported-calendar-component-set xmlns:c="urn:ietf:params:xml:ns:caldav">'
                 '<c:comp name="VTODO"/></c:supported-calendar-component-set>' if calendar else "")
        body = ('<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:"><d:set><d:prop>'
                f'<d:resourcetype><d:collection/>{kind}</d:resourcetype>'
                f'<d:displayname>{_xml_escape(name)}</d:displayname>{extra}'
                '</d:prop></d:set></d:mkcol>')
        self.request("MKCOL", href, body=body, headers={"Content-Type": "application/xml; charset=utf-8"})


def text(el) -> str:
    return (el.text or "").strip() if el is not None else ""


def _status(el) -> int | None:
    if el is None or not el.text:
        return None
    parts = el.text.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isascii() and parts[1].isdigit() \
        else None


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
