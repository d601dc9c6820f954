"""Keeping the contact list, its selection and the detail pane in step: filtering keeps the
shown contact when it is still listed; a write's ``Changes`` refresh the list, the facets and
the pane; typed edits are saved (or kept) before the pane shows another contact. Also the
list's own actions (new, trash, restore, the trash view) and the count under it. A part of
``MainWindow``."""
from __future__ import annotations

from PySide6.QtCore import QTimer

from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message
from desktop_app.ui.contacts.table_model import ID_ROLE
from desktop_app.ui.safety.monitor import BULK


class SelectionSync:
    """The list/selection/detail behaviour of ``MainWindow``."""

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
        self.detail.show_nothing()
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
            self.search.set_text("")  # the list shows every lead again (search_changed)
            self.table.select_id(contact_id)
        self.table.setFocus()

    def _show_filtered(self, text: str) -> None:
        """Switch to the list, filtered by ``text`` (e.g. Today's "cadence:ended")."""
        self.tabs.setCurrentIndex(0)
        if self.trash_action.isChecked():
            self.trash_action.setChecked(False)
        self.search.set_text(text)
        self.table.setFocus()

    def _chosen_ids(self) -> list[int]:
        """The selected leads, or the focused row's lead when none is selected (a focused row
        is never read as "the whole list")."""
        chosen = self.table.selected_ids()
        if chosen:
            return chosen
        current = self.table.current_id()
        return [current] if current is not None else []

    def _group_ids(self) -> list[int]:
        return self.model.ids_for_rows([(0, self.model.rowCount() - 1)]) \
            if self.model.rowCount() else []

    def _search(self, text: str) -> None:
        """Apply ``text`` now (set, confirmed, a click); typing goes through the model's
        worker (``request_filter``) and arrives at ``_filter_shown``."""
        self.model.set_filter(text)
        self._filter_shown(text)

    def _typed_filter_shown(self, text: str) -> None:
        """A typed filter's rows arrived. When the shown lead left the list, the pane shows
        the first row's lead after the list has painted the rows (``after_paint``): reading
        a lead and its timeline took 12-40 ms at 100,000 leads, and ran before that paint
        (a zero-time timer runs before Qt's paint)."""
        self._pane_later = True
        try:
            self._filter_shown(text)
        finally:
            self._pane_later = False

    def _show_current_in_pane(self) -> None:
        contact_id = self.table.current_id()
        if contact_id is not None and contact_id != self.detail.contact_id \
                and not self.detail.is_dirty():
            self._show_contact(contact_id)

    def _filter_shown(self, text: str) -> None:
        """The list shows ``text``'s rows: facets, groups and the detail pane follow."""
        self.sidebar.groups.current_filter = text
        self.sidebar.refresh(self.search.filter, self.model.in_trash)
        if self.detail.contact_id is not None:
            try:
                listed = self.table.select_id(self.detail.contact_id)
            except EXPECTED_ERRORS as e:
                self.on_read_failed(e)
                return
            if not listed and not self.detail.is_dirty():
                self._follow_the_list()

    def _follow_the_list(self) -> None:
        """The shown contact left the list (a filter hides it): show the first listed one,
        or nothing; never a lead the list does not show."""
        if self.model.rowCount():
            self.table.select_row(0)
        else:
            self.table.clearSelection()
            self.detail.show_nothing()

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

    def _on_changed(self, changes) -> None:
        current_row = self.table.currentIndex().row()
        if changes.rows_added_or_removed or changes.contacts:
            self._totals.clear()  # "of N": counted again when next shown
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
            self.detail.show_nothing()

    def _on_saved(self, contact_id: int) -> None:
        """Select the saved contact; one the filter (or the trash view) hides is announced."""
        if self.table.select_id(contact_id):
            return
        from desktop_app.core.contacts import records as contacts

        (record,) = contacts.get_many([contact_id]) or (None,)
        name = (record.tag or record.name) if record is not None else ""
        self.statusBar().showMessage(self.tr(
            "Saved “%1”. It is not in the list: the filter hides it (Esc in the filter bar "
            "shows every contact).").replace("%1", name), 20_000)

    def _on_current_changed(self, current, _previous) -> None:
        if self._detail is None:  # before the first paint (focus makes a row current): the
            return  # pane is not built yet, and shows the current row when it is
        contact_id = current.data(ID_ROLE) if current.isValid() else None
        if contact_id is None or contact_id == self.detail.contact_id:
            return
        if self.detail.is_dirty():  # save first; after the selection change has settled
            QTimer.singleShot(0, lambda: self._leave_for(contact_id))
        elif self._pane_later:
            self.table.after_paint(self._show_current_in_pane)
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
        self.update_actions()  # no rows: nothing to trash or restore
        text = self.tr("1 contact") if count == 1 else self.tr("%1 contacts")
        if self.model.in_trash:
            text = self.tr("1 contact in the trash") if count == 1 else \
                self.tr("%1 contacts in the trash")
        self.count_label.setText(text.replace("%1", f"{count:,}"))
        total = count
        if self.model.filtered:  # else the list is all of them: no second count of 100k rows
            total = self._totals.get(self.model.in_trash)  # kept until a change
            if total is None:
                from desktop_app.core.contacts import records as contacts

                total = self._totals[self.model.in_trash] = contacts.count(
                    in_trash=self.model.in_trash)
        else:
            self._totals[self.model.in_trash] = count
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
