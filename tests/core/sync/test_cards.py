"""The card mapping alone (no server): which lines of a card say what, after a phone's edit."""
from __future__ import annotations

from desktop_app.core.sync import cards

OLD = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"
CEO = "上海-壹点零壹影响力-咨询-1千万-叶辉-CEO-知乎"
NEW = "上海-壹点零壹影响力-咨询-2千万-叶辉-总裁-知乎"


def _state(tag: str) -> dict:
    state = cards.empty_state()
    state["fields"].update(cards.values_from_tag(tag))
    return cards.normalize(state)


def _card(fn: str, written_from: str) -> bytes:
    """Our card of ``written_from`` whose FN the phone changed to ``fn`` (nothing else)."""
    data = cards.to_card("u1", _state(written_from))
    return data.replace(f"FN:{written_from}".encode(), f"FN:{fn}".encode())


def test_an_fn_edit_over_old_title_lines_is_read_from_the_fn():
    """A card left by an earlier FN edit (before such cards were written again): its TITLE and
    X- lines still say 创始人, the last sync took CEO from the FN; a new FN edit says 总裁.
    The stale TITLE is not a phone edit of the title (it equals our own X- line)."""
    _, state, _ = cards.from_card(_card(NEW, OLD), _state(CEO))
    assert (state["fields"]["title"], state["fields"]["deal_size"]) == ("总裁", "2千万")


def test_a_phone_edit_of_title_still_wins_over_the_tag():
    data = cards.to_card("u1", _state(OLD)).replace("\r\nTITLE:创始人".encode(), "\r\nTITLE:董事长".encode())
    _, state, _ = cards.from_card(data, _state(OLD))
    assert state["fields"]["title"] == "董事长"
    assert not cards.agrees(data, cards.normalize(state))  # FN and X- lines still say 创始人


def test_which_cards_agree_with_what_was_read():
    assert cards.agrees(cards.to_card("u1", _state(OLD)), _state(OLD))
    stale = _card(NEW, OLD)
    _, state, _ = cards.from_card(stale, _state(OLD))
    assert not cards.agrees(stale, cards.normalize(state))
    phone = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li Na\r\nN:Li;Na;;;\r\nTITLE:Buyer\r\nEND:VCARD\r\n"
    _, state, _ = cards.from_card(phone, None)
    assert cards.agrees(phone, cards.normalize(state))  # a phone's own card is left alone


IPHONE = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.2//EN\r\n"
          b"N:Li;Na;;;\r\nFN:Li Na\r\nORG:\xe5\x8d\x8e\xe5\xa4\x8f\xe9\xa4\x90\xe9\xa5\xae;\r\n"
          b"item1.EMAIL;type=INTERNET;type=pref:li.na@example.cn\r\n"
          b"item1.X-ABLabel:_$!<Other>!$_\r\n"
          b"TEL;type=CELL;type=VOICE;type=pref:139 0000 0002\r\n"
          b"TEL;type=HOME;type=FAX:010-6000 0003\r\n"
          b"item2.TEL:138 0000 0004\r\nitem2.X-ABLabel:\xe8\x80\x81\xe5\xae\xb6\r\n"
          b"NOTE:\xe5\x9c\xa8\xe5\xb1\x95\xe4\xbc\x9a\xe4\xb8\x8a\xe8\xae\xa4\xe8\xaf\x86\r\n"
          b"UID:iphone-1\r\nEND:VCARD\r\n")


def _read(data: bytes = IPHONE) -> tuple[str, dict, bytes]:
    uid, state, kept = cards.from_card(data)
    return uid, cards.normalize(state), kept


def _tels(data: bytes) -> dict[str, tuple[str, list[str]]]:
    """{number: (its TEL head, its group's X-ABLabel values)}, from the unfolded lines."""
    lines = [ln for ln in data.replace(b"\r\n ", b"").decode().split("\r\n") if ln]
    out = {}
    for ln in lines:
        head, _, value = ln.partition(":")
        if head.split(";")[0].split(".")[-1].upper() == "TEL":
            group = head.split(";")[0].rpartition(".")[0]
            labels = [v.partition(":")[2] for v in lines if group and
                      v.upper().startswith(group.upper() + ".X-ABLABEL:")]
            out[value] = (head, labels)
    return out


def test_a_number_relabelled_here_gets_the_new_type_and_keeps_the_phones_pref():
    uid, state, kept = _read()
    assert state["phones"][0] == ["手机", "139 0000 0002"]
    state["phones"][0][0] = "办公"
    state["phones"].pop(2)  # 老家 deleted here: its line and its label go
    tels = _tels(cards.to_card(uid, state, kept))
    head, labels = tels["139 0000 0002"]
    assert {p.upper() for p in head.split(";")[1:]} == {"TYPE=WORK,PREF"} and labels == ["办公"]
    assert tels["010-6000 0003"] == ("TEL;type=HOME;type=FAX", [])  # untouched: as it was
    assert "138 0000 0004" not in tels and "老家".encode() not in cards.to_card(uid, state, kept)


def test_new_digits_here_go_into_the_phones_line_with_its_type_pref_and_label():
    uid, state, kept = _read()
    state["phones"][0][1] = "139 0000 0009"
    state["phones"][2][1] = "138 0000 0005"
    tels = _tels(cards.to_card(uid, state, kept))
    assert tels["139 0000 0009"] == ("TEL;type=CELL;type=VOICE;type=pref", [])
    assert tels["138 0000 0005"] == ("item2.TEL", ["老家"])
    assert "139 0000 0002" not in tels


def test_the_phones_structured_name_stays_until_the_tag_changes_here():
    uid, state, kept = _read()
    state["fields"]["stage"] = "contacted"
    data = cards.to_card(uid, state, kept)
    assert b"\r\nN:Li;Na;;;\r\n" in data and b"\r\nFN:Li Na\r\n" in data
    assert cards.agrees(data, _read(data)[1])  # the phone's name in FN: no rewrite loop
    state["fields"]["city"] = "上海"  # the tag changes: the phone shows it (FN, and N for iOS)
    data = cards.to_card(uid, state, kept)
    tag = cards.tag_of(state["fields"])
    assert f"\r\nFN:{tag}\r\n".encode() in data and f"\r\nN:{tag};;;;\r\n".encode() in data
    assert b"N:Li;Na" not in data and cards.agrees(data, _read(data)[1])


def test_an_email_changed_here_keeps_the_phones_type_pref_and_label():
    uid, state, kept = _read()
    state["fields"]["email"] = "na.li@example.cn"
    data = cards.to_card(uid, state, kept)
    assert b"\r\nitem1.EMAIL;type=INTERNET;type=pref:na.li@example.cn\r\n" in data
    assert b"\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n" in data and b"li.na@" not in data
    state["fields"]["email"] = ""  # cleared here: the line goes, and its label with it
    data = cards.to_card(uid, state, kept)
    assert b"EMAIL" not in data and b"_$!<Other>!$_" not in data


def test_a_card_written_over_the_phones_reads_back_to_the_same_state_and_hash():
    uid, state, kept = _read()
    state["fields"]["notes"] = "回访过\n下周再打"
    state["phones"][1][1] = "010-6000 0008"
    data = cards.to_card(uid, state, kept)
    _, again, kept_again = _read(data)
    assert again == state and kept_again == cards.kept_of(data)
    assert cards.content_hash(again, kept_again) == cards.content_hash(state, cards.kept_of(data))
