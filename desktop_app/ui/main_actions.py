"""The main window's actions, menus and toolbar, and which of them are enabled (writes only
while the database is writable and checked). A part of ``MainWindow``."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.ui.common.shortcuts import plain_on_buttons, text_action


class MainActions:
    """Builds ``MainWindow``'s actions and menus (the window connects them)."""

    def _action(self, text: str, shortcut=None, *, checkable: bool = False) -> QAction:
        action = text_action(text, self, checkable=checkable)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New Contact"), QKeySequence.StandardKey.New)
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save)
        self.delete_action = self._action(self.tr("Move to &Trash"),
                                          QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"),
                                        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.trash_action = self._action(self.tr("Show &Trash"), QKeySequence("Ctrl+T"),
                                         checkable=True)
        self.restore_action = self._action(self.tr("Re&store"), QKeySequence("Ctrl+R"))
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.log_action = self._action(self.tr("&Log Interaction"), QKeySequence("Ctrl+L"))
        self.open_action = self._action(self.tr("&Open Database…"), QKeySequence.StandardKey.Open)
        self.backup_now_action = self._action(self.tr("&Back Up Now…"))
        self.restore_backup_action = self._action(self.tr("&Restore a Backup…"))
        self.check_action = self._action(self.tr("&Check Database"))
        self.import_action = self._action(self.tr("&Import…"), QKeySequence("Ctrl+I"))
        self.export_action = self._action(self.tr("&Export…"), QKeySequence("Ctrl+E"))
        self.backup_now_action.setToolTip(self.tr("Save a copy of the database to a file of "
                                                  "your choice, e.g. on a USB stick"))
        self.restore_backup_action.setToolTip(self.tr("Go back to one of the backups"))
        self.check_action.setToolTip(self.tr("Check every page and every reference of the "
                                             "database file"))
        for action in (self.save_action, self.restore_action, self.undo_action,
                       self.redo_action):
            action.setEnabled(False)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.save_action])
        file_menu.addSeparator()
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.sync.action)
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
        view_menu.addActions([self.next_lead_action, self.previous_lead_action])
        view_menu.addSeparator()
        view_menu.addAction(self.trash_action)
        self.followup.add_menu(self.menuBar())
        self.grading.add_menu(self.menuBar())
        self.reports.add_menu(self.menuBar())
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.save_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.trash_action, self.restore_action])
        plain_on_buttons(*toolbar.actions())

    def update_actions(self, *_args) -> None:
        """Writes are possible only while the database is writable and checked."""
        writable = self.safety.writable and self.safety_actions.busy_dialog is None
        in_trash = self.model.in_trash
        stack = self.ops.stack
        detail = self._detail  # not built yet: nothing typed, nothing to set
        self.new_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self.save_action.setEnabled(writable and detail is not None and detail.is_dirty())
        selected = self.model.rowCount() > 0 and self.table.selectionModel().hasSelection()
        self.delete_action.setEnabled(writable and not in_trash and selected)  # nothing to act
        self.restore_action.setEnabled(writable and in_trash and selected)  # on: disabled
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
        self.grading.set_read_only(not self.safety.writable)
        self.reports.set_read_only(not self.safety.writable)
        self.sync.set_read_only(not self.safety.writable)
