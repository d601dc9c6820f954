"""Set one naming-tag field, or the stage, for every contact of a group."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from desktop_app.core.search import facets
from desktop_app.core.contacts.bulk import SETTABLE
from desktop_app.core.contacts.stages import STAGES
from desktop_app.ui.timeline.labels import language
from desktop_app.ui.common.words import count_text


def field_labels(_widget=None) -> dict[str, str]:
    return {"city": QCoreApplication.translate("BulkSetDialog", "City"), "company": QCoreApplication.translate("BulkSetDialog", "Company"),
            "product": QCoreApplication.translate("BulkSetDialog", "Product"),
            "deal_size": QCoreApplication.translate("BulkSetDialog", "Deal size"), "name": QCoreApplication.translate("BulkSetDialog", "Name"),
            "title": QCoreApplication.translate("BulkSetDialog", "Title"), "source": QCoreApplication.translate("BulkSetDialog", "Source"),
            "stage": QCoreApplication.translate("BulkSetDialog", "Stage"),
            "grade": QCoreApplication.translate("BulkSetDialog", "Grade")}


class BulkSetDialog(QDialog):
    def __init__(self, count: int, parent=None, field: str = "source"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set for the Group"))
        labels = field_labels(self)
        self.field = QComboBox()
        for code in SETTABLE + ("grade",):
            self.field.addItem(labels[code], code)
        self.value = QComboBox()
        self.value.setEditable(True)
        form = QFormLayout(self)
        form.addRow(QLabel(count_text(
            count, self.tr("Change 1 contact (Undo puts the value back)."),
            self.tr("Change %1 contacts at once (Undo puts every value back)."))))
        form.addRow(self.tr("&Field:"), self.field)
        form.addRow(self.tr("New &value:"), self.value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.field.currentIndexChanged.connect(self._fill_values)
        self.field.setCurrentIndex(max(0, self.field.findData(field)))
        self._fill_values()

    def _fill_values(self) -> None:
        field = self.field.currentData()
        self.value.clear()
        if field == "stage":
            zh = language() == "zh"
            for code, zh_label, en_label in STAGES:
                self.value.addItem(zh_label if zh else en_label, code)
            self.value.setEditable(False)
        elif field == "grade":  # a grade set by hand; "automatic" clears it
            self.value.addItem(self.tr("Automatic (from the score)"), "auto")
            for letter in "ABCD":
                self.value.addItem(letter, letter)
            self.value.setEditable(False)
        else:
            self.value.setEditable(True)
            for value, _n in facets.facet_counts(field, limit=30):
                if value:
                    self.value.addItem(value, value)
            self.value.setEditText("")

    def values(self) -> tuple[str, str, str]:
        """(field, value, field label)."""
        field = self.field.currentData()
        value = self.value.currentData() if field in ("stage", "grade") else \
            self.value.currentText()
        return field, (value or "").strip(), self.field.currentText()
