"""The call sheet and the .ics file in the window's language: English on an English machine,
today's Chinese on a Chinese one, the command line like the window (``CONTACT_BOOK_LANG``,
else the system's language). Read back from real PDFs and calendar files."""
import re
from datetime import date, datetime, timedelta

import pytest

from desktop_app import app
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import agenda, callsheet, touches
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.transfer import ics
from tests.ui.printing.test_printing import flat, pdf_pages_text

pypdf = pytest.importorskip("pypdf")
icalendar = pytest.importorskip("icalendar")

# step arithmetic on calendar days: the leads below start on a Saturday
pytestmark = pytest.mark.usefixtures("calendar_day_builtins")

TODAY = date(2026, 11, 24)  # a Tuesday
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3001-\u3011]")
NOTE = "说下周再打，老板出差了"


def at(day: date, hour: int = 2) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def lead(name: str, stage: str, deal: str, *phones: str) -> int:
    cid, _ = contacts.create({"name": name, "stage": stage, "deal_size": deal, "city": "上海",
                              "company": "启明", "title": "创始人"}, list(phones),
                             now=at(TODAY - timedelta(days=40)))
    return cid


@pytest.fixture
def day_leads(db):
    """Three leads due on TODAY: one 3 days overdue, one on a retry after an unanswered call
    (its last interaction), one starting 21天成交 today."""
    late = lead("李强", "lead", "", "13900001111")
    retry = lead("叶辉", "proposal", "1千万", "13812345678")
    new = lead("王芳", "interested", "50万", "13700002222")
    tp.start([late], "golden-week", TODAY - timedelta(days=3), now=at(TODAY - timedelta(days=3)))
    tp.start([retry], "golden-week", TODAY - timedelta(days=1), now=at(TODAY - timedelta(days=1)))
    tp.start([new], "close-21", TODAY, now=at(TODAY - timedelta(days=1)))
    touches.log(retry, "call", "no-answer", summary=NOTE, now=at(TODAY - timedelta(days=1), 5))
    return [late, retry, new]


def window_sheet(salesperson: str):
    """The day's sheet as the window's File › Print Today's Call Sheet builds it."""
    from desktop_app.ui.common.words import language, step_text

    return callsheet.for_day(TODAY, TODAY, salesperson, language=language(),
                             step_label=step_text)


def sheet_text(sheet, path) -> str:
    from desktop_app.ui.printing.printer import write_pdf

    assert write_pdf(sheet, path) == 1
    return flat(pdf_pages_text(path)[0])


def squashed(text: str) -> str:
    """Without white space: text extraction puts spaces in Chinese ("第 1 / 1 页" may come
    back as 第1/1页) and orders the boxes of one row its own way."""
    return "".join(text.split())


def assert_has(text: str, *phrases: str) -> None:
    found = squashed(text)
    missing = [p for p in phrases if squashed(p) not in found]
    assert not missing, (missing, text)


def without_user_data(text: str) -> str:
    """The sheet's words less those from what the user typed (names, naming tags, the note:
    a wrapped line may cut them anywhere)."""
    typed = [NOTE] + [x for r in contacts.get_many(contacts.ids()) for x in (r.tag, r.name)]
    return " ".join(w for w in text.split() if not any(w in t for t in typed))


def test_an_english_window_prints_an_english_sheet(day_leads, english, tmp_path):
    text = sheet_text(window_sheet("Ann Lee"), tmp_path / "en.pdf")
    assert_has(text, "Daily call sheet", "Tuesday, 24 November 2026", "Salesperson: Ann Lee",
               "Today's follow-ups", "3 leads · 1 overdue · 2 due today · total 10.5M",
               "Lead · naming tag · follow-up · last contact", "Phone", "Outcome · notes",
               "Reached No answer Replied No reply Notes", "3 days overdue",
               "Golden week · Day 1 · retry 1", "Close in 21 days · Day 1", "Today",
               "Proposal · 10M", "Interested · 500k", "· Lead",
               f"Last 23 Nov Call · No answer: {NOTE}", "Page 1 of 1")
    assert text.count("Reached No answer Replied No reply Notes") == 3
    left = without_user_data(text)
    assert not CJK.findall(left), left


def test_a_chinese_window_prints_the_sheet_it_always_printed(day_leads, chinese, tmp_path):
    sheet = window_sheet("张三")
    # the core's own Chinese (the default of for_day) is what the Chinese window words
    assert sheet == callsheet.for_day(TODAY, TODAY, "张三")
    text = sheet_text(sheet, tmp_path / "zh.pdf")
    assert_has(text, "每日电话清单", "2026年11月24日 星期二", "销售：张三", "今日跟进",
               "共 3 人 · 逾期 1 · 今日 2 · 金额合计 1,050万", "客户 · 命名标签 · 跟进 · 上次联系",
               "电话", "结果 · 备注", "接通 未接 已回复 未回复 备注", "逾期 3 天",
               "黄金七天 · 第1天 · 重拨1", "21天成交 · 第1天", "今天", "报价 · 1000万",
               "意向 · 50万", "· 线索", f"上次 11-23 电话 · 未接：{NOTE}", "第 1 / 1 页")
    assert not re.search(r"\b(Call|Reached|Golden|Page|Today|Notes|Proposal)\b", text), text


def test_the_chinese_window_and_the_core_word_every_built_in_step_alike(chinese):
    """The command line's .ics on a Chinese machine keeps the core's stored Chinese (no
    translation loaded there): the same words as the Chinese window's ``step_text``."""
    from desktop_app.core.followup import cadence
    from desktop_app.ui.common.words import step_text

    for tpl in cadence.BUILTIN_TEMPLATES:
        for step in range(len(tpl.days) + 2):  # past the listed days: repeats, or the end
            for retry in (0, 1, 2):
                assert step_text(tpl, step, retry) == tp.step_text(tpl, step, retry)


def test_long_english_words_wrap_and_elide_inside_the_column(qapp, english, tmp_path):
    from desktop_app.ui.printing.printer import SheetLayout, pdf_writer

    long_tag = ("Shanghai-Supercalifragilisticexpialidocious International Consolidated "
                "Holdings Limited-Consulting-10M-Maximilian-Chief Executive Officer-LinkedIn")
    note = "Said to call back next week " * 6
    row = callsheet.CallSheetRow(
        1, long_tag, "Maximilian Featherstonehaugh-Worthington", ("138 1234 5678",),
        ("手机",), stage="interested", deal_value=10**7, step="Golden week · Day 3",
        due=TODAY, last=callsheet.LastInteraction(TODAY - timedelta(days=2), "Call",
                                                  "No answer", note.strip()))
    sheet = callsheet.CallSheet(TODAY, "Ann Lee", (row,))
    layout = SheetLayout(sheet, pdf_writer(tmp_path / "m.pdf", sheet))
    width = layout.info_w - 2 * layout.pad
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3  # longer than a line
    for font, text in (("tag", long_tag), ("step", note), ("tag", word)):
        lines = layout.wrap(font, text, width, 2)
        assert len(lines) == 2
        assert all(layout.text_width(font, line) <= width for line in lines), lines
        assert lines[-1].endswith("…")
    # between words: no word of the tag is cut where a space was there to break at
    first = layout.wrap("tag", long_tag, width, 2)[0]
    assert long_tag.startswith(first) and long_tag[len(first)] == " "
    # an English naming tag breaks after a hyphen, not inside a word; the elided last line
    # goes on from there without a space put in
    tag = "London-Acme-Consulting-10M-John-CEO-LinkedIn-" * 6
    first, second = layout.wrap("tag", tag, width, 2)
    assert first.endswith("-") and tag.startswith(first)
    assert tag[len(first):].startswith(second[:-1]) and second.endswith("…")
    text = sheet_text(sheet, tmp_path / "long.pdf")
    assert_has(text, "Maximilian", "Interested · 10M", "Mobile", "138 1234 5678",
               "Golden week · Day 3", "Last 22 Nov Call · No answer: Said to call back")


# --- the command line: the language the window would show on this machine ---------------------

def test_cli_callsheet_and_due_ics_follow_the_language(day_leads, db_path, qapp, capsys,
                                                       tmp_path, fixed_today, monkeypatch):
    from desktop_app.cli import main
    from desktop_app.ui.common.words import language

    db = str(db_path)
    wang = contacts.get(day_leads[2]).tag
    fixed_today(TODAY)
    texts, summaries = {}, {}
    for lang in ("en", "zh_CN"):
        monkeypatch.setenv(app.LANG_ENV, lang)
        pdf, cal = tmp_path / f"{lang}.pdf", tmp_path / f"{lang}.ics"
        assert main(["callsheet", "--db", db, "--salesperson", "Ann", "--pdf", str(pdf)]) == 0
        assert language() == "en"  # the command took its translation away again
        assert main(["due", "--db", db, "--ics", str(cal), "--days", "1"]) == 0
        capsys.readouterr()
        texts[lang] = flat(pdf_pages_text(pdf)[0])
        events = icalendar.Calendar.from_ical(cal.read_bytes()).walk("VEVENT")
        summaries[lang] = {str(e["SUMMARY"]): str(e["DESCRIPTION"]).splitlines()[-2:]
                           for e in events}
    assert_has(texts["en"], "Daily call sheet", "Golden week · Day 1 · retry 1",
               "Reached No answer Replied No reply", "Page 1 of 1", "Contact Book · 2026-11-24")
    assert not CJK.findall(without_user_data(texts["en"]))
    assert_has(texts["zh_CN"], "每日电话清单", "黄金七天 · 第1天 · 重拨1", "接通 未接 已回复 未回复",
               "第 1 / 1 页", "通讯录 · 2026-11-24")
    assert summaries["en"] == {
        "Golden week · Day 1 · retry 1 · 叶辉": ["2026-11-23 Call No answer", NOTE],
        "Close in 21 days · Day 1 · 王芳": [wang, "137 0000 2222"]}
    assert summaries["zh_CN"] == {
        "黄金七天 · 第1天 · 重拨1 · 叶辉": ["2026-11-23 电话 未接", NOTE],
        "21天成交 · 第1天 · 王芳": [wang, "137 0000 2222"]}


def test_ics_step_names_follow_the_window(day_leads, english, tmp_path):
    from desktop_app.ui.common.words import language, step_text

    items = agenda.page(TODAY, TODAY, limit=None)
    english_events = ics.touchpoint_events(items, language=language(), step_label=step_text)
    chinese_events = ics.touchpoint_events(items)
    assert sorted(e.summary for e in english_events) == [
        "Close in 21 days · Day 1 · 王芳", "Golden week · Day 1 · retry 1 · 叶辉"]
    assert sorted(e.summary for e in chinese_events) == [
        "21天成交 · 第1天 · 王芳", "黄金七天 · 第1天 · 重拨1 · 叶辉"]
    assert [e.uid for e in english_events] == [e.uid for e in chinese_events]
