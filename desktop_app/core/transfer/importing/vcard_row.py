"""A vCard as a row under our own export's headers (see ``exporting.columns``), so the mapping
step and duplicate matching treat a vCard like our own CSV.

Nothing a card says is dropped but its machinery (UID, REV, PRODID, photos, ...): what has no
field of its own goes to the notes, one line each, labelled in the words of the notes' other
lines (``地址(办公): 501 E. Middlefield Rd., Mountain View``, ``生日: 1980-05-21``,
``部门: Accounting``, ``网址: http://...``, ``QQ: 12345``); a property nobody here knows, under
its own name (``X-FOO: bar``).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from desktop_app.core.contacts import naming_tag
from desktop_app.core.errors import FileUnreadable
from desktop_app.core.messages import msg
from desktop_app.core.transfer.exporting import columns as cols
from desktop_app.core.transfer.importing.base import MAX_TEXT_FILE, RawRow, Source
from desktop_app.core.transfer.importing.csv_reader import read_bytes
from desktop_app.core.transfer.importing.vcard import (
    X_FIELDS,
    X_PREFIX,
    Card,
    Prop,
    card_count,
    is_tag,
    labels_by_group,
    read_cards,
    split_structured,
    tel_label,
    unescape,
)

# read into fields, or machinery with nothing for a person to read
_USED = {"BEGIN", "END", "VERSION", "UID", "PRODID", "REV", "FN", "N", "TEL", "EMAIL", "NOTE",
         "X-WECHAT", "X-WEIXIN", "X-ABLABEL", "X-ABUID", "X-ABSHOWAS", "CLASS", "SORT-STRING",
         "NAME", "KIND", "SOURCE", "MAILER", "CLIENTPIDMAP", "TZ", "GEO", "LANG", "FBURL",
         "CALURI", "CALADRURI", "X-EVOLUTION-FILE-AS", "X-MS-OL-DESIGN",
         "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-PHONETIC-FIRST-NAME", "X-PHONETIC-MIDDLE-NAME",
         "X-PHONETIC-LAST-NAME", "ORG", "TITLE", "ADR", "LABEL", "IMPP", "BDAY",
         "X-ANDROID-CUSTOM", "X-ABADR", "PROFILE", "X-GENERATOR", "X-ID", "X-ETAG"}
_MACHINE = ("X-FC", "X-COUCHDB-", "X-MOZILLA-", "X-KADDRESSBOOK-CRYPTO", "X-ABSHOWAS",
            "X-MS-OL-")
_LABELS = {
    "URL": "网址", "NICKNAME": "昵称", "ROLE": "角色", "CATEGORIES": "分组", "GENDER": "性别",
    "ANNIVERSARY": "纪念日", "X-ANNIVERSARY": "纪念日", "X-MS-ANNIVERSARY": "纪念日",
    "X-KADDRESSBOOK-X-ANNIVERSARY": "纪念日", "X-EVOLUTION-ANNIVERSARY": "纪念日",
    "X-ABDATE": "日期", "RELATED": "相关人", "X-ABRELATEDNAMES": "相关人",
    "X-SPOUSE": "配偶", "X-MS-SPOUSE": "配偶", "X-KADDRESSBOOK-X-SPOUSESNAME": "配偶",
    "X-EVOLUTION-SPOUSE": "配偶", "X-MS-MANAGER": "上级", "X-KADDRESSBOOK-X-MANAGERSNAME": "上级",
    "X-EVOLUTION-MANAGER": "上级", "X-MANAGER": "上级", "X-MS-ASSISTANT": "助理",
    "X-KADDRESSBOOK-X-ASSISTANTSNAME": "助理", "X-EVOLUTION-ASSISTANT": "助理",
    "X-ASSISTANT": "助理", "X-KADDRESSBOOK-X-PROFESSION": "职业",
    "X-KADDRESSBOOK-X-OFFICE": "办公室",
    "X-QQ": "QQ", "X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype", "X-AIM": "AIM", "X-ICQ": "ICQ",
    "X-MSN": "MSN", "X-YAHOO": "Yahoo", "X-JABBER": "Jabber", "X-GOOGLE-TALK": "Google Talk",
    "X-GTALK": "Google Talk", "X-TWITTER": "Twitter", "X-GADUGADU": "Gadu-Gadu",
    "X-GROUPWISE": "GroupWise", "X-MS-IMADDRESS": "即时通讯",
    "X-KADDRESSBOOK-X-IMADDRESS": "即时通讯",
    "X-GENDER": "性别", "X-KADDRESSBOOK-X-DEPARTMENT": "部门", "X-KADDRESSBOOK-BLOGFEED": "博客",
}
_IM_SCHEMES = {"qq": "QQ", "skype": "Skype", "xmpp": "XMPP", "aim": "AIM", "icq": "ICQ",
               "msnim": "MSN", "msn": "MSN", "ymsgr": "Yahoo", "gtalk": "Google Talk",
               "sip": "SIP", "irc": "IRC"}
_ANDROID = {"nickname": "昵称", "relation": "相关人", "contact_event": "日期", "website": "网址",
            "im": "即时通讯", "postal-address_v2": "地址", "organization": "公司"}
# Apple's built-in labels of addresses, dates, web pages and relatives, in our words
_APPLE = {"home": "家庭", "work": "办公", "other": "其他", "homepage": "主页",
          "anniversary": "纪念日", "spouse": "配偶", "child": "子女", "mother": "母亲",
          "father": "父亲", "parent": "父母", "brother": "兄弟", "sister": "姐妹",
          "friend": "朋友", "manager": "上级", "assistant": "助理", "partner": "伙伴"}
_GOOGLE_GROUPS = {"mycontacts", "* mycontacts", "starred"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_MAX_UNKNOWN = 1000  # a property nobody knows, longer than this, is machinery (an XML blob)


def card_to_cells(card: Card) -> tuple[list[str], list[str]]:
    """A card as a row of our export columns; also the card's warnings."""
    values: dict[str, str] = {}
    notes: list[str] = []
    x = {p.name[len(X_PREFIX):]: unescape(p.value) for p in card.props
         if p.name.startswith(X_PREFIX)}
    fn = unescape(card.first("FN")).strip()
    if not fn and card.first("N"):
        from desktop_app.core.transfer.importing.mapping import compose_name

        n_parts = [p.strip() for p in split_structured(card.first("N"))] + ["", "", ""]
        fn = compose_name(n_parts[0], n_parts[2], n_parts[1])
    org = split_structured(card.first("ORG")) if card.first("ORG") else [""]
    title = unescape(card.first("TITLE")).strip()
    if fn and is_tag(fn):
        values["tag"] = fn  # the naming-tag convention fills the seven fields
        named = naming_tag.parse(fn).fields()
        tagged = {"company": named["company"], "title": named["title"]}
    elif x:  # our own card whose tag is too short to be told from a name: X- properties
        for key, name in X_FIELDS:
            if key in x:
                values[name] = x[key]
        tagged = {"company": values.get("company", ""), "title": values.get("title", "")}
    else:
        if fn:
            values["name"] = fn
        if org[0].strip():
            values["company"] = org[0].strip()
        if title:
            values["title"] = title
        tagged = {"company": org[0].strip(), "title": title}
    if "STAGE" in x:
        values["stage"] = x["STAGE"]
    if "city" not in values:
        for adr in card.all("ADR"):
            parts = split_structured(adr.value)
            if len(parts) > 3 and parts[3].strip():
                values["city"] = parts[3].strip()
                break
    labels = labels_by_group(card)
    phones = []
    for tel in card.all("TEL"):
        number = unescape(tel.value).strip()
        if number.lower().startswith("tel:"):
            number = re.sub(r";ext=", " ext. ", number[4:], flags=re.IGNORECASE)
        if number:
            label = tel_label(tel, labels)
            phones.append(f"{label}: {number}" if label else number)
    emails = [unescape(p.value).strip() for p in card.all("EMAIL") if p.value.strip()]
    if emails:
        values["email"] = emails[0]
        notes.extend(f"邮箱: {e}" for e in emails[1:])
    wechat = x.get("WECHAT") or unescape(card.first("X-WECHAT") or card.first("X-WEIXIN"))
    impps = []
    for impp in card.all("IMPP"):
        v = unescape(impp.value).strip()
        if v.lower().startswith(("weixin:", "wechat:")) and not wechat:
            wechat = v.split(":", 1)[1]
        elif v:
            impps.append(v)
    if wechat:
        values["wechat"] = wechat.strip()
    body = "\n".join(unescape(p.value) for p in card.all("NOTE") if p.value.strip())
    if body:
        notes.insert(0, body.rstrip())
    if org[0].strip() and org[0].strip() != tagged["company"]:
        notes.append(f"公司: {org[0].strip()}")
    if any(part.strip() for part in org[1:]):
        notes.append("部门: " + " / ".join(part.strip() for part in org[1:] if part.strip()))
    if title and title != tagged["title"]:
        notes.append(f"职位: {title}")
    notes.extend(_extra_lines(card, labels, values.get("city", ""), impps))
    if notes:
        values["notes"] = "\n".join(dict.fromkeys(notes))  # a line said twice, once
    cells = [values.get(c.field, "") for c in cols.COLUMNS]
    cells[cols.index("phones")] = "\n".join(phones)
    return cells, card.warnings


def _extra_lines(card: Card, labels: dict[str, str], city: str, impps: list[str]) -> list[str]:
    """The card's properties without a field of their own, as lines of the notes."""
    out = []
    adrs = card.all("ADR")
    for adr in adrs:
        text = _address(split_structured(adr.value), city)
        if text:
            out.append(f"{_labelled('地址', adr, labels)}: {text}")
    if not adrs:
        out += [f"{_labelled('地址', p, labels)}: {_one_line(unescape(p.value))}"
                for p in card.all("LABEL") if p.value.strip()]
    out += [f"生日: {_date(p.value)}" for p in card.all("BDAY") if p.value.strip()]
    for v in impps:
        scheme, _, rest = v.partition(":")
        known = rest and scheme.lower() in _IM_SCHEMES
        out.append(f"{_IM_SCHEMES[scheme.lower()]}: {rest}" if known else f"即时通讯: {v}")
    for p in card.all("X-ANDROID-CUSTOM"):
        kind, *data = split_structured(p.value)
        text = next((d.strip() for d in data if d.strip()), "")
        if text:
            name = kind.rsplit("/", 1)[-1]
            out.append(f"{_ANDROID.get(name, name)}: {text}")
    for p in card.props:
        if p.name in _USED or p.name.startswith(X_PREFIX) or not p.value.strip() or (
                p.name not in _LABELS and p.name.startswith(_MACHINE)):
            continue
        text = unescape(p.value).strip()
        if p.name == "CATEGORIES":
            groups = [g.strip() for g in split_structured(p.value, ",")
                      if g.strip() and g.strip().lower() not in _GOOGLE_GROUPS]
            text = ", ".join(groups)
        elif p.name in ("ANNIVERSARY", "X-ABDATE") or p.name.endswith("ANNIVERSARY"):
            text = _date(p.value)
        if not text:
            continue
        if p.name in _LABELS:
            out.append(f"{_labelled(_LABELS[p.name], p, labels)}: {_one_line(text)}")
        elif len(text) <= _MAX_UNKNOWN:
            out.append(f"{p.name}: {_one_line(text)}")
    return out


def _labelled(word: str, prop: Prop, labels: dict[str, str]) -> str:
    """``地址(办公)``: the property's Apple label or its TYPE, in our words, after its word."""
    label = tel_label(prop, labels)  # an Apple label (built-ins in our words), else the TYPE
    label = _APPLE.get(label.lower(), label)  # the built-ins a phone number never has
    return f"{word}({label})" if label and label != word else word


def _address(parts: list[str], city: str) -> str:
    """ADR's seven parts (box; extended; street; city; region; postcode; country) as one line:
    a Chinese address from the country down, any other from the street up. Empty when all it
    says is the city already read into the city field."""
    parts = [_one_line(p) for p in parts] + [""] * 7
    box, extended, street, locality, region, code, country = parts[:7]
    if not any((box, extended, street, region, code, country)) and locality in ("", city):
        return ""
    if _CJK.search("".join(parts)):
        text = "".join(p for p in (country, region, locality, street, extended, box) if p)
        return f"{text} {code}".strip()
    western = (box, extended, street, locality, f"{region} {code}".strip(), country)
    return ", ".join(p for p in western if p)


def _date(value: str) -> str:
    """19800521 -> 1980-05-21 (as dates elsewhere here); 1980-05-21T00:00:00Z -> 1980-05-21;
    --0415 (no year) -> --04-15; anything else as written."""
    text = unescape(value).strip()
    m = re.fullmatch(r"(\d{4}-?|--)(\d{2})-?(\d{2})(?:T[\d:]+Z?)?", text)
    return f"{m.group(1).rstrip('-') or '-'}-{m.group(2)}-{m.group(3)}" if m else text


def _one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.replace("\r", "\n").split("\n") if line.strip())


class VcardReader:
    def __init__(self, data: bytes):
        self.data = data

    @staticmethod
    def open(path: Path) -> Source:
        data = read_bytes(path, MAX_TEXT_FILE)
        if next(read_cards(data), None) is None:  # was "every column is recognised", 0 rows
            raise FileUnreadable("{name} holds no vCard: no line BEGIN:VCARD (a contact "
                                 "exported from a phone starts so).", name=path.name)
        return Source(path=path, format="vcard", headers=list(cols.HEADERS), header_line=0,
                      encoding="", own_format=True, fixed_mapping=True,
                      _reader=VcardReader(data))

    def rows(self, source: Source) -> Iterator[RawRow]:
        number = 0
        for card in read_cards(self.data):
            number += 1
            if card.error:
                yield RawRow(card.line, [], error=msg("card {number}: {problem}", number=number,
                                                      problem=card.error))
                continue
            try:
                cells, warnings = card_to_cells(card)
            except Exception as e:  # one broken card never stops the others
                yield RawRow(card.line, [], error=msg(
                    "card {number}: unreadable ({kind}: {error})", number=number,
                    kind=type(e).__name__, error=e))
                continue
            yield RawRow(card.line, cells, warnings=list(warnings))

    def estimated_rows(self, source: Source) -> int:
        return max(1, card_count(self.data))
