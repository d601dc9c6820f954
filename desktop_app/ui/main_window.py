"""The main window: the list with its search box on the left, the detail pane on the right."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)

from . import settings
from .events import Events
from .models.contact_table import ID_ROLE, ContactTableModel
from .undo import EXPECTED_ERRORS, Operations, error_message
from .widgets.contact_list import ContactListView
from .widgets.detail_pane import DetailPane
from .group_actions import GroupActions
from .widgets.facet_sidebar import FacetSidebar
from .widgets.filter_bar import FilterBar

class MainWindow(QMainWindow):
    """Lays out and wires the list, the search box and the detail pane."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact Book"))
        self.events = Events(self)
        self.ops = Operations(self.events, self)
        self.model = ContactTableModel(self)
        self._build_actions()
        self._build_layout()
        self._build_menus()
        self._connect_signals()
        self._restore_state()
        self._show_count(self.model.rowCount())
        self.sidebar.refresh(self.search.filter, False)
        if self.model.rowCount():
            self.table.select_row(0)
        self.table.setFocus()

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
        for action in (self.save_action, self.restore_action, self.undo_action,
                       self.redo_action):
            action.setEnabled(False)

    def _build_layout(self) -> None:
        self.search = FilterBar()  # the filter bar (ui/widgets/filter_bar.py)
        self.sidebar = FacetSidebar()  # groups and facets
        self.group = GroupActions(self)
        self.table = ContactListView(self.model)
        self.table.addAction(self.delete_action)

        self.detail = DetailPane(self.ops)
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
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
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        available = self.screen().availableGeometry()
        self.resize(min(1440, available.width()), min(860, available.height()))
        self.splitter.setSizes([220, self.width() - 620, 400])

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.save_action])
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
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self.undo_action.setToolTip)  # what Undo would undo
        stack.redoTextChanged.connect(self.redo_action.setToolTip)
        self.new_action.triggered.connect(self.new_contact)
        self.save_action.triggered.connect(self.detail.save)
        self.delete_action.triggered.connect(self.trash_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.trash_action.toggled.connect(self.show_trash)
        self.find_action.triggered.connect(self.search.setFocus)
        self.log_action.triggered.connect(self.detail.focus_quick_log)
        self.quit_action.triggered.connect(self.close)
        self.search.search_changed.connect(self._search)
        self.events.changed.connect(self._on_changed)
        self.ops.failed.connect(self._show_error)
        self.model.count_changed.connect(self._show_count)
        self.sidebar.facet_clicked.connect(self.search.toggle_term)
        self.sidebar.range_clicked.connect(self.search.toggle_range)
        self.sidebar.groups.group_chosen.connect(self.search.set_text)
        self.sidebar.groups.failed.connect(self._show_error)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail.saved.connect(self.table.select_id)
        self.detail.dirty_changed.connect(self.save_action.setEnabled)

    # --- actions ------------------------------------------------------------------------------

    def new_contact(self) -> None:
        if self.trash_action.isChecked():
            self.trash_action.setChecked(False)
        if self.detail.save():
            self.table.clearSelection()
            self.detail.show_contact(None)
            self.detail.tag_edit.setFocus()

    def trash_selected(self) -> None:
        self._write_selected(self.ops.trash)

    def restore_selected(self) -> None:
        self._write_selected(self.ops.restore)

    def show_trash(self, in_trash: bool) -> None:
        if not self.detail.save():
            self.trash_action.blockSignals(True)
            self.trash_action.setChecked(not in_trash)
            self.trash_action.blockSignals(False)
            return
        self.model.set_trash(in_trash)
        self.search.in_trash = self.sidebar.groups.in_trash = in_trash
        self.sidebar.refresh(self.search.filter, in_trash)
        self.sidebar.groups.schedule_reload()
        self.restore_action.setEnabled(in_trash)
        self.delete_action.setEnabled(not in_trash)
        self.detail.set_read_only(in_trash)
        self.detail.show_contact(None)
        if self.model.rowCount():
            self.table.select_row(0)

    def _write_selected(self, write) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        try:
            write(ids)
        except EXPECTED_ERRORS as e:
            self._show_error(error_message(e))

    def _search(self, text: str) -> None:
        self.model.set_filter(text)
        self.sidebar.groups.current_filter = text
        self.sidebar.refresh(self.search.filter, self.model.in_trash)
        if self.detail.contact_id is not None:
            self.table.select_id(self.detail.contact_id)

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
        contact_id = current.data(ID_ROLE) if current.isValid() else None
        if contact_id is None or contact_id == self.detail.contact_id:
            return
        if self.detail.is_dirty():  # save first; after the selection change has settled
            QTimer.singleShot(0, lambda: self._leave_for(contact_id))
        else:
            self.detail.show_contact(contact_id)

    def _leave_for(self, contact_id: int) -> None:
        if self.detail.save():
            self.detail.show_contact(contact_id)
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
        from ..core import contacts

        self.search.show_count(count, contacts.count(in_trash=self.model.in_trash))
        self.group.update_state()

    def _show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Contact Book"), message)

    # --- remembered state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        stored = settings()
        geometry = stored.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = stored.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
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
        if not self.detail.save():
            from PySide6.QtWidgets import QMessageBox

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
