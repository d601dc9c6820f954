"""The core's messages (errors, filter errors, import details) in Chinese under zh_CN."""
import pytest
from PySide6.QtCore import QTranslator

from desktop_app import app
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.messages import msg
from desktop_app.ui.common.core_text import core_text, error_core_text, message_text
from desktop_app.ui.transfer.import_wizard.wizard import ImportWizard
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def chinese(qapp, monkeypatch):
    monkeypatch.setenv(app.LANG_ENV, "zh_CN")
    translators = app.install_translator(qapp)
    assert translators, "contact_book_zh_CN.qm did not load"
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture
def zh_window(qtbot, chinese, sample):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.safety.shutdown()


def test_a_bad_due_term_is_explained_in_chinese(qtbot, zh_window):
    with qtbot.waitSignal(zh_window.model.filter_shown, timeout=2000):
        zh_window.search.edit.setText("city:上海 due:xyz")
    label = zh_window.search.error_label
    assert label.isVisibleTo(zh_window)
    assert label.text() == ("看不懂 due:xyz；请写 due:today、due:overdue、due:week、due:tomorrow、"
                            "due:none，或日期如 due:2026-12-01。")


def test_a_group_name_clash_is_told_in_chinese(qtbot, zh_window, message_boxes):
    panel = zh_window.sidebar.groups
    with qtbot.waitSignal(zh_window.model.filter_shown, timeout=2000):
        zh_window.search.edit.setText("source:=知乎")
    assert panel.create("知乎来的") is not None
    assert panel.create("知乎来的") is None
    assert [text for _, text in message_boxes.take()] == ["已经有名为 '知乎来的' 的分组了。"]


def test_an_xls_file_is_refused_in_chinese(qtbot, chinese, db, tmp_path):
    path = tmp_path / "客户.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    parent = MainWindow()
    qtbot.addWidget(parent)
    wizard = ImportWizard(parent, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    text = wizard.file_page.message.text()
    assert "客户.xls 是旧版 Excel .xls 文件；请先在 Excel 或 WPS 中另存为 .xlsx 或 CSV。" in text
    assert "old Excel" not in text and not wizard.file_page.isComplete()
    parent.safety.shutdown()


def test_import_details_and_nested_messages_in_chinese(chinese):
    assert message_text(msg("same phone as contact #{id}", id=7)) == "电话号码与已有联系人 #7 相同"
    nested = msg("card {number}: {problem}", number=3,
                 problem=msg("the file ends inside an empty card"))
    assert message_text(nested) == "第 3 张名片：文件结束在一张空名片中"
    assert message_text("plain text") == "plain text"


def test_the_sources_report_note_says_roi_in_chinese(chinese):
    """The note under the sources report began "ROI = 成交金额 ÷ 投入" below a column named
    投入产出比."""
    text = message_text(msg("ROI = won amount / spend; spend is entered per source and month."))
    assert text.startswith("投入产出比 = 成交金额 ÷ 投入") and "ROI" not in text


def test_a_bad_server_address_is_quoted_in_chinese(chinese):
    """The sync dialog said "不是网址 不是 http(s) 地址。": the typed address ran into the text."""
    text = message_text(msg("{url} is not an http(s) address.", url="不是网址"))
    assert text == "“不是网址”不是 http(s) 地址。"


def test_english_without_a_translation():
    error = NotFound("No group with id {id}.", id=5)
    assert error_core_text(error) == "No group with id 5."
    assert core_text("Not in the translations {x}.", {"x": 1}) == "Not in the translations 1."


class _Wrong(QTranslator):
    """A translation whose placeholders do not match the template's."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return {"A group named {name!r} already exists.": "已有分组 {名称}。",
                "No group with id {id}.": "没有编号为 {id:%} 的分组。",
                "Unknown field {field!r}.": "没有字段 {field!r"}.get(source, "")


def test_wrong_placeholders_fall_back_to_english(qapp):
    wrong = _Wrong()
    qapp.installTranslator(wrong)
    try:
        error = ValidationError("name", "A group named {name!r} already exists.", name="大客户")
        assert error_core_text(error) == "A group named '大客户' already exists."
        assert error_core_text(NotFound("No group with id {id}.", id=5)) == "No group with id 5."
        assert core_text("Unknown field {field!r}.", {"field": "x"}) == "Unknown field 'x'."
        assert core_text("Unknown field {field!r}.", {}) == "Unknown field {field!r}."
    finally:
        qapp.removeTranslator(wrong)
