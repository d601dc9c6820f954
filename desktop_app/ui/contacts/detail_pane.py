"""View and edit one contact. The naming tag at the top and the seven fields mirror each other."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget,
)

from desktop_app.core.contacts import records as contacts
from desktop_app.core.contacts import naming_tag
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.ui import settings
from desktop_app.ui.common.core_text import error_core_text
from desktop_app.ui.common.elide import elided_label
from desktop_app.ui.common.formatting import local_time
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message
from desktop_app.ui.common.words import amount_text
from desktop_app.core.contacts.capture import duplicates, split_pasted
from desktop_app.ui.contacts.capture import merged
from desktop_app.ui.contacts.contact_form import ContactForm
from desktop_app.ui.contacts.phone_editor import PhoneEditor
from desktop_app.ui.grading.grade_panel import GradePanel
from desktop_app.ui.timeline.view import TimelinePanel

DETAILS_TAB, TIMELINE_TAB, GRADE_TAB = 0, 1, 2


class _PaneLayout(QVBoxLayout):
    """The pane's column, telling its scroll area no height-for-width: the area then scrolls
    only below the pane's minimum height. With it, the area asked for the *preferred* height
    (notes box, timeline...) and showed scroll bars at 1366 x 768, and in English a
    horizontal one too. Inside the pane, wrapped labels still get the height they need."""

    def hasHeightForWidth(self) -> bool:
        return False


class DetailPane(QWidget):
    """The selected contact (or a new one while ``contact_id`` is None).

    Signals:
        saved(int): the contact with this id was written (created or edited).
        dirty_changed(bool): the form now differs (or no longer differs) from what was loaded.
        open_contact(int): show this (existing) contact in the list (a duplicate opened).
        start_golden_week(int): a new contact was saved with "start 黄金七天 on save" ticked.
        leave(): Esc in a lead's pane (a field, the stage, the timeline, the tabs) that the
            focused widget did not use: the list takes the keyboard back (what was typed stays).
    """

    saved = Signal(int)
    dirty_changed = Signal(bool)
    open_contact = Signal(int)
    start_golden_week = Signal(int)
    leave = Signal()

    def __init__(self, ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self._contact_id: int | None = None
        self._tag_extra = ""
        self._snapshot = None
        self._dirty = False
        self._read_only = False
        self._duplicate_ok = False  # "Save Anyway" was pressed for this new contact
        self._build()
        self._connect_signals()
        self.show_contact(None)  # the window calls show_nothing() when no row is selected

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = elided_label()  # a long name is cut, never widens the pane
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.trash_banner = QLabel(self.tr("This contact is in the trash. Restore it to edit."))
        self.trash_banner.setStyleSheet("color: #8a6d3b;")
        self.trash_banner.setWordWrap(True)
        self.trash_banner.hide()
        details = ContactForm()
        self.form = details
        self.tag_edit = details.tag_edit
        self.fields = details.fields
        self.deal_hint = details.deal_hint
        self.stage = details.stage
        self.phones = details.phones
        self.email = details.email
        self.wechat = details.wechat
        self.notes = details.notes
        self.error_label = details.error_label
        self.meta_label = details.meta_label
        self.duplicate = details.duplicate
        self.start_on_save = details.start_on_save
        self.revert_button = details.revert_button
        self.save_button = details.save_button
        self.timeline = TimelinePanel(self.ops)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.grade_panel = GradePanel(self.ops)
        self.tabs.addTab(self.grade_panel, self.tr("Grade"))
        self._preferred_tab = settings().value("detail/tab", TIMELINE_TAB, type=int)
        self._switching = False

        self.empty_label = QLabel(self.tr("No contact selected. Pick one in the list, or add "
                                          "one with File › New Contact (Ctrl+N)."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: gray;")
        layout = _PaneLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.empty_label, 1, Qt.AlignmentFlag.AlignTop)  # not half-way down
        layout.addWidget(self.tabs, 1)
        self._editors = details.editors

    def fit_column(self, area) -> None:
        """The narrowest the scroll ``area`` holding the pane may be (the splitter stops
        there): the pane's minimum beside a vertical scroll bar, so no width the splitter
        allows shows a horizontal one (at least the window's 340 px)."""
        need = self.minimumSizeHint().width() + 2 * area.frameWidth() + \
            area.verticalScrollBar().sizeHint().width()
        area.setMinimumWidth(max(area.minimumWidth(), need))

    def _connect_signals(self) -> None:
        self.tag_edit.textEdited.connect(self._tag_edited)
        self.tag_edit.returnPressed.connect(self.save)
        for edit in self.fields.values():
            edit.textEdited.connect(self._field_edited)
            edit.returnPressed.connect(self.save)
        for edit in (self.email, self.wechat):
            edit.textEdited.connect(self._form_edited)
            edit.returnPressed.connect(self.save)
        self.stage.currentIndexChanged.connect(self._form_edited)
        self.phones.changed.connect(self._form_edited)
        self.notes.textChanged.connect(self._form_edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.phones.changed.connect(self._tab_order)
        self.duplicate.open_requested.connect(self._open_duplicate)
        self.duplicate.merge_requested.connect(self._merge_into)
        self.duplicate.save_anyway.connect(self._save_anyway)
        self.tabs.currentChanged.connect(self._remember_tab)
        self.timeline.count_changed.connect(self._show_timeline_count)

    # --- what is shown ------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict:
        """The form's editable values, as ``contacts.create``/``update`` take them."""
        values = {f: self.fields[f].text() for f in FIELDS}
        values.update(tag_extra=self._tag_extra, email=self.email.text(),
                      wechat=self.wechat.text(), notes=self.notes.toPlainText(),
                      stage=self.stage.currentData())
        return values

    def show_contact(self, contact_id: int | None) -> None:
        """Load a contact from the database (None: an empty new contact). Unsaved edits go."""
        record = None
        if contact_id is not None:
            try:
                record = contacts.get(contact_id)
            except NotFound:
                record = None
        self._load(record)

    def show_nothing(self) -> None:
        """No contact: the pane says so (a blank "New contact" form only when asked for)."""
        self.show_contact(None)
        self.tabs.hide()
        self.title_label.setText("")
        self.empty_label.show()
        self.trash_banner.hide()  # nothing shown: no "this contact is in the trash"

    def showing_nothing(self) -> bool:
        return self.empty_label.isVisibleTo(self)

    def reload(self) -> None:
        """Show the contact as stored (Revert): unsaved edits go."""
        self.show_contact(self._contact_id)

    def set_read_only(self, read_only: bool, message: str | None = None) -> None:
        """Show without editing (a contact in the trash, or a database that cannot be written
        now); text stays readable and selectable. ``message`` says why above the form (default:
        the trash; "" for none)."""
        self._read_only = read_only
        if message is None:
            message = self.tr("This contact is in the trash. Restore it to edit.")
        self.trash_banner.setText(message)
        for editor in self._editors:
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(read_only)
            elif isinstance(editor, PhoneEditor):
                editor.set_read_only(read_only)
            else:
                editor.setEnabled(not read_only)
        self.trash_banner.setVisible(read_only and bool(message) and not self.showing_nothing())
        self.timeline.set_read_only(read_only)
        self.grade_panel.set_read_only(read_only)
        self._update_buttons()

    def _load(self, record) -> None:
        self.empty_label.hide()
        self.tabs.show()
        self.trash_banner.setVisible(self._read_only and bool(self.trash_banner.text()))
        previous = self._contact_id
        self._contact_id = record.id if record else None
        self._tag_extra = record.tag_extra if record else ""
        for f in FIELDS:
            self.fields[f].setText(getattr(record, f) if record else "")
        self.email.setText(record.email if record else "")
        self.wechat.setText(record.wechat if record else "")
        self.notes.blockSignals(True)
        self.notes.setPlainText(record.notes if record else "")
        self.notes.blockSignals(False)
        self.stage.blockSignals(True)
        self.stage.setCurrentIndex(max(0, self.stage.findData(record.stage if record else "lead")))
        self.stage.blockSignals(False)
        self.phones.blockSignals(True)
        self.phones.set_phones(record.phones if record else [])
        self.phones.blockSignals(False)
        self.tag_edit.setText(record.tag if record else "")
        self.duplicate.hide()
        self._duplicate_ok = False
        self.start_on_save.setVisible(record is None)
        self._tab_order()
        if record:
            self.meta_label.setText(self.tr("Created %1 · Updated %2")
                                    .replace("%1", local_time(record.created_at))
                                    .replace("%2", local_time(record.updated_at)))
        else:
            self.meta_label.setText("")
        self._clear_error()
        self._snapshot = self._state()
        self._form_edited()
        self.timeline.set_contact(self._contact_id)
        self.grade_panel.set_contact(self._contact_id)
        self.tabs.setTabText(GRADE_TAB, self.tr("Grade %1").replace("%1", record.grade)
                             if record else self.tr("Grade"))
        if record is None:  # a new contact: its form
            self._show_tab(DETAILS_TAB, timeline=False)
        elif record.id != previous:  # another contact: the tab the user prefers
            self._show_tab(self._preferred_tab, timeline=True)
        else:  # the same one reloaded, or just created: stay where the user is
            self._show_tab(self.tabs.currentIndex(), timeline=True)

    # --- editing ------------------------------------------------------------------------------

    def _state(self):
        return self.values(), self.phones.phones()

    def _tab_order(self) -> None:
        """Tab: the seven fields, then the phone rows (number, label, its − button), then the
        stage and on (the − came after the notes, back up the form)."""
        chain = [self.tag_edit, *self.fields.values()]
        for row in self.phones.rows():
            chain += [row.number, row.label, row.remove]
        chain += [self.phones.add_button, self.stage, self.email, self.wechat, self.notes]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _tag_edited(self, text: str) -> None:
        tag, phone = split_pasted(text)
        if phone:  # "tag 13800138000" pasted from a phone: the number goes to the phones
            self.tag_edit.setText(tag)
            text = tag
            empty = [r for r in self.phones.rows() if not r.number.text().strip()]
            row = empty[0] if empty else self.phones.add_row()
            row.number.setText(phone)
        values = contacts.values_from_tag(text, typed=True)
        for f in FIELDS:
            self.fields[f].setText(values[f])
        self._tag_extra = values["tag_extra"]
        self._form_edited()

    def _field_edited(self) -> None:
        values = {f: naming_tag.clean_field(self.fields[f].text()) for f in FIELDS}
        extra = tuple(self._tag_extra.split(naming_tag.SEPARATOR)) if self._tag_extra else ()
        self.tag_edit.setText(naming_tag.compose(values, extra))
        self._form_edited()

    def _form_edited(self) -> None:
        self._update_deal_hint()
        name, company = (self.fields[f].text().strip() for f in ("name", "company"))
        title = " · ".join(x for x in (name, company) if x) or self.email.text().strip() \
            or self.wechat.text().strip()  # (a lead without a name: as the list shows it)
        self.title_label.setText(title or (self.tr("New contact") if self._contact_id is None
                                           else self.tr("(no name)")))
        dirty = self._state() != self._snapshot
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self._update_buttons()

    def _update_deal_hint(self) -> None:
        text = self.fields["deal_size"].text().strip()
        value = naming_tag.deal_value(text)
        if not text:
            self.deal_hint.setText("")
            self.deal_hint.setToolTip("")
        elif value is None:
            self.deal_hint.setText(self.tr("not an amount"))
            self.deal_hint.setToolTip(self.tr("Write an amount such as 50万, 1千万, 200w or 80,000 "
                                              "so the list can sort by it."))
        else:
            self.deal_hint.setText(f"= {amount_text(value)}")
            self.deal_hint.setToolTip(f"¥{value:,}")

    def _update_buttons(self) -> None:
        editable = self._dirty and not self._read_only
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)

    def keyPressEvent(self, event) -> None:
        """Esc reaches here when the focused field has no use for it (an open list or a
        completion closes itself first). A new contact's form keeps the keyboard."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers() \
                and self._contact_id is not None:
            self.leave.emit()
            return
        super().keyPressEvent(event)

    # --- the timeline tab ---------------------------------------------------------------------

    def focus_quick_log(self) -> bool:
        """Ctrl+L: show the timeline and start the quick-log bar (False: nothing to log for)."""
        if self._contact_id is None or self._read_only:
            return False
        self.tabs.setCurrentIndex(TIMELINE_TAB)  # as if chosen: remembered
        return self.timeline.focus_quick_log()

    def _show_tab(self, index: int, timeline: bool | None = None) -> None:
        """Show a tab (and enable the timeline tab or not) without making it the user's choice."""
        self._switching = True
        try:
            if timeline is not None:
                self.tabs.setTabEnabled(TIMELINE_TAB, timeline)
                self.tabs.setTabEnabled(GRADE_TAB, timeline)
            self.tabs.setCurrentIndex(index)
        finally:
            self._switching = False

    def _remember_tab(self, index: int) -> None:
        """The tab the user chose is the one shown for every contact from now on."""
        if not self._switching and index in (DETAILS_TAB, TIMELINE_TAB) and \
                index != self._preferred_tab:
            self._preferred_tab = index
            settings().setValue("detail/tab", index)

    def _show_timeline_count(self, count: int) -> None:
        title = self.tr("Timeline (%1)").replace("%1", f"{count:,}") if count else \
            self.tr("Timeline")
        self.tabs.setTabText(TIMELINE_TAB, title)

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the form (create or edit); False when it could not, with the reason shown."""
        if not self._dirty or self._read_only:
            return True
        values, phones = self._state()
        if self._contact_id is None and not self._duplicate_ok:
            found = duplicates([n for _label, n in phones], values["name"], values["company"])
            if found:
                self.duplicate.show_found(found)
                return False
        created = self._contact_id is None
        try:
            if self._contact_id is None:
                self._contact_id = self.ops.create(values, phones)
            else:
                self.ops.edit(self._contact_id, values, phones)
        except ValidationError as e:
            self._show_error(e.field, self._validation_message(e, values))
            return False
        except NotFound:
            self._contact_id = None
            self._show_error(None, self.tr(
                "This contact was deleted elsewhere. Save again to add it as a new contact."))
            return False
        except EXPECTED_ERRORS as e:
            self._show_error(None, error_message(e))
            return False
        self.show_contact(self._contact_id)
        self.form.warn_about_phones(phones)
        self.saved.emit(self._contact_id)
        if created and self.start_on_save.isChecked():
            self.start_golden_week.emit(self._contact_id)
        return True

    def _save_anyway(self) -> None:
        self._duplicate_ok = True
        self.duplicate.hide()
        self.save()

    def _open_duplicate(self, contact_id: int) -> None:
        """Drop the new contact's text and show the lead it duplicates."""
        self.show_contact(contact_id)
        self.open_contact.emit(contact_id)

    def _merge_into(self, contact_id: int) -> None:
        """Fill the existing lead's empty fields and add the new phones; show it."""
        values, phones = self._state()
        try:
            existing = contacts.get(contact_id)
            new_values, new_phones = merged(existing, values, phones)
            self.ops.edit(contact_id, new_values, new_phones)
        except EXPECTED_ERRORS as e:
            self._show_error(None, error_message(e))
            return
        self.show_contact(contact_id)
        self.saved.emit(contact_id)

    def _validation_message(self, error: ValidationError, values: dict) -> str:
        if error.field == "email":
            return self.tr("“%1” is not an email address.").replace("%1", values["email"].strip())
        return error_core_text(error)

    def _show_error(self, field: str | None, message: str) -> None:
        self._show_tab(DETAILS_TAB)
        self.form.show_error(field, message)

    def _clear_error(self) -> None:
        self.form.clear_error()
