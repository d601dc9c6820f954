"""File > Export… and Group > Export Group…: what is exported, in which format, and what
Cancel and an unwritable folder do."""
import csv
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from desktop_app.core.contacts import records as contacts
from desktop_app.ui.transfer import export_dialog
from desktop_app.ui.transfer.export_dialog import ExportDialog, Exporter, file_part, with_suffix
from tests.ui.helpers import shown_window

from tests.ui.test_main_window import select_rows

ZHIHU = ["叶辉", "王芳", "李雷", "韩梅梅", "张伟"]
DOUYIN = ["赵敏", "周芷若", "宋青书", "殷离", "小昭", "杨逍", "范遥"]
TODAY = date(2026, 12, 4)


@pytest.fixture
def leads(db):
    """5 leads from 知乎, 7 from 抖音, each with its own phone."""
    for i, name in enumerate(ZHIHU + DOUYIN):
        source = "知乎" if name in ZHIHU else "抖音"
        contacts.create({"city": "上海", "company": f"公司{i}", "product": "咨询",
                         "deal_size": "10万", "name": name, "title": "经理", "source": source},
                        [f"1380000{i:04d}"])
    return db


@pytest.fixture
def win(qtbot, leads):
    w = shown_window(qtbot, 1100, 650)
    exporter = Exporter(w)  # ask_export finds and uses this one
    exporter.today = lambda: TODAY
    return w


@pytest.fixture
def folder(tmp_path):
    """An empty folder to export into."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


@pytest.fixture
def choose(monkeypatch):
    """Answer the export dialog and the save dialog; records what they were shown."""
    seen = {}

    def answer(fmt="csv", encoding="utf-8-sig", selection=None, path=None):
        def exec_(dialog):
            seen["dialog"] = dialog
            seen["texts"] = [w.text() for w in (dialog.summary, dialog.filter_radio,
                                                 dialog.selection_radio) if w.isVisibleTo(dialog)]
            dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
            dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData(encoding))
            if selection is not None:
                (dialog.selection_radio if selection else dialog.filter_radio).setChecked(True)
            return QDialog.DialogCode.Accepted

        def save(parent, caption, default, filters):
            seen["default"], seen["filters"] = default, filters
            return (str(path) if path is not None else "", filters)

        monkeypatch.setattr(ExportDialog, "exec", exec_)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
        return seen

    return answer


def _finish(qtbot, w):
    exporter = w.findChild(Exporter, "exporter")
    qtbot.waitUntil(lambda: not exporter.workers.busy, timeout=20000)
    return exporter


def _filter(qtbot, w, text):
    w.search.set_text(text)
    qtbot.waitUntil(lambda: w.model.rowCount() == len(ZHIHU) if text else True)


def _names_csv(path, encoding):
    with open(path, encoding=encoding, newline="") as f:
        rows = list(csv.DictReader(f))
    return sorted(r["姓名"] for r in rows)


def test_csv_export_of_the_filter_has_exactly_its_contacts(qtbot, win, choose, tmp_path,
                                                           monkeypatch, message_boxes):
    _filter(qtbot, win, "来源:知乎")
    win.table.select_row(0)  # one row selected: no choice, the filter is exported
    out = tmp_path / "out.csv"
    seen = choose("csv", path=out)
    win.export_action.trigger()
    exporter = _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 5 contacts to {out}")
    assert seen["texts"] == ["Export 5 contacts (the current filter: 来源:知乎)"]
    assert Path(seen["default"]).name == "contacts-来源_知乎-2026-12-04.csv"
    assert _names_csv(out, "utf-8-sig") == sorted(ZHIHU)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert win.statusBar().currentMessage() == f"Exported 5 contacts to {out}"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    box = exporter.done_box
    folder = [b for b in box.buttons() if b.text() == "Open Folder"][0]
    folder.click()
    assert opened[0].toLocalFile() == str(tmp_path)


def test_gb18030_csv_and_the_remembered_folder_and_format(qtbot, win, choose, tmp_path,
                                                          message_boxes):
    _filter(qtbot, win, "来源:知乎")
    out = tmp_path / "old-excel"  # no suffix typed: .csv is added
    choose("csv", "gb18030", path=out)
    win.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 5 contacts to {tmp_path / 'old-excel.csv'}")
    assert _names_csv(tmp_path / "old-excel.csv", "gb18030") == sorted(ZHIHU)
    seen = choose("xlsx", path=None)  # the next time: same folder, same format offered
    win.export_action.trigger()
    assert Path(seen["default"]).parent == tmp_path and seen["default"].endswith(".xlsx")
    assert "*.xlsx" in seen["filters"]
    fresh = ExportDialog(5, "x", 0)  # the format and encoding of the last export
    assert fresh.format() == "csv" and fresh.encoding() == "gb18030"
    fresh.format_box.setCurrentIndex(fresh.format_box.findData("vcf"))
    assert not fresh.encoding_box.isEnabled()


def test_xlsx_export(qtbot, win, choose, tmp_path, message_boxes):
    import openpyxl

    _filter(qtbot, win, "来源:知乎")
    out = tmp_path / "out.xlsx"
    choose("xlsx", path=out)
    win.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 5 contacts to {out}")
    sheet = openpyxl.load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    name = rows[0].index("姓名")
    assert sorted(r[name] for r in rows[1:]) == sorted(ZHIHU)


def test_vcard_export_reads_back_through_the_importer(qtbot, win, choose, tmp_path,
                                                     message_boxes):
    from desktop_app.core.transfer.importing import open_source

    _filter(qtbot, win, "来源:知乎")
    out = tmp_path / "phone.vcf"
    choose("vcf", path=out)
    win.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 5 contacts to {out}")
    source = open_source(out)
    rows = [r.cells for r in source.rows()]
    assert len(rows) == 5
    text = out.read_text(encoding="utf-8")
    assert all(f"-{n}-" in text for n in ZHIHU) and not any(n in text for n in DOUYIN)


def test_the_selection_or_the_whole_filter(qtbot, win, choose, tmp_path, message_boxes):
    select_rows(win, [1, 3, 4])
    chosen = sorted(contacts.get(i).name for i in win.table.selected_ids())
    out = tmp_path / "sel.csv"
    seen = choose("csv", path=out)
    win.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 3 contacts to {out}")
    assert seen["texts"] == ["Export 12 contacts (all contacts, no filter)",
                             "Export the 3 selected contacts"]
    assert seen["dialog"].use_selection()  # the selection is the default
    assert Path(seen["default"]).name == "contacts-3_selected-2026-12-04.csv"
    assert _names_csv(out, "utf-8-sig") == chosen

    choose("csv", selection=False, path=out)
    win.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 12 contacts to {out}")
    assert _names_csv(out, "utf-8-sig") == sorted(ZHIHU + DOUYIN)


def test_group_menu_exports_the_filter_even_with_a_selection(qtbot, win, choose, tmp_path,
                                                             message_boxes):
    _filter(qtbot, win, "来源:知乎")
    select_rows(win, [0, 1])
    out = tmp_path / "group.csv"
    seen = choose("csv", path=out)
    assert win.group.export_action in win.group.menu.actions()
    win.group.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 5 contacts to {out}")
    assert len(seen["texts"]) == 1 and not seen["dialog"].use_selection()
    assert _names_csv(out, "utf-8-sig") == sorted(ZHIHU)


def test_cancel_leaves_no_file(qtbot, win, choose, folder, monkeypatch):
    from desktop_app.core.contacts import demo

    demo.generate(3000, seed=3)
    win.search.set_text("")
    gate = threading.Event()
    real = export_dialog._export_contacts

    def held(*args):
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(export_dialog, "_export_contacts", held)
    out = folder / "big.xlsx"
    choose("xlsx", path=out)
    win.export_action.trigger()
    exporter = win.findChild(Exporter, "exporter")
    results = []
    exporter.finished.connect(results.append)
    exporter.progress.findChild(QPushButton).click()  # Cancel
    gate.set()
    _finish(qtbot, win)
    assert results[0].cancelled and exporter.progress is None
    assert os.listdir(folder) == []
    assert win.statusBar().currentMessage() == "Export cancelled: no file was written."


def test_an_unwritable_destination_is_a_message(qtbot, win, choose, folder, message_boxes):
    blocker = folder / "not-a-folder"
    blocker.write_text("a file")
    out = blocker / "out.csv"  # its "folder" is a file: no one can write there, root neither
    choose("csv", path=out)
    win.export_action.trigger()
    _finish(qtbot, win)
    text = message_boxes.expect("warning", "the folder does not exist")
    assert "no half-written file" in text and str(out) in text
    assert os.listdir(folder) == ["not-a-folder"] and win.isVisible()


def test_a_full_disk_is_a_message(qtbot, win, choose, folder, message_boxes, monkeypatch):
    import errno

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    choose("vcf", path=folder / "x.vcf")
    win.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("warning", "the disk is full")
    assert os.listdir(folder) == []


def test_export_works_while_the_database_is_read_only(qtbot, win, choose, tmp_path,
                                                      message_boxes):
    win.safety.db.reopen(read_only=True)
    win.safety.state.reason = "read-only-file"
    win.safety.state_changed.emit()
    _filter(qtbot, win, "来源:知乎")
    assert win.export_action.isEnabled() and win.group.export_action.isEnabled()
    out = tmp_path / "ro.csv"
    choose("csv", path=out)
    win.group.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 5 contacts to {out}")
    assert _names_csv(out, "utf-8-sig") == sorted(ZHIHU)


def test_the_groups_follow_ups_as_ics(qtbot, win, choose, tmp_path, message_boxes):
    from desktop_app.core.followup import touchpoints

    touchpoints.start(contacts.ids(), "黄金七天", TODAY)  # the next step of each: due today
    _filter(qtbot, win, "来源:知乎")
    out = tmp_path / "f.ics"
    seen = choose("ics", path=out)
    win.export_action.trigger()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 5 follow-ups to {out}")
    assert Path(seen["default"]).name == "follow-ups-来源_知乎-2026-12-04.ics"
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == len(ZHIHU)
    assert all(n in text for n in ZHIHU) and not any(n in text for n in DOUYIN)
    assert win.statusBar().currentMessage() == f"Exported 5 follow-ups to {out}"


@pytest.mark.parametrize("text, part", [
    ("来源:知乎", "来源_知乎"), ("来源:知乎 上海", "来源_知乎_上海"), ('a/b\\c*?"<>|', "a_b_c"),
    ("  ..x.. ", "x"), ("", ""), ("长" * 100, "长" * 60)])
def test_file_part(text, part):
    assert file_part(text) == part


@pytest.mark.parametrize("path, fmt, result", [
    ("a", "csv", "a.csv"), ("a.CSV", "csv", "a.CSV"), ("a.txt", "csv", "a.txt"),
    ("a.csv", "xlsx", "a.csv.xlsx"), ("联系人.vcf", "vcf", "联系人.vcf"), ("x", "ics", "x.ics")])
def test_with_suffix(path, fmt, result):
    assert with_suffix(path, fmt) == result


def test_nothing_runs_while_an_export_runs(qtbot, win, choose, tmp_path, monkeypatch,
                                           message_boxes):
    gate = threading.Event()
    real = export_dialog._export_contacts
    monkeypatch.setattr(export_dialog, "_export_contacts",
                        lambda *a: (gate.wait(10), real(*a))[1])
    seen = choose("csv", path=tmp_path / "a.csv")
    win.export_action.trigger()
    first = seen.pop("dialog")
    win.export_action.trigger()  # ignored: the first one runs
    assert "dialog" not in seen and first is not None
    gate.set()
    _finish(qtbot, win)
    message_boxes.expect("information", f"Exported 12 contacts to {tmp_path / 'a.csv'}")
    assert (tmp_path / "a.csv").exists()


def test_ctrl_e_is_export_and_nothing_else(win):
    from PySide6.QtGui import QAction

    assert win.export_action.shortcut().toString() == "Ctrl+E"
    assert win.export_action in win.menuBar().actions()[0].menu().actions()
    assert [a for a in win.findChildren(QAction) if a.shortcut().toString() == "Ctrl+E"] == [
        win.export_action]
