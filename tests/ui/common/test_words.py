"""One language at a time: stored words (stages, phone labels), counts, the calendar header,
export file names and the print preview title follow the UI's language."""
from datetime import date

import pytest

from desktop_app import app
from desktop_app.ui.common import words


@pytest.fixture
def chinese(qapp, monkeypatch):
    monkeypatch.setenv(app.LANG_ENV, "zh_CN")
    translators = app.install_translator(qapp)
    assert len(translators) == 2
    yield
    for t in translators:
        qapp.removeTranslator(t)


def test_english_words(qapp):
    assert list(words.stage_names().values())[:4] == ["Lead", "Contacted", "Interested",
                                                      "Proposal"]
    assert words.phone_label_text("手机") == "Mobile"
    assert words.phone_label_value("Mobile") == "手机"
    assert words.phone_label_text("私人") == "私人" == words.phone_label_value("私人")


def test_chinese_words(chinese):
    assert words.stage_names()["proposal"] == "报价"
    assert words.phone_label_text("办公") == "办公" == words.phone_label_value("办公")


@pytest.mark.parametrize("n, expected", [(0, "0 contacts"), (1, "1 contact"),
                                         (2, "2 contacts"), (6174, "6,174 contacts")])
def test_count_text(n, expected):
    assert words.count_text(n, "1 contact", "%1 contacts") == expected


def test_phone_editor_shows_the_ui_word_and_stores_the_chinese_one(qtbot):
    from desktop_app.ui.contacts.phone_editor import PhoneEditor

    editor = PhoneEditor()
    qtbot.addWidget(editor)
    editor.set_phones([("手机", "13812345678"), ("办公", "021-61234567")])
    assert [r.label.currentText() for r in editor.rows()] == ["Mobile", "Office"]
    assert editor.phones() == [("手机", "13812345678"), ("办公", "021-61234567")]


def test_calendar_header_reads_year_then_month_in_chinese(qtbot, chinese):
    from desktop_app.ui.followup.calendar_view import DueCalendar

    calendar = DueCalendar(lambda: date(2026, 12, 3))
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(2026, 12)
    assert calendar.header_text() == "2026年 12月"
    calendar.setCurrentPage(2027, 1)
    assert calendar.header_text() == "2027年 1月"


def test_export_names_use_the_chinese_keys_in_the_chinese_ui(chinese):
    from desktop_app.ui.transfer.export_dialog import file_part, filter_in_ui_language

    assert file_part(filter_in_ui_language("source:知乎 -stage:lost 上海")) == \
        "来源_知乎_-阶段_lost_上海"


def test_export_names_keep_english_keys_in_the_english_ui(qapp):
    from desktop_app.ui.transfer.export_dialog import filter_in_ui_language

    assert filter_in_ui_language("source:知乎") == "source:知乎"


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_rows_up_to_is_the_row_count_of_a_plain_csv(tmp_path, ending):
    from desktop_app.core.transfer.importing.source import open_source

    path = tmp_path / "eight.csv"
    lines = ["姓名,手机"] + [f"客户{i},1381234567{i}" for i in range(8)]
    path.write_text(ending.join(lines) + ending if ending else "\n".join(lines),
                    encoding="utf-8")
    assert open_source(path).estimated_rows() == 8


# (value, Chinese, English): a total reads as the report tables write amounts
ROUNDED = [(801_606_000, "8.02亿", "801.61M"), (1_234_567, "123.5万", "1.23M"),
           (8_500, "8,500", "8,500"), (800_000, "80万", "800k"), (999, "999", "999"),
           (3_000_000_000, "30亿", "3B"), (999_960, "100万", "1M"),
           (99_999_999, "1亿", "100M")]


def test_a_rounded_total_reads_as_the_reports_write_it_in_english(qapp):
    """The call sheet's total and the content report's won amounts: one rounding with the
    report tables (it was a copy of its own that printed 999,960 as 1000k)."""
    from desktop_app.core.messages import kmb_text

    for value, _, en in ROUNDED:
        assert words.rounded_amount_text(value) == en == kmb_text(value)


def test_a_rounded_total_reads_as_the_reports_write_it_in_chinese(chinese):
    from desktop_app.core.messages import wan_text

    for value, zh, _ in ROUNDED:
        assert words.rounded_amount_text(value) == zh == wan_text(value)
