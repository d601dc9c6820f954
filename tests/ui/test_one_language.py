"""One language at a time: every window, dialog and menu, in English and in Chinese, shows no
text in the other language (the user's data excepted), Qt's own dialogs included.

The walk: the main window (each tab, each menu and its actions' texts and tips), then every
menu action triggered with modal dialogs recorded instead of run (their texts collected, then
rejected), then Qt's standard dialogs (a non-native file dialog, message box buttons, the
print preview, a progress dialog, an input dialog, the wizard's buttons).
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox,
                               QDialog, QFileDialog, QGroupBox, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QMessageBox, QProgressDialog, QTabBar, QWidget)

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import template_store
from tests.ui.helpers import shown_window, type_text

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3001-\u3011]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")
TAGS = re.compile(r"<[^>]+>")
# Words that are the same in both UIs: file formats, encodings, product names, key names of
# the filter language (accepted in both languages, so both are suggested), Qt's file-dialog
# mime names are not words.
BOTH = {"csv", "tsv", "txt", "excel", "vcard", "xlsx", "xlsm", "xls", "vcf", "ics", "utf",
        "bom", "gbk", "pdf", "wechat", "whatsapp", "sqlite", "qt", "usb", "icalendar", "wal",
        "contact-book", "db", "id", "wps", "ctrl", "shift", "alt", "carddav", "caldav", "davx",
        "iphone", "android", "https", "esc"}  # Esc: the key is called so in both
# Actions not triggered: quitting, and the ones that only open Qt's file dialog (the file
# dialog itself is walked below).
SKIP_ACTIONS = {"quit_action", "open_action"}


def user_data() -> list[str]:
    """Every text the user typed or imported (longest first): shown as it is in both UIs."""
    values = set()
    for record in contacts.get_many(contacts.ids()):
        for field in ("city", "company", "product", "deal_size", "name", "title", "source",
                      "tag", "email", "wechat", "notes"):
            value = getattr(record, field, None)
            if value:
                values.add(str(value))
        for phone in getattr(record, "phones", []):
            values.add(phone.label)
    from desktop_app.core.followup import cadence
    from desktop_app.core.grading import behaviours, content

    # the user's templates and behaviours are data; a built-in under its seeded name is not
    for template in template_store.templates():
        if cadence.display_name(template.key, template.name, "en") == template.name:
            values |= {template.name, template.key}
    for b in behaviours.all_behaviours(include_archived=True):
        if behaviours.display_name(b.key, b.name, "en") == b.name:
            values |= {b.name, b.key}
    values |= {p.name for p in content.pieces(include_archived=True)}
    return sorted(values, key=len, reverse=True)


def texts_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything visible in ``top``: title, labels, buttons, group boxes,
    placeholders, combo items, tabs, column headers, menus and tool tips."""
    out = [(type(top).__name__ + ".windowTitle", top.windowTitle())]
    for w in [top, *top.findChildren(QWidget)]:
        if w is not top and not w.isVisibleTo(top):
            continue
        name = f"{type(top).__name__}/{type(w).__name__}:{w.objectName()}"
        if isinstance(w, QLabel):
            out.append((name, TAGS.sub(" ", w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((name, w.placeholderText()))
        elif isinstance(w, QComboBox) and not w.isEditable():
            out += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            out += [(name, str(w.model().headerData(i, w.orientation()) or ""))
                    for i in range(w.count()) if not w.isSectionHidden(i)
                    and w.orientation() == Qt.Orientation.Horizontal]
        if w.toolTip():
            out.append((name + ".toolTip", TAGS.sub(" ", w.toolTip())))
        for action in w.actions():
            out += menu_texts(action, name)
    return out


def menu_texts(action, where: str) -> list[tuple[str, str]]:
    out = [(where + "/action", action.text()), (where + "/tip", action.toolTip())]
    if action.menu() is not None:
        for child in action.menu().actions():
            out += menu_texts(child, where + "/" + action.text())
    return out


def wrong_language(text: str, language: str, data: list[str]) -> str | None:
    """What in ``text`` is in the other language, once the user's data is taken out."""
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    if language == "en":
        found = CJK.findall(text)
        return "".join(found) if found else None
    words = [w for w in WORD.findall(text) if w.lower() not in BOTH]
    return " ".join(words) if words else None


class Recorder:
    """Modal dialogs and message boxes are recorded (and rejected) instead of run."""

    def __init__(self, monkeypatch):
        self.seen: list[tuple[str, str]] = []
        recorder = self

        def exec_(dialog):
            QApplication.processEvents()
            recorder.seen += texts_of(dialog)
            dialog.reject() if isinstance(dialog, QDialog) else None
            return 0

        def message(kind):
            def show(parent, title, text, *args, **kwargs):
                recorder.seen += [(f"QMessageBox.{kind}", title), (f"QMessageBox.{kind}", text)]
                return QMessageBox.StandardButton.Cancel
            return show

        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QMessageBox, "exec", exec_)
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, message(kind))
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                            staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(
            lambda *a, **k: (recorder.seen.append(("QInputDialog.getText", a[2])) or "", False)))
        monkeypatch.setattr(QInputDialog, "getInt", staticmethod(
            lambda *a, **k: (recorder.seen.extend([("QInputDialog.getInt", a[1]),
                                                   ("QInputDialog.getInt", a[2])]) or 0, False)))


def check(found: list[tuple[str, str]], language: str, *more_data: str) -> None:
    data = sorted([*user_data(), *more_data], key=len, reverse=True)
    bad = sorted({(where, text, wrong) for where, text in found if text
                  for wrong in [wrong_language(text, language, data)] if wrong})
    assert not bad, "\n".join(f"{w}: {t!r} -> {x!r}" for w, t, x in bad)


def _all_actions(window):
    seen = []
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if not action.isSeparator() and action.menu() is None and action not in seen:
                seen.append(action)
    return seen


def test_every_window_dialog_and_menu_speaks_one_language(qtbot, sample, language,
                                                         monkeypatch):
    recorder = Recorder(monkeypatch)
    window = shown_window(qtbot, 1440, 900)
    window.finish_startup() if hasattr(window, "finish_startup") else None
    found = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        found += texts_of(window)
    window.tabs.setCurrentIndex(0)
    skip = {getattr(window, name) for name in SKIP_ACTIONS}
    before = set(QApplication.topLevelWidgets())
    for action in _all_actions(window):
        if action in skip or not action.isEnabled():
            continue
        action.trigger()
        QApplication.processEvents()
        for top in set(QApplication.topLevelWidgets()) - before:
            if top.isVisible():
                found += texts_of(top)
                top.close()
    found += recorder.seen
    check(found, language)
    assert len(found) > 300  # the walk saw the window, its menus and the dialogs


def test_qt_standard_dialogs_speak_the_ui_language(qtbot, sample, language, monkeypatch,
                                                  tmp_path):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    found = []
    files = QFileDialog(None, "", str(tmp_path))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    files.show()
    found += texts_of(files)
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    box.show()
    found += texts_of(box)
    progress = QProgressDialog()
    qtbot.addWidget(progress)
    progress.show()
    found += texts_of(progress)
    printer = QPrinter()
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    preview.show()
    found += texts_of(preview)
    check(found, language, str(tmp_path))
    labels = {text for _, text in found}
    if language == "zh_CN":
        assert {"查找范围(&L)：", "文件类型(&T)：", "是(&Y)", "取消"} <= labels
    else:
        assert {"&Look in:", "Files of &type:", "&Yes", "Cancel"} <= labels


def test_every_menu_of_the_menu_bar_has_its_own_access_key(qtbot, sample, language):
    """Alt+letter opens one menu: 分组(G) and 等级(G) (Group and Grades) shared G."""
    window = shown_window(qtbot)
    keys = []
    for top in window.menuBar().actions():
        text = top.text().replace("&&", "")
        assert "&" in text, f"{text!r} has no access key"
        keys.append(text[text.index("&") + 1].lower())
    assert len(keys) == len(set(keys)), keys


# --- one place at a time: what the review found in Chinese in the English UI ---------------


def _cjk_free(texts, language):
    """English: no CJK character in any of ``texts``; Chinese: some CJK in each."""
    for text in texts:
        if language == "en":
            assert not CJK.search(text), text
        else:
            assert CJK.search(text), text


def test_cadence_steps_say_day_n_in_english(qtbot, db, language):
    from datetime import date

    from desktop_app.core.followup import touchpoints as tp
    from desktop_app.ui.common.words import step_text
    from desktop_app.ui.followup.touchpoint_model import COL_STEP, TouchpointModel

    day = date(2026, 11, 24)
    cid = contacts.create({"name": "Ye Hui"}, ["13812345678"])[0]
    tp.start(cid, "golden-week", day)
    model = TouchpointModel(None, day, lambda: day)
    model.reload()
    shown = model.index(0, COL_STEP).data()
    golden = template_store.find("golden-week").template
    retried = step_text(golden, 1, retry=2)
    expected = {"en": ("Golden week · Day 1", "Golden week · Day 3 · retry 2"),
                "zh_CN": ("黄金七天 · 第1天", "黄金七天 · 第3天 · 重拨2")}[language]
    assert (shown, retried) == expected
    _cjk_free([shown, retried], language)


def test_built_in_templates_and_behaviours_are_named_in_the_ui_language(qtbot, db, language):
    from datetime import date

    from desktop_app.core.followup import cadence
    from desktop_app.core.grading import behaviours
    from desktop_app.ui.common.undo import Operations
    from desktop_app.ui.events import Events
    from desktop_app.ui.followup.template_ops import TemplateOps
    from desktop_app.ui.followup.templates_dialog import CadenceTemplatesDialog
    from desktop_app.ui.grading.rules_dialog import NAME, RulesDialog
    from desktop_app.ui.timeline import labels, quick_log

    stored = [t.name for t in template_store.templates()]
    stored_behaviours = {b.key: b.name for b in behaviours.all_behaviours()}
    assert stored == [t.name for t in cadence.BUILTIN_TEMPLATES]  # seeded in Chinese
    dialog = CadenceTemplatesDialog(TemplateOps(Operations(Events())), lambda: date(2026, 11, 24))
    qtbot.addWidget(dialog)
    names = dialog.names()
    lang = labels.language()
    items = [label for _, label, code in quick_log.channel_items(lang)
             if code in stored_behaviours]
    timeline_labels = [labels.label(code, lang) for code in stored_behaviours]
    rules = RulesDialog(today=lambda: date(2026, 11, 24))
    qtbot.addWidget(rules)
    table = [rules.table.item(r, NAME).text() for r in range(rules.table.rowCount())]
    if language == "en":
        assert names[0] == "Golden week" and "Direct message" in items
        _cjk_free(names + items + timeline_labels + table, language)
    else:
        assert names == stored
        assert items == timeline_labels == table == list(stored_behaviours.values())
    # saving what is shown keeps the stored (Chinese) names: they are data
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    dialog.edit()
    dialog.editor.days.setText("1,3,8")
    assert dialog.save()
    rules._write_behaviours()
    assert [t.name for t in template_store.templates()] == stored
    assert {b.key: b.name for b in behaviours.all_behaviours()} == stored_behaviours


def test_deal_sizes_are_written_the_ui_language_s_way(qtbot, db, language):
    from desktop_app.ui.common.undo import Operations
    from desktop_app.ui.contacts.detail_pane import DetailPane
    from desktop_app.ui.events import Events
    from desktop_app.ui.search.facet_sidebar import DEAL_RANGES, FacetTree

    tree = FacetTree()
    qtbot.addWidget(tree)
    tree.show_values("deal", [(terms, 3) for _, terms in DEAL_RANGES], set())
    section = tree.sections["deal"]
    buckets = [section.child(k).text(0) for k in range(section.childCount())]
    ops = Operations(Events())
    pane = DetailPane(ops)
    qtbot.addWidget(pane)
    pane.show()
    type_text(pane.fields["deal_size"], "8万")
    hint = pane.deal_hint.text()
    expected = {"en": (["< 100k", "100k – 1M", "1M – 10M", "≥ 10M"], "= 80k"),
                "zh_CN": (["< 10万", "10万 – 100万", "100万 – 1000万", "≥ 1000万"], "= 8万")}
    assert (buckets, hint) == expected[language]
    _cjk_free(buckets + [hint], language)


def test_the_content_report_writes_won_value_the_ui_language_s_way(qtbot, db, language):
    from datetime import datetime

    from desktop_app.core.followup import touches
    from desktop_app.core.grading import content
    from desktop_app.ui.grading.content_report import ContentReport

    now = datetime(2026, 11, 24, 3)
    cid = contacts.create({"name": "Ye Hui", "deal_size": "80万", "stage": "won"}, now=now)[0]
    content.add("Huaxin case", "case")
    touches.log(cid, "wechat", "replied", now=now, content="Huaxin case")
    report = ContentReport()
    qtbot.addWidget(report)
    won = report.table.item(0, 6).text()
    assert won == {"en": "800k", "zh_CN": "80万"}[language]
    _cjk_free([won], language)


def test_the_import_report_names_fields_in_the_ui_language(qtbot, db, language, tmp_path):
    from datetime import datetime

    from desktop_app.core.transfer.importing import open_source, run_import
    from desktop_app.ui.transfer.import_wizard.labels import detail_text

    now = datetime(2026, 11, 24, 3)
    old_tag, new_tag = "重庆-华夏餐饮-设备-20万-陈艳-校长-官网", "天津-华夏餐饮-直播-80万-陈艳-副总-公众号"
    contacts.create(contacts.values_from_tag(old_tag), ["13800000001"], now=now)
    long_product = "设" * 300
    path = tmp_path / "x.csv"
    path.write_text(f"标签,电话\n{new_tag},13900000002\n"
                    f"北京-华信-{long_product}-1万-王伟-经理-官网,13900000003\n", encoding="utf-8")
    report = run_import(open_source(path), duplicates="merge", now=now)
    details = [detail_text(w) for w in report.warnings]
    assert len(details) == 2, details
    data = [old_tag, new_tag, long_product, "天津", "重庆"]
    field = {"en": ("City 天津", "Product: cut"), "zh_CN": ("城市为 天津", "产品：")}[language]
    assert field[0] in details[0] and details[1].startswith(field[1]), details
    check([("import report", d) for d in details], language, *data)


def test_the_sync_dialog_s_default_filter_is_in_the_ui_language(qtbot, sample, language):
    from desktop_app.core.search import query
    from desktop_app.core.sync.local import DEFAULT_FILTER
    from desktop_app.ui.sync.sync_dialog import SyncDialog

    window = shown_window(qtbot)
    dialog = SyncDialog(window, window.safety.workers, window.sync.session, lambda: None)
    qtbot.addWidget(dialog)
    text = dialog.filter.text()
    assert text == {"en": "-stage:lost", "zh_CN": "-stage:流失"}[language]
    _cjk_free([text], language)
    parsed, core = query.parse(text), query.parse(DEFAULT_FILTER)
    assert not parsed.errors and contacts.count(parsed.where) == contacts.count(core.where)
    assert contacts.count(parsed.where) < contacts.count(query.parse("").where)  # it filters
