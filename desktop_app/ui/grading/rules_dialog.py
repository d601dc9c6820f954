"""Behaviours and grading rules: one dialog, two tabs. OK stores everything and regrades
every lead off the GUI thread, behind a progress bar with Cancel (Cancel keeps the old rules).

Bad input never reaches the database: a duplicate key, a weight that is not a number or
thresholds out of order are said in red under the tabs and nothing is stored; removing a
behaviour that was logged archives it (its entries stay as they are).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressDialog, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop_app.core.contacts.stages import STAGES
from desktop_app.core.errors import ContactBookError
from desktop_app.core.followup import template_store
from desktop_app.core.grading import behaviours, rules as rules_mod, score
from desktop_app.core.timeline import channels as ch
from desktop_app.ui.common.core_text import error_core_text
from desktop_app.ui.common.workers import Workers
from desktop_app.ui.common.words import template_name
from desktop_app.ui.timeline import channel_icons, labels

KEY, NAME, DIRECTION, WEIGHT = range(4)


class RulesDialog(QDialog):
    def __init__(self, parent=None, today=date.today):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Behaviours and Grades"))
        self.today = today
        self.rules = rules_mod.load()
        self.changed = None  # the Changes of a saved regrade
        self._removed: list[str] = []
        self.workers = Workers(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._behaviours_tab(), self.tr("Behaviours"))
        self.tabs.addTab(self._rules_tab(), self.tr("Grades"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save and Regrade"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    # --- the behaviours tab ------------------------------------------------------------------

    def _behaviours_tab(self) -> QWidget:
        self.table = QTableWidget(0, 4)
        # Tab goes on through the dialog (it walked every cell first); the arrows move between
        # the cells, and Tab in a cell being edited still moves to the next one
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(["", self.tr("Behaviour"), self.tr("Direction"),
                                              self.tr("Weight")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # the key (view, dm) is the command line's word, stored with each entry: the window
        # names a behaviour by its name only (the key is the name's tooltip; a new one's is
        # made from its name on saving)
        self.table.setColumnHidden(KEY, True)
        self.table.verticalHeader().hide()
        for b in behaviours.all_behaviours():
            self._add_row(b.key, b.name, b.direction, str(b.weight), existing=True)
            shown = behaviours.display_name(b.key, b.name, labels.language())
            if shown != b.name:  # a seeded behaviour in English: saved under its stored name
                item = self.table.item(self.table.rowCount() - 1, NAME)
                item.setText(shown)
                item.setData(Qt.ItemDataRole.UserRole, (shown, b.name))
        self.add_button = QPushButton(self.tr("Add Behaviour"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("A behaviour that was logged is archived: its "
                                              "entries keep their name and weight"))
        self.add_button.clicked.connect(lambda: self._add_row("", "", "in", "0", existing=False))
        self.remove_button.clicked.connect(self._remove_row)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("What leads do beside the channels, and what each adds "
                                        "to the score (e.g. a direct message +5, asking for a quote +10, "
                                        "unsubscribing −10).")))
        column.addWidget(self.table, 1)
        column.addLayout(row)
        return page

    def _add_row(self, key, name, direction, weight, existing: bool) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        key_item = QTableWidgetItem(key)
        key_item.setFlags(key_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        key_item.setData(Qt.ItemDataRole.UserRole, existing)
        self.table.setItem(r, KEY, key_item)
        name_item = QTableWidgetItem(name)
        if existing:  # logged entries store the key: it stays
            name_item.setIcon(channel_icons.icon(key))
            self._show_key(name_item, key)
        self.table.setItem(r, NAME, name_item)
        combo = QComboBox()
        for code in ch.DIRECTION_CODES:
            combo.addItem(labels.label(code, labels.language()), code)
        combo.setCurrentIndex(max(0, combo.findData(direction)))
        self.table.setCellWidget(r, DIRECTION, combo)
        self.table.setItem(r, WEIGHT, QTableWidgetItem(weight))
        if not existing:
            self.table.setCurrentCell(r, NAME)
            self.table.editItem(name_item)

    def _show_key(self, item: QTableWidgetItem, key: str) -> None:
        item.setToolTip(self.tr("For the command line: %1").replace("%1", key))

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        item = self.table.item(r, KEY)
        if item.data(Qt.ItemDataRole.UserRole):
            self._removed.append(item.text())
        self.table.removeRow(r)

    # --- the rules tab ----------------------------------------------------------------------

    def _spin(self, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(int(value))
        return spin

    def _rules_tab(self) -> QWidget:
        r = self.rules
        self.window_spin = self._spin(r.window_days, 1, rules_mod.MAX_WINDOW)
        self.full_spin = self._spin(r.full_days, 0, rules_mod.MAX_WINDOW)
        self.threshold_spins = [self._spin(t, -1000, 1000) for t in r.thresholds]
        self.channel_edits = {c: QLineEdit(str(r.channel_weights.get(c, 0)))
                              for c in ch.CHANNEL_CODES}
        self.outcome_edits = {o: QLineEdit(str(r.outcome_weights.get(o, 0)))
                              for o in ch.OUTCOME_CODES}
        lang = labels.language()
        self.floor_combos, self.procedure_combos = {}, {}
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Days that count"), self.window_spin)
        form.addRow(self.tr("Full weight for (days; older ones count half)"), self.full_spin)
        thresholds = QHBoxLayout()
        for letter, spin in zip("ABC", self.threshold_spins):
            thresholds.addWidget(QLabel(f"{letter} ≥"))
            thresholds.addWidget(spin)
        thresholds.addWidget(QLabel(self.tr("else D")))
        thresholds.addStretch(1)
        form.addRow(self.tr("Thresholds"), thresholds)
        weights = QHBoxLayout()
        for code, edit in {**self.channel_edits, **self.outcome_edits}.items():
            edit.setMaximumWidth(44)
            weights.addWidget(QLabel(labels.label(code, lang)))
            weights.addWidget(edit)
        weights.addStretch(1)
        form.addRow(self.tr("Channel and outcome weights"), weights)
        floors = QHBoxLayout()
        for code, zh, en in STAGES:
            combo = QComboBox()
            for g in "DCBA":
                combo.addItem(g if g != "D" else "—", g)
            combo.setCurrentIndex(combo.findData(r.stage_floors.get(code, "D")))
            self.floor_combos[code] = combo
            floors.addWidget(QLabel(labels.stage_label(code, lang)))
            floors.addWidget(combo)
        floors.addStretch(1)
        form.addRow(self.tr("Least grade per stage"), floors)
        for letter in "ABCD":
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), "")
            for t in template_store.templates():
                combo.addItem(template_name(t), t.key)
            combo.setCurrentIndex(max(0, combo.findData(r.procedures.get(letter, ""))))
            self.procedure_combos[letter] = combo
            form.addRow(self.tr("Procedure for %1").replace("%1", letter), combo)
        return page

    # --- saving -----------------------------------------------------------------------------

    def _show_error(self, error) -> None:
        self.error_label.setText(error_core_text(error) if isinstance(error, ContactBookError)
                                 else str(error))
        self.error_label.show()

    def _write_behaviours(self) -> dict[str, str]:
        """Add, rename and remove behaviours; returns the weights to change (key -> text),
        which ``score.change_rules`` stores with the regrade. Raises ValidationError."""
        weights = {}
        for key in self._removed:
            behaviours.remove(key)
        self._removed = []
        for r in range(self.table.rowCount()):
            key_item = self.table.item(r, KEY)
            name_item = self.table.item(r, NAME)
            key, name = key_item.text().strip(), name_item.text().strip()
            shown_stored = name_item.data(Qt.ItemDataRole.UserRole)
            if shown_stored and name == shown_stored[0]:
                name = shown_stored[1]
            direction = self.table.cellWidget(r, DIRECTION).currentData()
            weight = self.table.item(r, WEIGHT).text()
            behaviours.parse_weight(weight)
            if key_item.data(Qt.ItemDataRole.UserRole):
                behaviours.update(key, name=name, direction=direction)
                weights[key] = weight
            else:
                if not key:  # made from the name: the window never asks for a key
                    taken = [b.key for b in behaviours.all_behaviours(include_archived=True)]
                    key = behaviours.suggest_key(name, taken)
                behaviours.add(key, name, direction, weight)
                key_item.setText(key)
                key_item.setData(Qt.ItemDataRole.UserRole, True)
                name_item.setIcon(channel_icons.icon(key))
                self._show_key(name_item, key)
        return weights

    def new_rules(self) -> rules_mod.Rules:
        return rules_mod.validate(replace(
            self.rules, window_days=self.window_spin.value(), full_days=self.full_spin.value(),
            thresholds=tuple(s.value() for s in self.threshold_spins),
            channel_weights={c: e.text() for c, e in self.channel_edits.items()},
            outcome_weights={o: e.text() for o, e in self.outcome_edits.items()},
            stage_floors={s: c.currentData() for s, c in self.floor_combos.items()},
            procedures={g: c.currentData() for g, c in self.procedure_combos.items()}))

    def save(self) -> None:
        """Check and store the behaviours, then regrade with the rules in a worker."""
        self.error_label.hide()
        try:
            new = self.new_rules()
            weights = self._write_behaviours()
        except ContactBookError as e:
            self._show_error(e)
            return
        self.progress = QProgressDialog(self.tr("Regrading every lead…"), self.tr("Cancel"),
                                        0, 100, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self._cancelled = False
        self.progress.canceled.connect(lambda: setattr(self, "_cancelled", True))
        self.buttons.setEnabled(False)
        self.workers.run(score.change_rules, new, self.today(), behaviour_weights=weights,
                         progress=self._report, cancel=lambda: self._cancelled,
                         done=self._saved, failed=self._failed, close=True)

    def _report(self, done: int, total: int) -> None:  # worker thread: through the event loop
        from PySide6.QtCore import QMetaObject, Q_ARG

        QMetaObject.invokeMethod(self.progress, "setValue", Qt.ConnectionType.QueuedConnection,
                                 Q_ARG(int, int(100 * done / max(total, 1))))

    def _saved(self, changes) -> None:
        self.progress.reset()
        self.buttons.setEnabled(True)
        self.changed = changes
        self.accept()

    def _failed(self, error) -> None:
        self.progress.reset()
        self.buttons.setEnabled(True)
        if isinstance(error, score.RegradeCancelled):
            self._show_error(error)  # nothing was changed: the rules stay as they were
            return
        if isinstance(error, ContactBookError):
            self._show_error(error)
            return
        raise error
