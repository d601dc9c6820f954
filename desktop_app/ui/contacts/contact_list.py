"""The contact list view: fixed-height rows, remembered columns, selection by contact id."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_app.ui.common.empty_state import paint_empty_text
from desktop_app.ui.common.shortcuts import text_action
from desktop_app.ui.common.words import stage_names
from desktop_app.ui.contacts.table_model import (COL_GRADE, COL_UPDATED_AT, COLUMNS, ID_ROLE,
                                                 PAGE_SIZE)

# Columns hidden first when the list is too narrow for all of them at its first start (the
# header's context menu shows them again; the user's choice is remembered from then on). The
# last two go only on a narrow screen: at 1280x720 (a common laptop) with the sidebar and the
# detail pane, the others hidden, the list still needed 778 px of its 636 in English.
_HIDE_FIRST = ("updated_at", "score", "unanswered_count", "last_contacted_at", "title",
               "next_due", "product", "created_at", "source")

# Whether the remembered columns are the user's choice or the automatic fit (settings).
USER_COLUMNS, AUTO_COLUMNS = "user", "auto"

# Sample texts that set a column's first width (the user's widths are remembered after that).
_WIDTH_SAMPLES = ("欧阳子涵", "哈尔滨", "壹点零壹影响力", "代运营", "1.5亿", "市场总监", "小红书",
                  "138 1234 5678", "已联系", "2026-11-23 18:49", "2026-11-23 18:49",
                  "2026-11-23 18:49", "99", "2026-11-24", "等级", "99.5")
_SELECT_ROW = (QItemSelectionModel.SelectionFlag.ClearAndSelect
               | QItemSelectionModel.SelectionFlag.Rows)
_HORIZONTAL = Qt.Orientation.Horizontal
_PAINT = QEvent.Type.Paint
# after_paint's work runs at the latest this long after it was asked for, painted or not (a
# hidden or minimized window paints nothing)
AFTER_PAINT_LATEST_MS = 100


class _AfterPaint(QObject):
    """Runs callbacks one event-loop turn after the next paint of a viewport. (A zero-time
    QTimer.singleShot runs before the paint: Qt posts a paint with a low priority.)"""

    def __init__(self, viewport):
        super().__init__(viewport)
        self._waiting: list = []
        self._latest = QTimer(self, singleShot=True, interval=AFTER_PAINT_LATEST_MS)
        self._latest.timeout.connect(self._run)
        viewport.installEventFilter(self)

    def add(self, callback) -> None:
        self._waiting.append(callback)
        if not self._latest.isActive():
            self._latest.start()

    def eventFilter(self, watched, event) -> bool:
        if self._waiting and event.type() == _PAINT:
            QTimer.singleShot(0, self, self._run)  # posted now: runs after this paint
        return False

    def _run(self) -> None:
        self._latest.stop()
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()


class ContactListView(QTableView):
    """A QTableView over a ContactTableModel; the header's context menu hides columns.

    Rows have one fixed height and are never measured: the list may hold 100,000 contacts.
    """

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list (it walked its cells: a trap)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        metrics = self.fontMetrics()
        self.column_actions = []
        self.natural_widths = []  # what each column needs (the last one also stretches)
        samples = list(_WIDTH_SAMPLES)
        samples[COLUMNS.index("stage")] = max(stage_names().values(),  # Interested, 已联系
                                              key=metrics.horizontalAdvance)
        for column, sample in enumerate(samples):
            title = model.headerData(column, _HORIZONTAL)
            self.natural_widths.append(24 + max(metrics.horizontalAdvance(sample),
                                                metrics.horizontalAdvance(title)))
            header.resizeSection(column, self.natural_widths[-1])
            action = text_action(title, header, checkable=True, checked=True)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            action.triggered.connect(self._chosen_by_user)
            header.addAction(action)
            self.column_actions.append(action)
        header.moveSection(header.visualIndex(COL_GRADE), 1)  # the grade beside the name
        header.setSortIndicator(COL_UPDATED_AT, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        # connected after the view's own sorting slot: runs once the model has sorted
        header.sortIndicatorChanged.connect(self._sorted)
        model.lead_sorted.connect(self._keep_sorted_lead)
        self._resets = 0  # the model's resets: a sort's lookup is for the rows it painted
        self._sorted_at: int | None = None  # the reset of a sort whose paint is awaited
        model.modelReset.connect(self._count_reset)
        # until the user shows, hides, resizes or moves a column (or such a choice is restored)
        self.auto_fit = True
        self._pressed = False  # a mouse button is down on the header: a drag is the user's
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._dragged)
        header.sectionMoved.connect(self._dragged)
        header.sectionHandleDoubleClicked.connect(self._chosen_by_user)  # fitted to its texts
        self._after_paint = _AfterPaint(self.viewport())

    def after_paint(self, callback) -> None:
        """Run ``callback`` once the list has painted what it shows now (one event-loop turn
        after its next paint; at the latest AFTER_PAINT_LATEST_MS from now)."""
        self._after_paint.add(callback)

    def _count_reset(self) -> None:
        self._resets += 1

    def _sorted(self) -> None:
        """A new order: once its top has painted (as fast as before), the lead the window
        shows is looked up in it (``paintEvent``), unless the rows changed again or a row was
        chosen."""
        self._sorted_at = self._resets

    def _find_after_sort(self, resets: int) -> None:
        if resets == self._resets and not self.currentIndex().isValid():
            self.model().find_shown_lead()

    def _keep_sorted_lead(self, lead: int, row: int) -> None:
        """A sort (a new order, the same rows) keeps the lead the window shows selected and
        scrolled into view: the model found its row after the sorted top was painted. Not
        when another row was chosen meanwhile."""
        if self.model().shown_lead() == lead and not self.currentIndex().isValid():
            self.select_row(row)

    def _chosen_by_user(self) -> None:
        self.auto_fit = False

    def _dragged(self, *_args) -> None:
        """A section resized or moved: by the user when the mouse is down on the header (the
        stretched last column and the fitting resize it too)."""
        if self._pressed:
            self.auto_fit = False

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the top of the list is read a screenful first (see table_model.FIRST_ROWS)
        shown = self.viewport().height() // max(1, self.verticalHeader().defaultSectionSize())
        self.model().first_rows = min(PAGE_SIZE, max(16, shown + 2))
        if self.auto_fit and self.viewport().width() > 100:
            self.fit_columns(self.viewport().width())

    def fit_columns(self, width: int) -> None:
        """Show the columns, then hide the least needed ones (``_HIDE_FIRST``) until the
        others fit ``width``."""
        header = self.horizontalHeader()
        for name in _HIDE_FIRST:
            self.column_actions[COLUMNS.index(name)].setChecked(True)

        def total() -> int:
            return sum(self.natural_widths[c] for c in range(len(COLUMNS))
                       if not header.isSectionHidden(c))

        for name in _HIDE_FIRST:
            if total() <= width:
                break
            self.column_actions[COLUMNS.index(name)].setChecked(False)

    def empty_text(self) -> str:
        """What the list says when it has no rows: the first run, a filter, the trash."""
        model = self.model()
        if model.rowCount():
            return ""
        if model.in_trash:
            return self.tr("The trash is empty.")
        if model.filtered:
            return self.tr("No contact matches this filter.\nChange or clear the filter "
                           "(Esc in the filter bar) to see the others.")
        return self.tr("No contacts yet.\nImport a file (File › Import…, Ctrl+I, or drop a "
                       "CSV, Excel or vCard file here) or add one (File › New Contact, Ctrl+N).")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_empty_text(self, self.empty_text())
        if self._sorted_at is not None:  # the sorted rows are painted: now the lead's row
            resets, self._sorted_at = self._sorted_at, None  # (posted: after this paint)
            QTimer.singleShot(0, self, lambda: self._find_after_sort(resets))

    def header_state(self) -> tuple:
        """What to remember: (the header's state, the columns it was saved with, whether the
        user chose the columns: ``USER_COLUMNS``, else ``AUTO_COLUMNS``)."""
        return (self.horizontalHeader().saveState(), ",".join(COLUMNS),
                AUTO_COLUMNS if self.auto_fit else USER_COLUMNS)

    def restore_header_state(self, state, columns, chosen: str | None = None) -> None:
        """The sort, and the columns' widths, order and visibility when the user chose them
        (``chosen``; None: a state of an earlier version, which did not say: then they count
        as chosen unless they are exactly the automatic layout, see ``_automatic``). Columns
        the user did not choose are fitted to the width as at a fresh start (``auto_fit``).
        Ignored when the columns changed since."""
        header = self.horizontalHeader()
        if columns != ",".join(COLUMNS):
            return
        fresh = header.saveState()
        fresh_order = [header.logicalIndex(v) for v in range(header.count())]
        if not header.restoreState(state):
            return
        sort = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if chosen == USER_COLUMNS or (chosen is None and not self._automatic(fresh_order)):
            self.auto_fit = False  # the user's own columns
            for column, action in enumerate(self.column_actions):
                action.setChecked(not header.isSectionHidden(column))
        else:  # the automatic layout of an earlier start: fitted afresh (a wider screen, a
            header.restoreState(fresh)  # narrower one, a new version's fitting)
            header.setSortIndicator(*sort)
            if self.viewport().width() > 100:
                self.fit_columns(self.viewport().width())
        self.model().sort(*sort)

    def _automatic(self, fresh_order: list[int]) -> bool:
        """Whether the restored header is what fitting made, not a choice: the order of a
        fresh start, the hidden columns the first of ``_HIDE_FIRST`` (earlier versions' lists
        were shorter, the same order), each shown column but the stretched last one as wide
        as it starts. (An earlier version saved this at every quit; a state it saved after
        the user's choice differs in one of them and stays the user's.)"""
        header = self.horizontalHeader()
        if [header.logicalIndex(v) for v in range(header.count())] != fresh_order:
            return False
        hidden = {COLUMNS[c] for c in range(len(COLUMNS)) if header.isSectionHidden(c)}
        if hidden != set(_HIDE_FIRST[:len(hidden)]):
            return False
        shown = [c for c in fresh_order if not header.isSectionHidden(c)]
        return all(header.sectionSize(c) == self.natural_widths[c] for c in shown[:-1])

    def current_id(self) -> int | None:
        current = self.currentIndex()
        return current.data(ID_ROLE) if current.isValid() else None

    def selected_ids(self) -> list[int]:
        ranges = [(r.top(), r.bottom()) for r in self.selectionModel().selection()]
        return self.model().ids_for_rows(ranges)

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(index, _SELECT_ROW)
        self.scrollTo(index)

    def select_id(self, contact_id: int) -> bool:
        """Select the row of ``contact_id`` if it is in the list; False when it is not."""
        current = self.currentIndex()
        if current.isValid() and current.data(ID_ROLE) == contact_id:
            if not self.selectionModel().isRowSelected(current.row()):
                self.select_row(current.row())
            return True
        row = self.model().row_of(contact_id)
        if row is None:
            return False
        self.select_row(row)
        return True
