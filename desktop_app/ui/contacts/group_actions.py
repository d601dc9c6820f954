"""The group follow-up actions of the window: select all in the filter, and the bulk writes
on every contact the current filter matches (each one transaction, undoable with Ctrl+Z)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QToolButton

from desktop_app.ui.common.shortcuts import plain_on_buttons, text_action
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message
from desktop_app.ui.common.words import count_text


class GroupActions(QObject):
    """Owns the actions and the "Group" menu; the window supplies its model and table."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._bulk = None
        self.select_all_action = text_action(self.tr("Select &All in Filter"), window)
        self.log_action = text_action(self.tr("&Log Interaction for Group…"), window)
        self.set_action = text_action(self.tr("&Set Field for Group…"), window)
        self.trash_action = text_action(self.tr("&Move Group to Trash…"), window)
        self.restore_action = text_action(self.tr("&Restore Group"), window)
        self.export_action = text_action(self.tr("&Export Group…"), window)
        self.menu = QMenu(self.tr("&Group"), window)
        self.menu.addAction(self.select_all_action)
        self.menu.addSeparator()
        self.menu.addActions([self.log_action, self.set_action, self.trash_action,
                              self.restore_action])
        self.menu.addSeparator()
        self.menu.addAction(self.export_action)
        self.button = QToolButton()
        # the arrow is part of the text: the style's own menu indicator is drawn over the
        # text's last letters (Fusion at the default size)
        self.button.setText(self.tr("Group actions") + " ▾")
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.select_button = QToolButton()
        self.select_button.setDefaultAction(self.select_all_action)
        self.select_all_action.triggered.connect(self.select_all)
        self.log_action.triggered.connect(self.ask_log)
        self.set_action.triggered.connect(self.ask_set)
        self.trash_action.triggered.connect(self.ask_trash)
        self.restore_action.triggered.connect(lambda: self.restore_all())
        self.export_action.triggered.connect(lambda: self.window.open_export(group=True))
        self.update_state()

    @property
    def bulk(self):
        """The undoable group writes (``bulk_undo.BulkOperations``), loaded when first used:
        the window's first paint does not wait for the write modules."""
        if self._bulk is None:
            from desktop_app.ui.contacts.bulk_undo import BulkOperations

            self._bulk = BulkOperations(self.window.ops, self.window)
        return self._bulk

    # --- the group ----------------------------------------------------------------------------

    def group_ids(self) -> list[int]:
        model = self.window.model
        from desktop_app.core.contacts import listing

        return listing.ids(model._where, sort=model.sort_key[0], descending=model.sort_key[1],
                            in_trash=model.in_trash)

    def update_state(self) -> None:
        model = self.window.model
        n = model.rowCount()
        self.select_all_action.setText(self.tr("Select &all %1 in this filter").replace(
            "%1", f"{n:,}"))
        plain_on_buttons(self.select_all_action)  # shown on a button beside the list
        live = not model.in_trash
        for action in (self.log_action, self.set_action, self.trash_action):
            action.setEnabled(live and n > 0)
        self.restore_action.setEnabled(model.in_trash and n > 0)
        self.select_all_action.setEnabled(n > 0)
        self.export_action.setEnabled(n > 0)  # also read-only: exporting only reads

    def select_all(self) -> None:
        self.window.table.selectAll()
        self.window.table.setFocus()

    # --- writes (tests call these directly; the ask_* methods show a dialog first) -------------

    def _guard(self, write, *args):
        try:
            return write(*args)
        except EXPECTED_ERRORS as e:
            self.window._show_error(error_message(e))
            return None

    def log_all(self, values: dict):
        ids = self.group_ids()
        return self._guard(self.bulk.log, ids, values) if ids else None

    def set_all(self, field: str, value: str):
        ids = self.group_ids()
        from desktop_app.ui.contacts.bulk_set_dialog import field_labels  # dialogs load when first used

        label = field_labels(self.window).get(field, field)
        return self._guard(self.bulk.set_field, ids, field, value, label) if ids else None

    def trash_all(self):
        ids = self.group_ids()
        return self._guard(self.bulk.trash, ids) if ids else None

    def restore_all(self):
        ids = self.group_ids()
        return self._guard(self.bulk.restore, ids) if ids else None

    def ask_log(self) -> None:
        from desktop_app.ui.timeline.bulk_log_dialog import BulkLogDialog

        dialog = BulkLogDialog(self.window.model.rowCount(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.log_all(dialog.values())

    def ask_set(self) -> None:
        from desktop_app.ui.contacts.bulk_set_dialog import BulkSetDialog

        dialog = BulkSetDialog(self.window.model.rowCount(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            field, value, _label = dialog.values()
            if field == "stage" and not value:
                return
            self.set_all(field, value)

    def ask_trash(self) -> None:
        n = self.window.model.rowCount()
        answer = QMessageBox.question(
            self.window, self.tr("Move Group to Trash"),
            count_text(n, self.tr("Move the 1 contact of this filter to the trash? Undo brings "
                                  "it back."),
                       self.tr("Move all %1 contacts of this filter to the trash? Undo brings "
                               "them back.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.trash_all()
