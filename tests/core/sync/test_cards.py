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
