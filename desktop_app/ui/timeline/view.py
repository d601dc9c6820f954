"""The timeline of the shown lead: quick-log bar, channel filter, and the list of entries.

``TimelineView`` is a QListView over a ``TimelineModel`` painted by ``TimelineDelegate``: no
widget per entry, pages fetched as the user scrolls. ``TimelinePanel`` lays out the quick-log
bar, the filter and the view, writes through ``TimelineOperations`` (undoable) and refreshes
from ``events.changed``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.timeline import channels as ch
from desktop_app.ui.timeline import labels
from desktop_app.ui.timeline.model import ENTRY, ENTRY_ID_ROLE, TimelineModel
from desktop_app.ui.timeline.undo_commands import TimelineOperations
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message
from desktop_app.ui.timeline import channel_icons
from desktop_app.ui.timeline.quick_log import QuickLogBar
from desktop_app.ui.timeline.delegate import TimelineDelegate

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | \
    QItemSelectionModel.SelectionFlag.Current
_MOVE_HOME = QAbstractItemView.CursorAction.MoveHome
_MOVE_END = QAbstractItemView.CursorAction.MoveEnd


class TimelineView(QListView):
    """The entries, newest first. Day headers cannot be selected; system events can be selected
    (to read them) but never edited or deleted.

    Signals:
        edit_requested(int): edit the interaction with this id (double-click, Enter, menu).
        delete_requested(list): delete these interactions (Delete key, menu).
    """

    edit_requested = Signal(int)
    delete_requested = Signal(list)

    def __init__(self, model: TimelineModel, parent=None):
        super().__init__(parent)
        self.read_only = False
        self.placeholder = ""
        self.setModel(model)
        self._delegate = TimelineDelegate(self)  # PySide: keep the wrapper alive
        self.setItemDelegate(self._delegate)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.triggered.connect(self._edit_current)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_selected)
        self.addAction(self.delete_action)
        self.doubleClicked.connect(lambda index: self._edit_row(index.row()))

    # --- entries ------------------------------------------------------------------------------

    def current_entry_id(self) -> int | None:
        return self.currentIndex().data(ENTRY_ID_ROLE)

    def selected_interactions(self) -> list[int]:
        """Ids of the selected entries that can be edited and deleted (not system events)."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        out = []
        for number in rows:
            row = self.model().row_at(number)
            if row is not None and row.kind == ENTRY:
                out.append(row.entry.id)
        return out

    def select_entry(self, entry_id: int | None, scroll: bool = True) -> bool:
        number = None if entry_id is None else self.model().row_of(entry_id)
        if number is None:
            return False
        index = self.model().index(number)
        self.selectionModel().setCurrentIndex(index, _SELECT)
        if scroll:
            self.scrollTo(index)
        return True

    def _editable_row(self, number: int):
        row = self.model().row_at(number)
        return row if row is not None and row.kind == ENTRY and not self.read_only else None

    def _edit_row(self, number: int) -> None:
        row = self._editable_row(number)
        if row is not None:
            self.edit_requested.emit(row.entry.id)

    def _edit_current(self) -> None:
        self._edit_row(self.currentIndex().row())

    def _delete_selected(self) -> None:
        ids = self.selected_interactions()
        if ids and not self.read_only:
            self.delete_requested.emit(ids)

    # --- keys, menu, empty state --------------------------------------------------------------

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._delegate.clear_cache()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._edit_current()
            return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers) -> QModelIndex:
        if action in (_MOVE_HOME, _MOVE_END):  # headers are not selectable: skip them
            model = self.model()
            rows = range(model.rowCount()) if action == _MOVE_HOME else \
                range(model.rowCount() - 1, -1, -1)
            for number in rows:
                if model.flags(model.index(number)) & Qt.ItemFlag.ItemIsSelectable:
                    return model.index(number)
            return QModelIndex()
        return super().moveCursor(action, modifiers)

    def contextMenuEvent(self, event) -> None:
        index = self.indexAt(event.pos())
        row = self.model().row_at(index.row()) if index.isValid() else None
        if row is None or row.kind != ENTRY or self.read_only:
            return  # system events and headers offer nothing to change
        if not self.selectionModel().isSelected(index):
            self.selectionModel().setCurrentIndex(index, _SELECT)
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.exec(event.globalPos())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.placeholder)


class TimelinePanel(QWidget):
    """The shown lead's timeline with its quick-log bar and channel filter.

    Signals:
        count_changed(int): how many entries the timeline (in the filter) has.
        logged_then_next(): a Ctrl+Enter log was written: the window shows the next lead.
        leave(): Esc in the quick-log bar.
    """

    count_changed = Signal(int)
    logged_then_next = Signal()
    leave = Signal()

    def __init__(self, ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.writes = TimelineOperations(ops)
        self.read_only = False
        self.edit_dialog = None
        self.model = TimelineModel(self)
        self.view = TimelineView(self.model)
        self.quick_log = QuickLogBar()
        lang = labels.language()
        self.filter = QComboBox()
        self.filter.setToolTip(self.tr("Show one channel only"))
        self.filter.addItem(self.tr("All channels"), None)
        for code in ch.CHANNEL_CODES:
            self.filter.addItem(channel_icons.icon(code), labels.label(code, lang), code)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: gray;")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.quick_log)
        layout.addWidget(self.error_label)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._connect_signals()
        self.set_contact(None)

    def _connect_signals(self) -> None:
        self.ops.events.changed.connect(self._on_changed)
        self.quick_log.submitted.connect(self.log)
        self.quick_log.submitted_next.connect(
            lambda values: self.log(values) and self.logged_then_next.emit())
        self.quick_log.leave.connect(self.leave)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.model.set_channel(self.filter.currentData()))
        self.view.edit_requested.connect(self.edit_entry)
        self.view.delete_requested.connect(self.delete_entries)
        self.model.count_changed.connect(self._show_count)

    # --- what is shown ------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self.model.contact_id

    def set_contact(self, contact_id: int | None) -> None:
        """Show this contact's timeline (None: nothing). The same contact again: no reload."""
        if contact_id == self.model.contact_id and contact_id is not None:
            return
        self.error_label.hide()
        self.model.set_contact(contact_id, self.filter.currentData())
        self.view.scrollToTop()
        self._update_enabled()

    def set_read_only(self, read_only: bool) -> None:
        """A contact in the trash: its timeline can be read, not written."""
        self.read_only = read_only
        self._update_enabled()

    def focus_quick_log(self) -> bool:
        """Ctrl+L: start logging (False when nothing can be logged here)."""
        if self.contact_id is None or self.read_only:
            return False
        self.quick_log.start()
        return True

    def _update_enabled(self) -> None:
        writable = self.contact_id is not None and not self.read_only
        self.quick_log.setEnabled(writable)
        self.view.read_only = not writable
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self.contact_id is None:
            text = ""
        elif self.model.channel is not None:
            text = self.tr("Nothing on this channel yet.")
        else:
            text = self.tr("Nothing logged yet. Ctrl+L logs a call, a message or a note.")
        if text != self.view.placeholder:  # (update_actions calls this at every keystroke
            self.view.placeholder = text  # and sort: repainting the timeline each time
            self.view.viewport().update()  # took ~3 ms of them)

    def _show_count(self, count: int) -> None:
        text = self.tr("1 entry") if count == 1 else self.tr("%1 entries")
        self.count_label.setText(text.replace("%1", f"{count:,}"))
        self._update_placeholder()
        self.count_changed.emit(count)

    def _on_changed(self, changes) -> None:
        if self.contact_id is None or self.contact_id not in changes.timeline:
            return
        current = self.view.current_entry_id()
        self.model.refresh()
        if current is not None and self.view.current_entry_id() != current:
            self.view.select_entry(current, scroll=False)

    # --- writes -------------------------------------------------------------------------------

    def log(self, values: dict) -> bool:
        """Log ``values`` (from the quick-log bar) for the shown contact; the entry is selected
        at the top and the bar cleared for the next one."""
        if self.contact_id is None or self.read_only:
            return False
        try:
            ids = self.writes.log(self.contact_id, values)
        except EXPECTED_ERRORS as e:
            self._show_error(error_message(e))
            return False
        self.error_label.hide()
        self.quick_log.clear()
        self.view.select_entry(ids[0] if ids else None, scroll=False)
        self.view.scrollToTop()
        return True

    def edit_entry(self, entry_id: int):
        """Open the edit dialog of an interaction (none for system events); returns it."""
        number = self.model.row_of(entry_id)
        row = self.model.row_at(number) if number is not None else None
        if row is None or row.kind != ENTRY or self.read_only:
            return None
        from desktop_app.ui.timeline.edit_dialog import EditInteractionDialog

        def apply(values: dict) -> str | None:
            try:
                self.writes.edit(entry_id, values)
            except EXPECTED_ERRORS as e:
                return error_message(e)
            return None

        self.edit_dialog = EditInteractionDialog(row.entry, apply, self)
        self.edit_dialog.finished.connect(self._dialog_closed)
        self.edit_dialog.open()
        return self.edit_dialog

    def _dialog_closed(self, _result) -> None:
        dialog, self.edit_dialog = self.edit_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.view.setFocus()

    def delete_entries(self, ids: list[int]) -> None:
        """Delete interactions (Undo restores them); the entry after them is selected next."""
        if not ids or self.read_only:
            return
        neighbour = self._neighbour(ids)
        try:
            self.writes.delete(ids)
        except EXPECTED_ERRORS as e:
            self._show_error(error_message(e))
            return
        self.view.select_entry(neighbour)

    def _neighbour(self, ids: list[int]) -> int | None:
        gone = set(ids)
        rows = [n for n in (self.model.row_of(i) for i in ids) if n is not None]
        if not rows:
            return None
        for numbers in (range(max(rows) + 1, self.model.rowCount()),
                        range(min(rows) - 1, -1, -1)):
            for number in numbers:
                row = self.model.row_at(number)
                if row.entry is not None and row.entry.id not in gone:
                    return row.entry.id
        return None

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
