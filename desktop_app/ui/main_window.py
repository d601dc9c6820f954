"""The main window: the list with its search box on the left, the detail pane on the right,
and across the top a banner when the database cannot be changed."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QScrollArea, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop_app.ui import settings
from desktop_app.ui.events import Events
from desktop_app.ui.followup.window_part import FollowUp
from desktop_app.ui.contacts.table_model import ID_ROLE, ContactTableModel
from desktop_app.ui.safety.monitor import BULK, DataSafety
from desktop_app.ui.safety.actions import SafetyActions
from desktop_app.ui.safety.text import local_moment
from desktop_app.ui.common.undo import EXPECTED_ERRORS, Operations, error_message
from desktop_app.ui.common.banner import Banner
from desktop_app.ui.contacts.contact_list import ContactListView
from desktop_app.ui.contacts.group_actions import GroupActions
from desktop_app.ui.search.facet_sidebar import FacetSidebar
from desktop_app.ui.search.filter_bar import FilterBar


IMPORTABLE = (".csv", ".tsv", ".tab", ".txt", ".xlsx", ".xlsm", ".xls", ".vcf", ".vcard")


def dropped_file(mime) -> str | None:
    """The one local contacts file being dragged (CSV, Excel, vCard), else None."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(IMPORTABLE) else None


class MainWindow(QMainWindow):
    """Lays out and wires the list, the search box, the detail pane and data safety.

    ``database`` is the open ``ContactDatabase`` (default: the one the models are bound to).

    Start-up: the constructor builds what the first paint of the list needs. The detail pane
    (with the first row's contact in it) and the saved groups' counts follow right after that
    paint (``finish_startup``), or as soon as anything asks for ``detail``.

    Signals:
        first_painted(): the list was painted for the first time (the window then finishes its
            start-up; ``app.run`` starts the start check and the single-instance server).
    """

    first_painted = Signal()

    def __init__(self, database=None, parent=None):
        super().__init__(parent)
        if database is None:
            from desktop_app.core.storage.schema import database as proxy

            database = proxy.obj
        self.setWindowTitle(self.tr("Contact Book"))
        self.events = Events(self)
        self.ops = Operations(self.events, self)
        self.safety = DataSafety(database, self)
        self.model = ContactTableModel(self)
        self.safety_actions = SafetyActions(self)
        self._painted = False
        self._detail = None  # built by finish_startup
        self._build_actions()
        self._build_layout()
        self._build_menus()
        self._connect_signals()
        self._restore_state()
        self._show_count(self.model.rowCount())
        self.sidebar.refresh(self.search.filter, False)
        self.safety_actions.show_state()
        if self.model.last_read_error is not None:
            self.on_read_failed(self.model.last_read_error)
        self.table.setFocus()
        self.table.viewport().installEventFilter(self)
        self.first_painted.connect(self.finish_startup)
        self.setAcceptDrops(True)  # a file dropped on the window opens the import wizard

    @property
    def detail(self):
        """The detail pane (``widgets.detail_pane.DetailPane``), built on first use."""
        if self._detail is None:
            self.finish_startup()
        return self._detail

    def finish_startup(self) -> None:
        """What the list's first paint does not wait for (~0.1 s at start-up): the detail pane
        with the first row's contact, and the counts of the saved groups. Runs once."""
        if self._detail is not None:
            return
        from desktop_app.ui.contacts.detail_pane import DetailPane

        self._detail = DetailPane(self.ops)
        self.detail_scroll.setWidget(self._detail)
        self._detail.show()  # added to a shown scroll area: not shown by itself
        self._connect_detail()
        self.update_actions()
        self.sidebar.groups.reload()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.select_row(max(0, self.table.currentIndex().row()))
        current = self.table.current_id()  # made current before the pane was there
        if current is not None and current != self._detail.contact_id:
            self._show_contact(current)

    # --- layout -------------------------------------------------------------------------------

    def _action(self, text: str, shortcut=None, *, checkable: bool = False) -> QAction:
        action = QAction(text, self, checkable=checkable)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("New Contact"), QKeySequence.StandardKey.New)
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save)
        self.delete_action = self._action(self.tr("Move to Trash"),
                                          QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action = self._action(self.tr("Undo"), QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("Redo"),
                                        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.trash_action = self._action(self.tr("Show Trash"), QKeySequence("Ctrl+T"),
                                         checkable=True)
        self.restore_action = self._action(self.tr("Restore"), QKeySequence("Ctrl+R"))
        self.find_action = self._action(self.tr("Find"), QKeySequence.StandardKey.Find)
        self.quit_action = self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit)
        self.log_action = self._action(self.tr("Log Interaction"), QKeySequence("Ctrl+L"))
        self.open_action = self._action(self.tr("Open Database…"), QKeySequence.StandardKey.Open)
        self.backup_now_action = self._action(self.tr("Back up now…"))
        self.restore_backup_action = self._action(self.tr("Restore…"))
        self.check_action = self._action(self.tr("Check Database"))
        self.import_action = self._action(self.tr("Import…"), QKeySequence("Ctrl+I"))
        self.export_action = self._action(self.tr("Export…"), QKeySequence("Ctrl+E"))
        self.backup_now_action.setToolTip(self.tr("Save a copy of the database to a file of "
                                                  "your choice, e.g. on a USB stick"))
        self.restore_backup_action.setToolTip(self.tr("Go back to one of the backups"))
        self.check_action.setToolTip(self.tr("Check every page and every reference of the "
                                             "database file"))
        for action in (self.save_action, self.restore_action, self.undo_action,
                       self.redo_action):
            action.setEnabled(False)

    def _build_layout(self) -> None:
        self.search = FilterBar()  # the filter bar (ui/search/filter_bar.py)
        self.sidebar = FacetSidebar()  # groups and facets
        self.group = GroupActions(self)
        self.table = ContactListView(self.model)
        self.table.addAction(self.delete_action)

        self.detail_scroll = scroll = QScrollArea()  # the detail pane goes in after the paint
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        group_row = QHBoxLayout()
        group_row.addStretch(1)
        group_row.addWidget(self.group.select_button)
        group_row.addWidget(self.group.button)
        column.addLayout(group_row)
        column.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(1, 1)
        self.tabs = QTabWidget()  # 联系人 / 今日 / 日历
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Contacts"))
        self.followup = FollowUp(self.ops, self.table.selected_ids, self._group_ids,
                                 self.model.rowCount, parent=self)
        self.followup.add_tabs(self.tabs)
        self.followup.group_filter = lambda: self.search.filter.where
        self.banner = Banner()
        central = QWidget()
        page = QVBoxLayout(central)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        page.addWidget(self.banner)
        page.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.checking_label = QLabel(self.tr("Checking database…"))
        self.checking_label.setStyleSheet("color: gray;")
        self.checking_label.hide()
        self.statusBar().addWidget(self.checking_label)
        self.statusBar().addPermanentWidget(self.count_label)
        available = self.screen().availableGeometry()
        self.resize(min(1440, available.width()), min(860, available.height()))
        self.splitter.setSizes([220, self.width() - 620, 400])

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.save_action])
        file_menu.addSeparator()
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addActions([self.backup_now_action, self.restore_backup_action,
                              self.check_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.restore_action, self.find_action])
        edit_menu.addAction(self.log_action)
        self.menuBar().addMenu(self.group.menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.trash_action)
        self.followup.add_menu(self.menuBar())
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.save_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.trash_action, self.restore_action])

    def _connect_signals(self) -> None:
        stack = self.ops.stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.update_actions)
        stack.canRedoChanged.connect(self.update_actions)
        stack.undoTextChanged.connect(self.undo_action.setToolTip)  # what Undo would undo
        stack.redoTextChanged.connect(self.redo_action.setToolTip)
        self.new_action.triggered.connect(self.new_contact)
        self.save_action.triggered.connect(lambda: self.detail.save())
        self.delete_action.triggered.connect(self.trash_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.trash_action.toggled.connect(self.show_trash)
        self.find_action.triggered.connect(self.search.setFocus)
        self.log_action.triggered.connect(lambda: self.detail.focus_quick_log())
        self.quit_action.triggered.connect(self.close)
        self.search.search_changed.connect(self._search)
        self.events.changed.connect(self._on_changed)
        self.ops.failed.connect(self.show_error)
        self.model.count_changed.connect(self._show_count)
        self.model.read_failed.connect(self.on_read_failed)
        self.sidebar.facet_clicked.connect(self.search.toggle_term)
        self.sidebar.range_clicked.connect(self.search.toggle_range)
        self.sidebar.groups.group_chosen.connect(self.search.set_text)
        self.sidebar.groups.failed.connect(self.show_error)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        shown = self.safety_actions
        self.open_action.triggered.connect(shown.open_other_database)
        self.backup_now_action.triggered.connect(shown.back_up_now)
        self.restore_backup_action.triggered.connect(shown.choose_backup)
        self.check_action.triggered.connect(self.safety.full_check)
        self.import_action.triggered.connect(self._open_import_wizard)
        self.export_action.triggered.connect(lambda: self.open_export())
        safety = self.safety
        safety.state_changed.connect(shown.show_state)
        safety.busy.connect(shown.show_busy)
        safety.restored.connect(self._on_restored)
        safety.backed_up.connect(shown.show_backed_up)
        safety.checked.connect(shown.show_checked)
        safety.failed.connect(self.show_error)
        self.followup.connect_signals()
        self.followup.open_contact.connect(self.show_contact)
        self.followup.failed.connect(self.show_error)

    def _open_import_wizard(self, path: str | None = None) -> None:
        from desktop_app.ui.transfer.import_wizard import open_import_wizard  # loaded when first asked for

        open_import_wizard(self, path)

    def open_export(self, group: bool = False) -> None:
        """File › Export… (the list or the selection), or Group › Export Group…"""
        from desktop_app.ui.transfer.export_dialog import ask_export  # loaded when first asked for

        ask_export(self, group)

    def dragEnterEvent(self, event) -> None:
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self._open_import_wizard(path))  # after the drag

    def _connect_detail(self) -> None:
        """The detail pane's signals (it is built after the first paint)."""
        self._detail.saved.connect(self.table.select_id)
        self._detail.dirty_changed.connect(self.update_actions)

    # --- actions ------------------------------------------------------------------------------

    def new_contact(self) -> None:
        if self.trash_action.isChecked():
            self.trash_action.setChecked(False)
        if self.keep_edits():
            self.table.clearSelection()
            self.detail.show_contact(None)
            self.detail.tag_edit.setFocus()

    def trash_selected(self) -> None:
        self._write_selected(self.ops.trash)

    def restore_selected(self) -> None:
        self._write_selected(self.ops.restore)

    def show_trash(self, in_trash: bool) -> None:
        if not self.keep_edits():
            self.trash_action.blockSignals(True)
            self.trash_action.setChecked(not in_trash)
            self.trash_action.blockSignals(False)
            return
        self.model.set_trash(in_trash)
        self.search.in_trash = self.sidebar.groups.in_trash = in_trash
        self.sidebar.refresh(self.search.filter, in_trash)
        self.sidebar.groups.schedule_reload()
        self.update_actions()
        self.detail.show_contact(None)
        if self.model.rowCount():
            self.table.select_row(0)

    def _write_selected(self, write) -> None:
        ids = self.table.selected_ids()
        if not ids or not self.safety.writable:
            return
        if len(ids) >= BULK:  # many at once: a backup first (in a worker), then the change
            self.safety.backup_before_bulk(lambda: self._write_ids(write, ids))
        else:
            self._write_ids(write, ids)

    def _write_ids(self, write, ids) -> None:
        try:
            write(ids)
        except EXPECTED_ERRORS as e:
            self.show_error(error_message(e))

    def show_contact(self, contact_id: int) -> None:
        """Switch to the list and select ``contact_id`` (clearing the search if it hides it)."""
        self.tabs.setCurrentIndex(0)
        if self.trash_action.isChecked():
            self.trash_action.setChecked(False)
        if not self.table.select_id(contact_id) and self.search.text():
            self.search.clear()
            self._search("")
            self.table.select_id(contact_id)
        self.table.setFocus()

    def _group_ids(self) -> list[int]:
        return self.model.ids_for_rows([(0, self.model.rowCount() - 1)]) \
            if self.model.rowCount() else []

    def _search(self, text: str) -> None:
        self.model.set_filter(text)
        self.sidebar.groups.current_filter = text
        self.sidebar.refresh(self.search.filter, self.model.in_trash)
        if self.detail.contact_id is not None:
            try:
                self.table.select_id(self.detail.contact_id)
            except EXPECTED_ERRORS as e:
                self.on_read_failed(e)

    def _show_contact(self, contact_id) -> None:
        """The detail pane shows ``contact_id``; a read error (damage) leaves it empty."""
        try:
            self.detail.show_contact(contact_id)
        except EXPECTED_ERRORS as e:
            self.detail.show_contact(None)
            self.on_read_failed(e)

    def on_read_failed(self, error) -> None:
        """Rows or a contact could not be read. Damage that the checks have not reported yet
        (it appeared after them) gets a quick check: it makes the database read-only."""
        from desktop_app.ui.safety.text import error_text

        if self.safety.state.damaged:
            text = self.tr("Some contacts cannot be shown: the file is damaged.")
        else:
            text = self.tr("Some contacts could not be read: %1").replace("%1", error_text(error))
        self.statusBar().showMessage(text, 15_000)
        self.safety.check_after_read_error(error)

    # --- keeping list, selection and detail pane in step --------------------------------------

    def _on_changed(self, changes) -> None:
        current_row = self.table.currentIndex().row()
        self.model.apply_changes(changes)
        if changes.contacts or changes.rows_added_or_removed:
            self.sidebar.refresh(self.search.filter, self.model.in_trash)
            self.search.clear_cache()
            self.sidebar.groups.schedule_reload()
        shown = self.detail.contact_id
        if shown is None:
            return
        if shown in changes.contacts and not self.detail.is_dirty():
            self.detail.reload()
        if self.table.select_id(shown) or self.detail.is_dirty():
            return
        count = self.model.rowCount()  # the shown contact left the list: show its neighbour
        if count and current_row >= 0:
            self.table.select_row(min(current_row, count - 1))
        else:
            self.detail.show_contact(None)

    def _on_current_changed(self, current, _previous) -> None:
        if self._detail is None:  # before the first paint (focus makes a row current): the
            return  # pane is not built yet, and shows the current row when it is
        contact_id = current.data(ID_ROLE) if current.isValid() else None
        if contact_id is None or contact_id == self.detail.contact_id:
            return
        if self.detail.is_dirty():  # save first; after the selection change has settled
            QTimer.singleShot(0, lambda: self._leave_for(contact_id))
        else:
            self._show_contact(contact_id)

    def _leave_for(self, contact_id: int) -> None:
        if self.keep_edits():
            self._show_contact(contact_id)
            self.table.select_id(contact_id)
        elif self.detail.contact_id is not None:
            self.table.select_id(self.detail.contact_id)
        else:
            self.table.clearSelection()

    def _show_count(self, count: int) -> None:
        text = self.tr("1 contact") if count == 1 else self.tr("%1 contacts")
        if self.model.in_trash:
            text = self.tr("1 contact in the trash") if count == 1 else \
                self.tr("%1 contacts in the trash")
        self.count_label.setText(text.replace("%1", f"{count:,}"))
        total = count
        if self.model.filtered:  # else the list is all of them: no second count of 100k rows
            from desktop_app.core.contacts import records as contacts

            total = contacts.count(in_trash=self.model.in_trash)
        self.search.show_count(count, total)
        self.group.update_state()

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Contact Book"), message)

    def keep_edits(self) -> bool:
        """Before the shown contact goes away: save it. True when nothing typed is left
        unsaved; read-only, the typed text cannot be saved and the user decides."""
        from PySide6.QtWidgets import QMessageBox

        if not self.detail.is_dirty():
            return True
        if self.safety.writable:
            return self.detail.save()
        answer = QMessageBox.question(
            self, self.tr("Contact Book"),
            self.tr("The database is read-only now, so your changes to this contact cannot be "
                    "saved. Discard them? (Cancel keeps them on screen so you can copy them.)"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # --- data safety --------------------------------------------------------------------------

    def update_actions(self, *_args) -> None:
        """Writes are possible only while the database is writable and checked."""
        writable = self.safety.writable and self.safety_actions.busy_dialog is None
        in_trash = self.model.in_trash
        stack = self.ops.stack
        detail = self._detail  # not built yet: nothing typed, nothing to set
        self.new_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self.save_action.setEnabled(writable and detail is not None and detail.is_dirty())
        self.delete_action.setEnabled(writable and not in_trash)
        self.restore_action.setEnabled(writable and in_trash)
        self.undo_action.setEnabled(writable and stack.canUndo())
        self.redo_action.setEnabled(writable and stack.canRedo())
        idle = self.safety_actions.busy_dialog is None and not self.safety.checking
        self.restore_backup_action.setEnabled(idle and self.safety.can_restore)
        self.backup_now_action.setEnabled(idle)
        self.check_action.setEnabled(idle)
        if detail is None:
            pass
        elif in_trash:
            detail.set_read_only(True)
        elif not self.safety.writable:  # checking (a moment, said in the status bar) or read-only
            detail.set_read_only(True, "" if self.safety.checking else self.tr(
                "Read-only: see the message at the top of the window."))
        else:
            detail.set_read_only(False)
        self.followup.set_read_only(not self.safety.writable)

    def _on_restored(self, result) -> None:
        from desktop_app.core.changes import Changes

        self.ops.stack.clear()  # the commands describe the content that was replaced
        self.detail.show_contact(None)
        self.events.changed.emit(Changes(rows_added_or_removed=True))
        if self.model.rowCount():
            self.table.select_row(0)
        self.statusBar().showMessage(self.tr("Restored the backup from %1.").replace(
            "%1", local_moment(result.restored.taken_at)), 10_000)

    def bring_to_front(self) -> None:
        """Another launch for this database asked for the window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def eventFilter(self, watched, event) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint \
                and watched is self.table.viewport():
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    # --- remembered state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        stored = settings()
        geometry = stored.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = stored.value("main/splitter")
        if isinstance(splitter, QByteArray):
            defaults = self.splitter.sizes()
            # a state saved by a version with other panes would hide one: keep the defaults
            if not self.splitter.restoreState(splitter) or 0 in self.splitter.sizes()[1:]:
                self.splitter.setSizes(defaults)
        header = stored.value("main/header")
        if isinstance(header, QByteArray):
            self.table.restore_header_state(header, stored.value("main/columns"))

    def save_state(self) -> None:
        stored = settings()
        stored.setValue("main/geometry", self.saveGeometry())
        stored.setValue("main/splitter", self.splitter.saveState())
        header, columns = self.table.header_state()
        stored.setValue("main/header", header)
        stored.setValue("main/columns", columns)

    def closeEvent(self, event) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.safety_actions.busy_dialog is not None:  # the user waits for a restore...
            event.ignore()
            return
        detail = self._detail  # not built yet: nothing to save
        if detail is not None and detail.is_dirty() and not self.safety.writable:
            if not self.keep_edits():
                event.ignore()
                return
        elif detail is not None and not detail.save():
            answer = QMessageBox.question(
                self, self.tr("Contact Book"),
                self.tr("The contact could not be saved. Close anyway and lose the changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_state()
        self.sidebar.shutdown()
        super().closeEvent(event)

