"""File › Import…: the wizard driven page by page, against a real database."""
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.core.contacts import records as contacts
from desktop_app.core.backup import backup_dir
from desktop_app.core.transfer.importing import Column, list_batches
from desktop_app.ui.transfer.import_wizard import runner as runner_module
from desktop_app.ui.transfer.import_wizard.wizard import (
    DUPLICATES,
    FILE,
    IMPORT,
    MAPPING,
    REPORT,
    ImportWizard,
    open_import_wizard,
)
from tests.ui.helpers import shown_window

SHOTS = Path(os.environ["CONTACT_BOOK_SHOTS"]) if os.environ.get("CONTACT_BOOK_SHOTS") else None

ROWS = [
    ("姓名", "手机", "公司", "城市", "来源", "备注"),
    ("张伟", "13812345678", "华为", "深圳", "展会", "想要报价"),
    ("李娜", "139 8765 4321", "腾讯", "北京", "转介绍", ""),
    ("王芳", "13700001111", "阿里巴巴", "杭州", "官网", "老客户"),  # a duplicate (by phone)
    ("", "", "", "", "", "只有备注"),  # no contact data: skipped
    ("赵磊", "13611112222", "字节跳动", "上海", "抖音", ""),
]


def _shot(widget, name):
    """CONTACT_BOOK_SHOTS=/tmp/shots saves screenshots to look at."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def _write_csv(path: Path, rows, encoding="gbk") -> Path:
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


def _by_name() -> dict:
    return {r.name: r for r in contacts.get_many(contacts.ids())}


@pytest.fixture
def win(qtbot, db):
    contacts.create({"name": "王芳", "company": "阿里"}, [("手机", "13700001111")])
    w = shown_window(qtbot, 1100, 650)
    yield w
    w.safety.shutdown()


@pytest.fixture
def leads(tmp_path):
    return _write_csv(tmp_path / "客户名单.csv", ROWS)


def _wizard(qtbot, win, path=None) -> ImportWizard:
    wizard = ImportWizard(win, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _to_duplicates(qtbot, wizard):
    wizard.next()
    assert wizard.currentId() == MAPPING
    wizard.next()
    assert wizard.currentId() == DUPLICATES
    qtbot.waitUntil(lambda: wizard.duplicates_page.isComplete(), timeout=10000)


def _import(qtbot, wizard):
    wizard.next()
    # done: the wizard moves on to the report (a queued next()); stopped: it stays put
    qtbot.waitUntil(lambda: wizard.currentId() == REPORT or (
        wizard.currentId() == IMPORT and wizard.import_page.isComplete()
        and not wizard.import_page.imported_ok()), timeout=20000)


def test_import_a_gbk_csv_page_by_page(qtbot, win, leads, tmp_path, monkeypatch,
                                       message_boxes):
    before = contacts.count()
    wizard = _wizard(qtbot, win)
    assert wizard.currentId() == FILE
    assert not wizard.file_page.isComplete()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(leads), ""))
    wizard.file_page.browse_button.click()
    page = wizard.file_page
    assert page.isComplete()
    assert page.encoding_label.text() in ("GB18030", "GBK")
    assert "," in page.delimiter_label.text()
    assert page.header_label.text() == "line 1"
    assert page.rows_label.text() == "up to 5"  # five rows below the header, no more
    _shot(wizard, "import_file")

    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.columns == [Column("name"), Column("phone", label="手机"), Column("company"),
                               Column("city"), Column("source"), Column("notes")]
    assert mapping.combos[1].currentText() == "Phone (手机)"
    assert mapping.stored_text(0, "source") == "展会"
    assert mapping.stored_text(1, "phones") == "手机: 139 8765 4321"
    assert mapping.stored_text(0, "title") == ""
    mapping.set_column(4, Column("title"))  # 来源 -> 职位: the preview follows
    assert mapping.columns[4] == Column("title")
    assert mapping.stored_text(0, "title") == "展会"
    assert mapping.stored_text(0, "source") == ""
    mapping.set_column(4, Column("source"))  # and back
    assert mapping.stored_text(0, "source") == "展会"
    _shot(wizard, "import_mapping")

    wizard.next()
    duplicates = wizard.duplicates_page
    qtbot.waitUntil(duplicates.isComplete, timeout=10000)
    counts = {p: [label.text() for label in labels] for p, labels in duplicates.counts.items()}
    assert counts == {"merge": ["3", "1", "1"], "skip": ["3", "0", "2"],
                      "create": ["4", "0", "1"]}
    assert duplicates.policy == "merge"
    assert "1 row matches a contact" in duplicates.found.text()
    assert contacts.count() == before  # a dry run writes nothing
    _shot(wizard, "import_duplicates")

    with qtbot.waitSignal(win.events.changed, timeout=20000):
        _import(qtbot, wizard)
    assert wizard.currentId() == REPORT
    report = wizard.report_page.report
    assert (report.created, report.merged, len(report.skipped)) == (3, 1, 1)
    assert wizard.report_page.skipped_lines() == [5]
    assert "New contacts: 3 · merged into contacts you had: 2 ·" not in wizard.report_page.summary.text()
    assert "New contacts: 3 · merged into contacts you had: 1 ·" in wizard.report_page.summary.text()
    _shot(wizard, "import_report")

    assert contacts.count() == before + 3
    assert [p.name for p in backup_dir(win.safety.path).iterdir() if "before-import" in p.name]
    people = _by_name()
    assert people["张伟"].city == "深圳" and people["张伟"].notes == "想要报价"
    assert people["李娜"].phones[0].e164 == "+8613987654321"
    assert people["王芳"].city == "杭州" and people["王芳"].company == "阿里"  # filled, kept
    assert win.model.rowCount() == before + 3  # the window shows them
    assert "Import 客户名单.csv" in win.ops.stack.undoText()
    assert list_batches()[0]["created_count"] == 3

    saved = tmp_path / "报告.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    wizard.report_page.save_button.click()
    text = saved.read_text(encoding="utf-8-sig")
    assert "5,skipped,empty" in text
    assert "Report saved" in wizard.report_page.message.text()
    plain = tmp_path / "报告"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(plain), "Text (*.txt)"))
    wizard.report_page.save_button.click()
    assert "line 5: empty" in plain.with_suffix(".txt").read_text(encoding="utf-8")

    wizard.report_page.undo_button.click()  # the question is answered Cancel
    message_boxes.expect("question", "Remove the contacts this import created (3) and revert "
                                     "those it merged into (1)?")
    assert contacts.count() == before + 3
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    wizard.report_page.undo_button.click()
    message_boxes.expect("question", "Remove the contacts this import created (3)")
    assert contacts.count() == before
    assert _by_name()["王芳"].city == ""
    assert not wizard.report_page.undo_button.isEnabled()
    assert "removed 3, reverted 1, kept 0" in wizard.report_page.message.text()
    assert win.model.rowCount() == before
    assert not win.ops.stack.canUndo()  # the import left the undo stack


def test_a_skipped_duplicate_names_the_lead_by_its_tag_in_quotes(qtbot, language, win, leads):
    """The report's reason said "same phone as 阿里-王芳" (电话号码与 阿里-王芳 相同): the tag ran
    into the words around it. It stands in quotes, as the command's lines quote the file."""
    wizard = _wizard(qtbot, win, str(leads))
    _to_duplicates(qtbot, wizard)
    wizard.duplicates_page.set_policy("skip")
    _import(qtbot, wizard)
    assert wizard.report_page.table.item(0, 2).text() == (
        '电话号码与“阿里-王芳”相同' if language == "zh_CN" else 'same phone as "阿里-王芳"')
    _shot(wizard, f"import-skipped-{language}")
    wizard.accept()


def test_policy_skip_and_undo_with_edit_undo(qtbot, win, leads):
    before = contacts.count()
    wizard = _wizard(qtbot, win, str(leads))
    assert wizard.file_page.isComplete()
    _to_duplicates(qtbot, wizard)
    wizard.duplicates_page.set_policy("skip")
    _import(qtbot, wizard)
    report = wizard.report_page.report
    assert report.duplicates_policy == "skip"
    assert (report.created, report.merged, len(report.skipped)) == (3, 0, 2)
    assert wizard.report_page.skipped_lines() == [4, 5]
    reasons = [wizard.report_page.table.item(r, 1).text() for r in range(2)]
    assert reasons == ["Duplicate", "No contact data"]
    first = contacts.get(min(contacts.ids()))  # named by its tag, not by its number
    label = "-".join(v for v in (first.city, first.company, first.product, first.deal_size,
                                 first.name, first.title, first.source, first.tag_extra) if v)
    assert wizard.report_page.table.item(0, 2).text() == f'same phone as "{label}"'
    assert _by_name()["王芳"].city == ""  # skipped, not merged
    assert contacts.count() == before + 3
    wizard.accept()
    win.undo_action.trigger()  # Edit › Undo takes the import back
    assert contacts.count() == before
    assert list_batches()[0]["undone_at"] is not None


def test_cancel_mid_import_changes_nothing(qtbot, win, tmp_path, monkeypatch):
    rows = [("姓名", "手机", "公司", "城市")] + [
        (f"客户{i}", f"138{i:08d}", f"公司{i % 50}", "广州") for i in range(3000)]
    big = _write_csv(tmp_path / "big.csv", rows, encoding="utf-8")
    before = contacts.count()
    wizard = _wizard(qtbot, win, str(big))
    _to_duplicates(qtbot, wizard)
    assert wizard.duplicates_page.counts["merge"][0].text() == "3,000"

    real = runner_module.run_import
    calls = []

    def cancel_at_first_progress(source, columns, *, progress, cancel, **kwargs):
        def on_progress(done, total):
            calls.append(done)
            wizard.runner.cancel()  # what the Cancel button does, from inside the run
            progress(done, total)
        return real(source, columns, progress=on_progress, cancel=cancel, **kwargs)

    monkeypatch.setattr(runner_module, "run_import", cancel_at_first_progress)
    _import(qtbot, wizard)
    assert calls == [500]
    page = wizard.import_page
    assert wizard.currentId() == IMPORT and page.report.cancelled
    assert "nothing was imported" in page.status.text()
    assert contacts.count() == before
    assert wizard.button(wizard.WizardButton.FinishButton).isVisible()
    assert list_batches() == []


def test_a_failed_backup_imports_nothing(qtbot, win, leads, monkeypatch, message_boxes):
    def failing_backup(reason, then):
        assert reason == "before-import"
        win.safety.failed.emit("disk full")
    monkeypatch.setattr(win.safety, "backup_before", failing_backup)
    before = contacts.count()
    wizard = _wizard(qtbot, win, str(leads))
    _to_duplicates(qtbot, wizard)
    _import(qtbot, wizard)
    assert "backup before the import could not be written" in wizard.import_page.status.text()
    message_boxes.expect("warning", "disk full")  # what the window says about a failed backup
    assert contacts.count() == before


def test_cancel_button_and_closing_while_importing(qtbot, win, leads):
    wizard = _wizard(qtbot, win, str(leads))
    _to_duplicates(qtbot, wizard)
    wizard.next()
    page = wizard.import_page
    assert page.running
    wizard.reject()  # closing cancels first; the wizard closes when the worker is done
    assert wizard.isVisible() and not page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    # cancelled in time (nothing written), or already written (then shown in the window)
    assert contacts.count() == win.model.rowCount()


def test_unreadable_file_says_why_on_the_page(qtbot, win, tmp_path):
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(os.urandom(3000))
    wizard = _wizard(qtbot, win, str(bad))
    page = wizard.file_page
    assert not page.isComplete()
    assert page.message.text().startswith("This file cannot be imported:")
    assert "名单.xlsx" in page.message.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    page.set_path(str(tmp_path / "missing.csv"))
    assert "is not a file" in page.message.text()
    page.set_path(str(_write_csv(tmp_path / "ok.csv", ROWS)))
    assert page.isComplete() and page.message.text() == ""
    empty = tmp_path / "empty.csv"  # said "Rows: up to 1" and let Next go on
    empty.write_bytes(b"")
    page.set_path(str(empty))
    assert page.message.text() == "This file cannot be imported: it is empty."
    assert not page.isComplete() and page.rows_label.text() == "—"


def test_vcard_mapping_is_fixed(qtbot, win, tmp_path):
    card = tmp_path / "phone.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈静\r\nORG:小米\r\n"
                    "TEL;TYPE=CELL:13512345678\r\nEND:VCARD\r\n", encoding="utf-8")
    wizard = _wizard(qtbot, win, str(card))
    assert wizard.file_page.format_label.text() == "vCard (.vcf)"
    wizard.next()
    assert not any(c.isEnabled() for c in wizard.mapping_page.combos)
    assert wizard.mapping_page.stored_text(0, "name") == "陈静"


def test_the_duplicates_page_counts_a_phones_cards_as_cards(qtbot, win, tmp_path):
    card = tmp_path / "phone.vcf"
    card.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:客户{i}\r\n"
                            f"TEL;TYPE=CELL:1351234567{i}\r\nEND:VCARD\r\n" for i in range(2)),
                    encoding="utf-8")
    wizard = _wizard(qtbot, win, str(card))
    _to_duplicates(qtbot, wizard)
    assert wizard.duplicates_page.status.text() == "2 cards read. Nothing has been written yet."


def test_the_preview_names_the_line_of_a_cards_property_once(qtbot, win, tmp_path):
    """A warning about a card's property says the property's line (the card's is the row's)."""
    card = tmp_path / "phone.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈静\r\nno colon here\r\n"
                    "TEL;TYPE=CELL:13512345678\r\nEND:VCARD\r\n", encoding="utf-8")
    wizard = _wizard(qtbot, win, str(card))
    wizard.next()
    table = wizard.mapping_page.stored_table
    assert table.verticalHeaderItem(0).text() == "1"
    assert table.item(0, table.columnCount() - 1).text() == (
        "line 4: no ':' in “no colon here”, ignored")


def test_menu_action_and_read_only(qtbot, win, monkeypatch, message_boxes):
    assert win.import_action.shortcut().toString() == "Ctrl+I"
    assert win.import_action in win.menuBar().actions()[0].menu().actions()
    wizard = open_import_wizard(win)
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.reject()
    monkeypatch.setattr(type(win.safety), "writable", property(lambda self: False))
    win.update_actions()
    assert not win.import_action.isEnabled()
    assert open_import_wizard(win) is None
    message_boxes.expect("warning", "The database is read-only, so nothing can be imported.")


def _drag(win, paths, kind):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = win.rect().center()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    QApplication.sendEvent(win, enter)
    if kind == "enter" or not enter.isAccepted():  # Qt delivers a drop only after an enter
        return enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop.setAccepted(False)
    QApplication.sendEvent(win, drop)
    return drop.isAccepted()


def test_a_file_dropped_on_the_window_opens_the_wizard(qtbot, win, leads, tmp_path):
    photo = tmp_path / "名片.png"
    photo.write_bytes(b"\x89PNG")
    assert win.acceptDrops()
    assert _drag(win, [leads], "enter")
    assert not _drag(win, [photo], "enter")  # not a contacts file
    assert not _drag(win, [leads, leads], "enter")  # one file at a time
    assert not _drag(win, [photo], "drop")
    QApplication.processEvents()  # a wizard would open from a posted 0 ms timer: none is posted
    assert win.findChild(ImportWizard) is None
    assert _drag(win, [leads], "drop")
    qtbot.waitUntil(lambda: win.findChild(ImportWizard) is not None, timeout=5000)
    wizard = win.findChild(ImportWizard)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    assert wizard.file_page.path_edit.text() == str(leads)
    wizard.reject()


def test_a_file_without_headers_keeps_its_extra_columns_in_the_ui_language(
        qtbot, win, tmp_path, monkeypatch):
    """Issue 17: in the Chinese UI an unmapped column of a file without a header row lands in
    the notes as "第 3 列: …", not "Column 3: …"; the mapping table's headers say the same."""
    from desktop_app import app

    monkeypatch.setenv(app.LANG_ENV, "zh_CN")
    translators = app.install_translator(QApplication.instance())
    try:
        path = _write_csv(tmp_path / "无表头.csv", [
            ("张伟", "13812345678", "周二下午方便"), ("李娜", "13987654321", "只要报价")])
        wizard = _wizard(qtbot, win, str(path))
        wizard.next()
        assert wizard.currentId() == MAPPING
        headers = [wizard.mapping_page.raw_table.horizontalHeaderItem(c).text()
                   for c in range(wizard.mapping_page.raw_table.columnCount())]
        assert headers == ["第 1 列", "第 2 列", "第 3 列"]
        wizard.next()
        qtbot.waitUntil(lambda: wizard.duplicates_page.isComplete(), timeout=10000)
        _import(qtbot, wizard)
        assert wizard.currentId() == REPORT
        notes = [c.notes for c in contacts.get_many(contacts.ids()) if "周二" in c.notes]
        assert len(notes) == 1 and "第 3 列: 周二下午方便" in notes[0], notes
        assert "Column" not in notes[0]
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_the_duplicates_page_tells_of_rows_alike_but_another_lead(qtbot, win, tmp_path):
    """The page said "0 rows match" and the report then warned of a row with the phone of a
    contact that is another lead: the page now says so before the import."""
    from desktop_app.core.contacts import records

    records.create(records.values_from_tag("上海-华信科技-测试-1万-王芳-经理-知乎"),
                   ["13800000001"])
    path = tmp_path / "alike.csv"
    path.write_text("标签,电话\n北京-华信科技-测试-1万-王芳-经理-知乎,13800000001\n", encoding="utf-8")
    wizard = _wizard(qtbot, win, path)
    _to_duplicates(qtbot, wizard)
    text = wizard.duplicates_page.found.text()
    assert text.startswith("None matches a contact you have or an earlier one: all are new.")
    assert "1 row has the phone number, e-mail, or name and company of a contact but is another " \
           "lead" in text
    assert wizard.duplicates_page.reports["merge"].other_leads == 1


def test_a_clean_import_s_report_keeps_its_text_together(qtbot, win, tmp_path):
    """Found on a newcomer's first day: with no skipped row (the table hidden) the counts, the
    undo note and the buttons were spread over the whole page, a third of it between each."""
    path = _write_csv(tmp_path / "clean.csv", [ROWS[0], ROWS[1], ROWS[2]])
    wizard = _wizard(qtbot, win, str(path))
    wizard.resize(960, 640)  # the size it opens at on a 1440 x 900 screen
    _to_duplicates(qtbot, wizard)
    _import(qtbot, wizard)
    page = wizard.report_page
    assert not page.table.isVisible()
    for label in (page.summary, page.undo_note):  # each as high as its text, not a third
        assert label.height() < 2 * label.sizeHint().height() + 10
    assert page.save_button.geometry().top() - page.summary.geometry().bottom() < 80


@pytest.mark.parametrize("name, content, english, chinese", [
    ("截图.csv", "png", "截图.csv is a PNG file, not a contact list", "截图.csv 是 PNG 文件，不是联系人列表"),
    ("名单.xlsx", "cut", "名单.xlsx is not a readable .xlsx workbook: it is damaged",
     "名单.xlsx 不是可读取的 .xlsx 工作簿"),
    ("手机.vcf", "text", "手机.vcf holds no vCard", "手机.vcf 里没有名片"),
])
def test_a_bad_file_says_what_it_is_on_the_page_in_the_ui_language(
        qtbot, win, tmp_path, language, name, content, english, chinese):
    """A PNG named .csv was previewed as GB18030 noise and could be imported; a cut .xlsx said
    "(File is not a zip file)"; a .vcf without a card said "Exported by Contact Book"."""
    root = Path(__file__).resolve().parents[3]
    path = tmp_path / name
    if content == "png":
        path.write_bytes((root / "resources" / "screenshots" / "timeline.png").read_bytes())
    elif content == "cut":  # a download that stopped: the zip's directory at its end is gone
        from desktop_app.core.transfer.exporting.run import export_contacts

        export_contacts(contacts.ids(), tmp_path / "full.xlsx")
        path.write_bytes((tmp_path / "full.xlsx").read_bytes()[:300])
    else:
        path.write_text("这不是名片\n", encoding="utf-8")
    wizard = _wizard(qtbot, win, str(path))
    page = wizard.file_page
    assert not page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    text = page.message.text()
    if language == "en":
        assert text.startswith("This file cannot be imported: " + english)
    else:
        assert chinese in text and "Error" not in text


def test_undoing_an_import_of_one_new_lead_asks_about_that_one_lead(qtbot, win, tmp_path,
                                                                     message_boxes):
    """The question said "Remove the 1 contacts this import created and revert the 0 contacts
    it merged into?": its words now follow what the import did."""
    path = _write_csv(tmp_path / "one.csv", [ROWS[0], ROWS[1]])
    wizard = _wizard(qtbot, win, str(path))
    _to_duplicates(qtbot, wizard)
    _import(qtbot, wizard)
    assert (wizard.report_page.report.created, wizard.report_page.report.merged) == (1, 0)
    wizard.report_page.undo_button.click()  # answered Cancel
    message_boxes.expect("question", "Remove the 1 contact this import created? If you changed "
                                     "it since, it stays.")


def test_a_list_with_only_its_header_has_no_next(qtbot, language, win, tmp_path):
    """A CSV holding only its header row read "Rows: up to 1" and went through every page to
    "New contacts: 0 · ... (0 rows in the file)", after a backup, with "Undo This Import…" for
    an import of nothing. The file page says why it cannot be imported and has no Next; a
    workbook whose first sheet holds only titles keeps its sheet choice, and the next sheet
    imports."""
    import openpyxl

    only = _write_csv(tmp_path / "客户名单.csv", [ROWS[0]], encoding="utf-8-sig")
    wizard = _wizard(qtbot, win, str(only))
    page = wizard.file_page
    assert page.source is not None and not page.isComplete()
    assert page.rows_label.text() == "0"
    assert page.message.text() == (
        "无法导入此文件：客户名单.csv 只有表头行（第 1 行），下面没有联系人，没有可导入的内容。"
        if language == "zh_CN" else
        "This file cannot be imported: 客户名单.csv holds only its header row (line 1): no "
        "contacts below it, nothing to import.")
    _shot(wizard, f"import-header-only-{language}")

    book = openpyxl.Workbook()
    book.active.title = "模板"
    book.active.append(list(ROWS[0]))
    filled = book.create_sheet("客户")
    for row in ROWS[:3]:
        filled.append(list(row))
    book.save(tmp_path / "leads.xlsx")
    page.set_path(str(tmp_path / "leads.xlsx"))
    assert page.source.sheet == "模板" and not page.isComplete()
    assert "模板" in page.message.text()
    assert not page.sheet_combo.isHidden()
    page.sheet_combo.setCurrentText("客户")
    page.sheet_combo.activated.emit(page.sheet_combo.currentIndex())
    assert page.source.sheet == "客户" and page.isComplete() and page.message.text() == ""
    assert page.rows_label.text() == ("up to 2" if language == "en" else "最多 2 行")
    wizard.reject()


def test_an_import_that_changes_nothing_is_not_recorded_and_offers_no_undo(qtbot, win, leads):
    """The same list imported again with duplicates skipped: every row skipped. It was
    recorded as an import of nothing, listed by `undo-import`, and its Undo (the report's
    button, Edit › Undo) did nothing."""
    wizard = _wizard(qtbot, win, str(leads))
    _to_duplicates(qtbot, wizard)
    _import(qtbot, wizard)
    wizard.accept()
    assert len(list_batches()) == 1
    before = contacts.count()
    again = _wizard(qtbot, win, str(leads))
    _to_duplicates(qtbot, again)
    again.duplicates_page.set_policy("skip")
    _import(qtbot, again)
    report = again.report_page.report
    assert (report.created, report.merged, report.batch_id) == (0, 0, None)
    assert len(list_batches()) == 1 and contacts.count() == before
    assert not again.report_page.undo_button.isEnabled()
    assert "nothing to undo" in again.report_page.undo_note.text()
    undo_text = win.undo_action.text()
    again.accept()
    assert win.undo_action.text() == undo_text  # the first import's Undo, still the last
    # merged (the default policy) into leads that have all of it already: the same
    third = _wizard(qtbot, win, str(leads))
    _to_duplicates(qtbot, third)
    assert third.duplicates_page.policy == "merge"
    _import(qtbot, third)
    report = third.report_page.report
    assert report.created == 0 and report.merged == report.merged_unchanged > 0
    assert report.batch_id is None and len(list_batches()) == 1
    assert not third.report_page.undo_button.isEnabled()
    third.accept()
