import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.ui.events import Events
from desktop_app.ui.common.undo import Operations
from desktop_app.ui.contacts.detail_pane import DetailPane

from tests.ui.helpers import type_text

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"
EXPECTED = dict(zip(FIELDS, ("上海", "壹点零壹影响力", "咨询", "1千万", "叶辉", "创始人", "知乎")))


@pytest.fixture
def pane(qtbot, db):
    ops = Operations(Events())
    widget = DetailPane(ops)
    widget.ops_keepalive = ops
    qtbot.addWidget(widget)
    widget.show()
    return widget


def field_texts(pane):
    return {f: pane.fields[f].text() for f in FIELDS}


@pytest.mark.parametrize("text", [
    TAG,
    "上海－壹点零壹影响力－咨询－1千万－叶辉－创始人－知乎",
    "上海 — 壹点零壹影响力 — 咨询 — 1千万 — 叶辉 — 创始人 — 知乎",
    "上海_壹点零壹影响力_咨询_1千万_叶辉_创始人_知乎",
])
def test_pasting_a_tag_fills_the_seven_fields(qtbot, pane, text):
    QGuiApplication.clipboard().setText(text)
    pane.tag_edit.setFocus()
    pane.tag_edit.paste()
    assert field_texts(pane) == EXPECTED
    assert pane.deal_hint.text() == "= 10M"
    assert pane.is_dirty() and pane.save_button.isEnabled()


def test_typing_a_tag_fills_fields_as_you_go(qtbot, pane):
    type_text(pane.tag_edit, "北京-华信")
    assert pane.fields["city"].text() == "北京"
    assert pane.fields["company"].text() == "华信"
    assert pane.tag_edit.text() == "北京-华信"  # the tag box is not rewritten while typing


def test_editing_a_field_recomposes_the_tag(qtbot, pane):
    pane.tag_edit.setText("")
    type_text(pane.tag_edit, TAG)
    pane.fields["name"].clear()
    type_text(pane.fields["name"], "王伟")
    assert pane.tag_edit.text() == "上海-壹点零壹影响力-咨询-1千万-王伟-创始人-知乎"
    type_text(pane.fields["company"], "-Cola")  # a separator inside a field
    assert pane.tag_edit.text().split("-")[1] == "壹点零壹影响力·Cola"


def test_deal_hint_for_text_that_is_not_an_amount(qtbot, pane):
    type_text(pane.fields["deal_size"], "面议")
    assert pane.deal_hint.text() == "not an amount"
    pane.fields["deal_size"].clear()
    type_text(pane.fields["deal_size"], "200w")
    assert pane.deal_hint.text() == "= 2M"


def test_enter_in_the_tag_box_creates_the_contact(qtbot, pane):
    type_text(pane.tag_edit, TAG)
    row = pane.phones.rows()[0]
    type_text(row.number, "138 1234 5678")
    pane.phones.add_row("微信", "yehui101")
    pane.stage.setCurrentIndex(pane.stage.findData("interested"))
    with qtbot.waitSignal(pane.saved) as saved:
        qtbot.keyClick(pane.tag_edit, Qt.Key.Key_Return)
    record = contacts.get(saved.args[0])
    assert record.tag == TAG and record.stage == "interested"
    assert [(p.label, p.raw) for p in record.phones] == [("手机", "138 1234 5678"),
                                                          ("微信", "yehui101")]
    assert pane.contact_id == record.id and not pane.is_dirty()


def test_bad_email_is_shown_and_typed_values_stay(qtbot, pane):
    type_text(pane.tag_edit, TAG)
    type_text(pane.email, "ye-at-101.cn")
    type_text(pane.notes, "下周三电话")
    with qtbot.assertNotEmitted(pane.saved):
        assert pane.save() is False
    assert pane.error_label.isVisible()
    assert "ye-at-101.cn" in pane.error_label.text()
    assert pane.email.hasFocus() or not pane.isActiveWindow()
    assert field_texts(pane) == EXPECTED and pane.email.text() == "ye-at-101.cn"
    assert pane.notes.toPlainText() == "下周三电话"
    assert contacts.count() == 0 and pane.contact_id is None and pane.is_dirty()
    pane.email.setText("ye@101.cn")
    assert pane.save() is True
    assert not pane.error_label.isVisible() and contacts.get(pane.contact_id).email == "ye@101.cn"


def test_removing_phone_rows(qtbot, pane):
    cid, _ = contacts.create({"name": "叶辉"}, [("手机", "13812345678"), ("办公", "02112345678")])
    pane.show_contact(cid)
    assert pane.phones.phones() == [("手机", "13812345678"), ("办公", "02112345678")]
    qtbot.mouseClick(pane.phones.rows()[0].remove, Qt.MouseButton.LeftButton)
    assert pane.phones.phones() == [("办公", "02112345678")] and pane.is_dirty()
    assert pane.save()
    assert [p.raw for p in contacts.get(cid).phones] == ["02112345678"]


def test_revert_restores_the_loaded_values(qtbot, pane):
    cid, _ = contacts.create(contacts.values_from_tag(TAG))
    pane.show_contact(cid)
    type_text(pane.fields["city"], "浦东")
    assert pane.is_dirty()
    qtbot.mouseClick(pane.revert_button, Qt.MouseButton.LeftButton)
    assert not pane.is_dirty() and pane.fields["city"].text() == "上海"
