"""Going through the list's leads from the keyboard, wherever the focus is: back to the list
(Down or Enter in the filter bar, Esc in the quick-log bar), to the filter bar ("/" in the list,
as in a mail client or a web app, besides Ctrl+F), the next or previous lead (Ctrl+.
and Ctrl+, as in a mail client), and "log, then the next lead" (Ctrl+Enter in the quick-log bar).
A part of ``MainWindow``."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut


class LeadKeys:
    """The keyboard's way through the leads of ``MainWindow``'s list."""

    def _build_lead_actions(self) -> None:
        self.next_lead_action = self._action(self.tr("&Next Contact"), QKeySequence("Ctrl+."))
        self.previous_lead_action = self._action(self.tr("&Previous Contact"),
                                                 QKeySequence("Ctrl+,"))
        self.next_lead_action.setToolTip(self.tr("Show the next contact of the list, wherever "
                                                 "the cursor is"))

    def _connect_lead_keys(self) -> None:
        self.next_lead_action.triggered.connect(lambda: self.step_lead(1))
        self.previous_lead_action.triggered.connect(lambda: self.step_lead(-1))
        self.search.go_to_list.connect(self.focus_list)
        QShortcut(QKeySequence("/"), self.table, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _connect_lead_keys_of_detail(self) -> None:
        timeline = self._detail.timeline
        timeline.leave.connect(self.focus_list)
        timeline.logged_then_next.connect(self.log_next_lead)

    def focus_list(self) -> None:
        """The keyboard goes to the list, on its current row (the first when none is)."""
        self.tabs.setCurrentIndex(0)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.select_row(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_lead(self, step: int) -> bool:
        """Show the list's next (``step`` 1) or previous (-1) lead; the keyboard stays where it
        is. False at either end of the list (the status bar says so)."""
        count = self.model.rowCount()
        row = self.table.currentIndex().row()
        target = 0 if row < 0 else row + step
        if not 0 <= target < count:
            self.statusBar().showMessage(self.tr("That was the last contact of the list.") if
                                         step > 0 else self.tr("This is the first contact of "
                                                               "the list."), 10_000)
            return False
        self.tabs.setCurrentIndex(0)
        self.table.select_row(target)
        return self.detail.contact_id == self.model.contact_id(target)

    def log_next_lead(self) -> None:
        """Ctrl+Enter logged for this lead: the next one, ready to log."""
        if self.step_lead(1):
            self.detail.focus_quick_log()
        else:
            self.focus_list()
