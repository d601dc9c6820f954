"""The Details tab of the detail pane: the naming tag, the seven fields it mirrors, phones, stage,
email, WeChat, notes, the error line, the duplicate warning and the Save/Revert buttons.
``DetailPane`` loads, tracks and saves; this widget only lays them out and marks an error."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from desktop_app.core.contacts.naming_tag import FIELDS
from desktop_app.ui.common.words import stage_names
from desktop_app.ui.contacts.capture import DuplicateWarning, StartOnSave
from desktop_app.ui.contacts.phone_editor import PhoneEditor

_ERROR_STYLE = "border: 1px solid #c0392b;"


class ContactForm(QWidget):
    """The editors of one contact (no signals of its own: ``DetailPane`` connects them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._error_widget = None
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(
            self.tr("City-Company-Product-Deal size-Name-Title-Source"))
        self.tag_edit.setToolTip(self.tr(
            "Paste or type a whole naming tag, e.g. 上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎; "
            "Enter saves."))
        labels = (self.tr("City"), self.tr("Company"), self.tr("Product"), self.tr("Deal size"),
                  self.tr("Name"), self.tr("Title"), self.tr("Source"))
        self.fields = {f: QLineEdit() for f in FIELDS}
        self.deal_hint = QLabel()
        self.deal_hint.setStyleSheet("color: gray;")
        deal_row = QHBoxLayout()
        deal_row.addWidget(self.fields["deal_size"], 1)
        deal_row.addWidget(self.deal_hint)
        self.stage = QComboBox()
        for code, label in stage_names().items():
            self.stage.addItem(label, code)
        self.phones = PhoneEditor()
        self.email = QLineEdit()
        self.wechat = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Naming tag"), self.tag_edit)
        for field, label in zip(FIELDS, labels):
            form.addRow(label, deal_row if field == "deal_size" else self.fields[field])
        form.addRow(self.tr("Phones"), self.phones)  # right after 来源: Tab goes there next
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("WeChat"), self.wechat)
        form.addRow(self.tr("Notes"), self.notes)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.meta_label = QLabel()
        self.meta_label.setStyleSheet("color: gray;")
        self.meta_label.setWordWrap(True)
        self.duplicate = DuplicateWarning()
        self.start_on_save = StartOnSave()
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+S)"))
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()  # the checkbox has a line of its own: beside the buttons, the
        buttons.addStretch(1)  # English one made the pane wider than its narrowest column
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(form)
        page.addWidget(self.error_label)
        page.addWidget(self.duplicate)
        page.addWidget(self.start_on_save)
        page.addLayout(buttons)
        page.addWidget(self.meta_label)
        page.addStretch(1)
        self.editors = [self.tag_edit, *self.fields.values(), self.stage, self.phones,
                        self.email, self.wechat, self.notes]

    def warn_about_phones(self, phones) -> None:
        """Saved as typed, but said: a number that is no mobile or landline (12345)."""
        from desktop_app.core.contacts.phones import looks_wrong

        wrong = [number for _label, number in phones if looks_wrong(number)]
        if wrong:
            self.error_label.setText(self.tr(
                "Saved. “%1” does not look like a mobile or landline number: check it.")
                .replace("%1", "”, “".join(wrong)))
            self.error_label.show()

    def show_error(self, field: str | None, message: str) -> None:
        """Say ``message`` under the form and mark the editor of ``field`` (focused)."""
        self.clear_error()
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.fields.get(field) or {"email": self.email, "wechat": self.wechat,
                                            "stage": self.stage, "notes": self.notes}.get(field)
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE)
            widget.setFocus()
        self._error_widget = widget

    def clear_error(self) -> None:
        if self._error_widget is not None:
            self._error_widget.setStyleSheet("")
            self._error_widget = None
        self.error_label.hide()
