"""The capture form's helpers (a part of ``DetailPane``): the duplicate warning shown before a
new lead is saved (open or merge the lead it matches, or save anyway) and the remembered
"start 黄金七天 on save" checkbox. The matching itself is ``core.contacts.capture``."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.contacts import capture
from desktop_app.core.contacts.phones import display, normalize
from desktop_app.ui import settings

START_KEY = "capture/start_golden_week"


class DuplicateWarning(QWidget):
    """"This lead may already be in the list" with Open / Merge / Save Anyway.

    Signals:
        open_requested(int): show the existing lead instead (the form's text is dropped).
        merge_requested(int): add the form's values to the existing lead.
        save_anyway(): save the new lead although it matches.
    """

    open_requested = Signal(int)
    merge_requested = Signal(int)
    save_anyway = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.found: list[capture.Duplicate] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open It"))
        self.merge_button = QPushButton(self.tr("Merge Into It"))
        self.save_button = QPushButton(self.tr("Save Anyway"))
        self.setObjectName("duplicateWarning")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#duplicateWarning { background: #fff4d6; border: 1px solid #e0b84c; "
                           "border-radius: 4px; }")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.open_button, self.merge_button, self.save_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.found[0].contact_id))
        self.merge_button.clicked.connect(
            lambda: self.merge_requested.emit(self.found[0].contact_id))
        self.save_button.clicked.connect(self.save_anyway)
        self.hide()

    def show_found(self, found: list[capture.Duplicate]) -> None:
        self.found = list(found)
        lines = []
        for d in found:
            who = " · ".join(x for x in (d.name, d.company) if x) or f"#{d.contact_id}"
            if d.why == capture.PHONE:
                lines.append(self.tr("“%1” has the same phone %2.").replace("%1", who)
                             .replace("%2", display(d.phone)))
            else:
                lines.append(self.tr("“%1” has the same name and company.").replace("%1", who))
        self.text.setText(self.tr("This lead may already be in your list:") + "\n" +
                          "\n".join(lines))
        self.show()


class StartOnSave(QCheckBox):
    """"Start Golden week on save", ticked as the user last left it (remembered)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setText(self.tr("Start Golden week on save"))
        self.setChecked(settings().value(START_KEY, False, type=bool))
        self.toggled.connect(lambda on: settings().setValue(START_KEY, on))


def merged(existing, values: dict, phones: list[tuple[str, str]]) -> tuple[dict, list]:
    """The existing lead's values with its empty fields filled from the form, and its phones
    followed by the form's new ones (the same number once)."""
    out = {}
    for key, value in values.items():
        old = getattr(existing, key, "")
        out[key] = old if (old not in ("", None) and key != "stage") else value
    out["stage"] = existing.stage
    have = [(p.label, p.raw) for p in existing.phones]
    keys = {normalize(raw).e164 or raw for _label, raw in have}
    for label, raw in phones:
        key = normalize(raw).e164 or raw
        if key not in keys:
            have.append((label, raw))
            keys.add(key)
    return out, have
