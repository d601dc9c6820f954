"""Saved groups (``core.contacts.groups``) with live counts: click to filter by one."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.elide import never_scroll_sideways
from desktop_app.ui.common.empty_state import paint_empty_text
from desktop_app.ui.common.shortcuts import activates

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2


class GroupList(QListWidget):
    """The groups; with none yet, says what a group is and how one is made."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.empty_text = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_empty_text(self, self.empty_text)

    def keyPressEvent(self, event) -> None:
        """Enter or Space on a group is a click (the keyboard could only move through them)."""
        item = self.currentItem()
        if activates(event) and item is not None:
            self.itemClicked.emit(item)
            return
        super().keyPressEvent(event)


class GroupsPanel(QWidget):
    """The list of saved groups; empty until the first ``reload()`` (each count is a query).

    Signals:
        group_chosen(str): the filter text of a clicked group.
        failed(str): a message for the user (a duplicate name, ...).
    """

    group_chosen = Signal(str)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current_filter = ""
        self.in_trash = False
        title = QLabel(self.tr("Groups"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+ Save filter"))
        self.add_button.setToolTip(self.tr("Save the current filter as a group"))
        self.add_button.setAutoRaise(True)
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 0, 0)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.add_button)
        self.list = GroupList()
        # a long name is cut in the middle (its count stays in view), whole in a tooltip
        never_scroll_sideways(self.list, clip_rows=True, elide=Qt.TextElideMode.ElideMiddle)
        self.list.empty_text = self.tr("No groups yet: filter the list, then + Save filter.")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(header)
        column.addWidget(self.list)
        self.add_button.clicked.connect(self.ask_create)
        self.list.itemClicked.connect(lambda item: self.group_chosen.emit(item.data(FILTER_ROLE)))
        self.list.customContextMenuRequested.connect(self._menu)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.reload)  # the window's first reload: after its paint

    def schedule_reload(self) -> None:
        self._timer.start()

    def reload(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem  # after the first paint

        from desktop_app.core.contacts import groups

        self._timer.stop()
        self.list.clear()
        for group in groups.all_groups():
            n = groups.count(group, in_trash=self.in_trash)
            item = QListWidgetItem(f"{group.name}  ({n:,})")
            item.setData(ID_ROLE, group.id)
            item.setData(FILTER_ROLE, group.filter)
            item.setToolTip(group.filter)
            self.list.addItem(item)

    def texts(self) -> list[str]:
        return [self.list.item(k).text() for k in range(self.list.count())]

    # --- writes -------------------------------------------------------------------------------

    def create(self, name: str, filter_text: str | None = None) -> int | None:
        from desktop_app.core.contacts import groups

        return self._guard(groups.create, name,
                           self.current_filter if filter_text is None else filter_text)

    def rename(self, group_id: int, name: str) -> None:
        from desktop_app.core.contacts import groups

        self._guard(groups.rename, group_id, name)

    def delete(self, group_id: int) -> None:
        from desktop_app.core.contacts import groups

        self._guard(groups.delete, group_id)

    def _guard(self, write, *args):
        from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message

        try:
            result = write(*args)
        except EXPECTED_ERRORS as e:
            self.failed.emit(error_message(e))
            return None
        self.reload()
        return result

    def ask_create(self) -> None:
        if not self.current_filter.strip():
            self.failed.emit(self.tr("Type a filter first; a group saves the current filter."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save Group"), self.tr("Group name:"),
                                        text=self.current_filter[:30])
        if ok:
            self.create(name)

    def _menu(self, pos) -> None:
        from desktop_app.core.contacts import groups

        item = self.list.itemAt(pos)
        if item is None:
            return
        group_id = item.data(ID_ROLE)
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename…"))
        update = menu.addAction(self.tr("Replace with the current filter"))
        delete = menu.addAction(self.tr("Delete"))
        chosen = menu.exec(self.list.viewport().mapToGlobal(pos))
        if chosen is rename:
            group = groups.get(group_id)
            name, ok = QInputDialog.getText(self, self.tr("Rename Group"), self.tr("Group name:"),
                                            text=group.name)
            if ok:
                self.rename(group_id, name)
        elif chosen is update and self.current_filter.strip():
            self._guard(groups.set_filter, group_id, self.current_filter)
        elif chosen is delete:
            self.delete(group_id)
