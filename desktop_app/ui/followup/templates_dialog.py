"""Follow-up › Cadence Templates…: the templates (built-in and the user's own) with how many
leads run each; New, Edit, Duplicate and Delete, the form beside the list. Writes go through
``TemplateOps`` (undoable); an expected error (a name taken meanwhile, a read-only database,
a template still running) is shown in the dialog, never raised."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.followup import templates as ct
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message
from desktop_app.ui.common.words import template_name
from desktop_app.ui.followup.template_editor import TemplateEditor, days_words

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_DAYS, COL_RUNNING = range(3)
NEW_DRAFT = ct.Draft("", "", "1,3,7")


class CadenceTemplatesDialog(QDialog):
    """``template_ops``: ``TemplateOps`` (the window's undo stack); ``today`` a callable."""

    def __init__(self, template_ops, today, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cadence Templates"))
        self.template_ops = template_ops
        self.editing: int | None | bool = False  # False: viewing; None: a new one; else its id
        self.running: dict[int, int] = {}
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Touch days"), self.tr("Running")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(COL_DAYS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button,
                       self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(row)
        self.editor = TemplateEditor(today)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        self.box = QGroupBox(self.tr("Template"))
        right = QVBoxLayout(self.box)
        right.addWidget(self.editor)
        right.addStretch(1)
        right.addLayout(actions)
        panes = QHBoxLayout()
        panes.addLayout(left, 1)
        panes.addWidget(self.box, 1)
        self.status = QLabel()  # what the last write did, or why it was refused
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(panes)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemDoubleClicked.connect(lambda *_: self.edit())
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.editor.changed.connect(self._update_buttons)
        self.reload()

    def keyPressEvent(self, event) -> None:
        """Enter on a template edits it (the list passes Enter on, and the dialog's default
        button was New: a new template instead); Esc while editing cancels the editing, then
        closes the dialog."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self.editing is not False:
            self.cancel()
            self.list.setFocus()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.hasFocus():
            self.edit()
            return
        super().keyPressEvent(event)

    # --- the list -----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the templates and their running counts again; keep or move the selection."""
        if select is None:
            select = self.current_id()
        self.running = ct.running_counts()
        self.list.blockSignals(True)
        self.list.clear()
        for t in cadence_store.templates():
            n = self.running.get(t.id, 0)
            item = QTreeWidgetItem([template_name(t), days_words(t.template),
                                    f"{n:,}" if n else ""])
            item.setData(COL_NAME, ID_ROLE, t.id)
            item.setToolTip(COL_NAME, t.key)
            item.setTextAlignment(COL_RUNNING, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if t.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.blockSignals(False)
        for col in (COL_NAME, COL_RUNNING):
            self.list.resizeColumnToContents(col)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(COL_NAME, ID_ROLE)

    def names(self) -> list[str]:
        return [self.list.topLevelItem(k).text(COL_NAME)
                for k in range(self.list.topLevelItemCount())]

    def _show_current(self) -> None:
        if self.editing is not False:
            return
        template_id = self.current_id()
        if template_id is not None:
            stored = cadence_store.by_id(template_id)
            self.editor.load(ct.Draft.of(stored.template), template_id)
        self._set_editing(False)

    # --- modes --------------------------------------------------------------------------------

    def _set_editing(self, editing) -> None:
        self.editing = editing
        viewing = editing is False
        self.editor.set_editing(not viewing)
        self.list.setEnabled(viewing)
        self.new_button.setEnabled(viewing)
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(viewing and self.current_id() is not None)
        self.cancel_button.setEnabled(not viewing)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.editing is not False and not self.editor.problems())

    def _start(self, draft: ct.Draft, template_id: int | None, key_follows_name=False) -> None:
        self.status.clear()
        self.editor.load(draft, template_id, self.running.get(template_id, 0) if template_id
                         else 0, key_follows_name)
        self._set_editing(template_id)
        if template_id is None:
            self.list.clearSelection()  # a new one: none of the list is being edited
        self.editor.name.setFocus()
        self.editor.name.selectAll()

    def new(self) -> None:
        self._start(NEW_DRAFT, None, key_follows_name=True)

    def edit(self) -> None:
        template_id = self.current_id()
        if template_id is not None and self.editing is False:
            self._start(ct.Draft.of(cadence_store.by_id(template_id).template), template_id)

    def duplicate(self) -> None:
        template_id = self.current_id()
        if template_id is None:
            return
        draft = ct.Draft.of(cadence_store.by_id(template_id).template)
        name = ct.copy_name(template_name(draft), [t.name for t in cadence_store.templates()])
        self._start(replace(draft, name=name, key=""), None, key_follows_name=True)

    def cancel(self) -> None:
        self.status.clear()
        self._set_editing(False)
        if self.list.currentItem() is not None:
            self.list.currentItem().setSelected(True)
        self._show_current()

    # --- writes -------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.editing is False or self.editor.problems():
            return False
        tpl = ct.template_of(self.editor.draft())
        template_id = self.editing
        try:
            if template_id is None:
                template_id = self.template_ops.add(tpl)
                text = self.tr("Added %1.")
            else:
                self.template_ops.edit(template_id, tpl)
                text = self.tr("Saved %1.")
        except EXPECTED_ERRORS as e:
            self._show_status(error_message(e), error=True)
            return False
        running = self.running.get(template_id, 0)
        if running:
            text += " " + self.tr("%n lead(s) run it: their next touch keeps its date, the "
                                  "steps after it follow the new days.", "", running)
        self.editing = False
        self.reload(select=template_id)
        self._show_status(text.replace("%1", template_name(tpl)))
        return True

    def delete(self) -> bool:
        template_id = self.current_id()
        if template_id is None:
            return False
        name = template_name(cadence_store.by_id(template_id))
        try:
            self.template_ops.delete(template_id)  # refused while leads run it
        except EXPECTED_ERRORS as e:
            self._show_status(error_message(e), error=True)
            return False
        self.reload()
        self._show_status(self.tr("Deleted %1. Edit › Undo brings it back.").replace("%1", name))
        return True

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828;" if error else "")
        self.status.setText(text)


def edit_templates(parent, template_ops, today) -> CadenceTemplatesDialog:
    """Show the dialog (modal) until the user closes it."""
    dialog = CadenceTemplatesDialog(template_ops, today, parent)
    dialog.resize(920, 540)
    dialog.exec()
    return dialog


__all__ = ["CadenceTemplatesDialog", "edit_templates"]
