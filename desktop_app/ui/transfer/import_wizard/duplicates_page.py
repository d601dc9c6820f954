"""Step 3: a dry run for each duplicate policy (in a worker: it reads the whole file), its
counts beside the policy's radio button; merge is the default."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QLabel, QProgressBar, QRadioButton,
                               QVBoxLayout, QWizard, QWizardPage)

from desktop_app.core.transfer.importing import POLICIES
from desktop_app.ui.safety.text import error_text
from desktop_app.ui.common.undo import EXPECTED_ERRORS
from desktop_app.ui.common.words import count_text

EXPECTED = EXPECTED_ERRORS + (OSError,)
from desktop_app.ui.transfer.import_wizard.labels import policy_label


class DuplicatesPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(self.tr("A row is a duplicate when its phone number, its e-mail, or its "
                                 "name and company match a contact you have (or an earlier "
                                 "row)."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.reports: dict | None = None
        self._generation = 0
        self._listening = False
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        for column, text in enumerate((self.tr("If a row is a duplicate"), self.tr("New"),
                                       self.tr("Merged"), self.tr("Skipped")), start=0):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column, alignment=Qt.AlignmentFlag.AlignRight
                           if column else Qt.AlignmentFlag.AlignLeft)
        self.radios: dict[str, QRadioButton] = {}
        self.counts: dict[str, list[QLabel]] = {}
        for row, policy in enumerate(POLICIES, start=1):
            radio = QRadioButton(policy_label(policy))
            self.group.addButton(radio)
            self.radios[policy] = radio
            grid.addWidget(radio, row, 0)
            self.counts[policy] = []
            for column in (1, 2, 3):
                label = QLabel("…")
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                label.setMinimumWidth(70)
                grid.addWidget(label, row, column)
                self.counts[policy].append(label)
        grid.setColumnStretch(0, 1)
        self.radios["merge"].setChecked(True)
        self.found = QLabel()
        self.found.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(grid)
        layout.addWidget(self.found)
        layout.addStretch(1)

    @property
    def policy(self) -> str:
        for policy, radio in self.radios.items():
            if radio.isChecked():
                return policy
        return "merge"

    def set_policy(self, policy: str) -> None:
        self.radios[policy].setChecked(True)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.reports = None
        self._generation += 1
        generation = self._generation
        for labels in self.counts.values():
            for label in labels:
                label.setText("…")
        self.found.clear()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading the whole file to count what would happen "
                                    "(nothing is written yet)…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        runner = wizard.runner
        self._disconnect()
        runner.progress.connect(self._progress)
        self._listening = True
        runner.dry_run(wizard.source, wizard.columns,
                       done=lambda reports: self._counted(generation, reports),
                       failed=lambda error: self._failed(generation, error))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        """Back: stop counting."""
        self._generation += 1
        self._disconnect()
        self.wizard().runner.cancel()
        self.reports = None

    def _disconnect(self) -> None:
        if self._listening:
            self._listening = False
            self.wizard().runner.progress.disconnect(self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def _counted(self, generation: int, reports) -> None:
        if generation != self._generation or reports is None:
            return
        self._disconnect()
        self.reports = reports
        self.bar.hide()
        for policy, report in reports.items():
            for label, value in zip(self.counts[policy],
                                    (report.created, report.merged, len(report.skipped))):
                label.setText(f"{value:,}")
        merge = reports["merge"]
        source = self.wizard().source
        if source is not None and source.format == "vcard":  # a phone's cards, not rows
            read = count_text(merge.rows, self.tr("1 card read. Nothing has been written yet."),
                              self.tr("%1 cards read. Nothing has been written yet."))
        else:
            read = count_text(merge.rows, self.tr("1 row read. Nothing has been written yet."),
                              self.tr("%1 rows read. Nothing has been written yet."))
        self.status.setText(read)
        if not merge.duplicates:  # not "0 rows match ... (0 by phone number, ...)"
            self.found.setText(self.tr("None matches a contact you have or an earlier one: all "
                                       "are new.") + self._other_leads(merge.other_leads))
            self.completeChanged.emit()
            return
        self.found.setText(count_text(
            merge.duplicates,
            self.tr("1 row matches a contact you have or an earlier row "
                    "(%2 by phone number, %4 by e-mail, %3 by name and company)."),
            self.tr("%1 rows match a contact you have or an earlier row "
                    "(%2 by phone number, %4 by e-mail, %3 by name and company)."))
                           .replace("%2", f"{merge.duplicates_by_phone:,}")
                           .replace("%3", f"{merge.duplicates_by_name_company:,}")
                           .replace("%4", f"{merge.duplicates_by_email:,}")
                           + self._other_leads(merge.other_leads))
        self.completeChanged.emit()

    def _other_leads(self, n: int) -> str:
        """Rows the report will warn about: alike, but another lead (imported as new)."""
        if not n:
            return ""
        return "\n" + count_text(
            n, self.tr("1 row has the phone number, e-mail, or name and company of a contact "
                       "but is another lead (a naming-tag field differs): it is imported as a "
                       "new contact whatever you choose; the report names the contact."),
            self.tr("%1 rows have the phone number, e-mail, or name and company of a contact "
                    "but are other leads (a naming-tag field differs): they are imported as new "
                    "contacts whatever you choose; the report names each contact."))

    def _failed(self, generation: int, error) -> None:
        if generation != self._generation:
            return
        self._disconnect()
        self.bar.hide()
        self.status.setStyleSheet("color: #b00020;")
        if not isinstance(error, EXPECTED):
            raise error  # a bug: the excepthook reports it
        self.status.setText(self.tr("The file could not be read to the end: %1").replace(
            "%1", error_text(error)))

    def isComplete(self) -> bool:
        return self.reports is not None
