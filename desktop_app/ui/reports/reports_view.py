"""The Reports tab: pick a report (funnel, sources, activity), a period, cohort or activity,
the field to group by, and whether the list's filter narrows it; the report is computed off
the GUI thread (a newer request supersedes an older one: a stale result is never shown).
Every count of leads can be clicked (a funnel bar, a table cell, the activity's won leads
in its notes) to list exactly those leads.
A report shown is never stale: the data changed (``mark_stale``) or, with "Only the list's
filter", the list's filter changed while the tab was hidden: it is computed again when shown.

Signals:
    show_filter(str): list these leads (the window writes the text into its filter bar).
"""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ContactBookError
from desktop_app.ui.common.core_text import core_text, error_core_text, message_text
from desktop_app.ui.common.fit import fit_placeholder
from desktop_app.ui.common.workers import Workers
from desktop_app.ui.reports.funnel_chart import FunnelChart
from desktop_app.ui.reports.table_model import ReportHeader, ReportTableModel

KINDS = ("funnel", "sources", "activity")
PERIODS = ("this-month", "last-month", "this-quarter", "last-quarter", "this-year",
           "last-year", "custom")
BY = ("source", "city", "product", "title", "company")


def compute(kind: str, period_text: str, today: date, filter_text: str, by: str,
            activity_mode: bool, week: bool):
    """Off the GUI thread: (report, table, whether there is any lead at all) for these
    choices; raises ContactBookError."""
    from desktop_app.core.contacts import listing
    from desktop_app.core.reports import periods, run

    period = periods.parse(period_text, today)
    scope = run.make_scope(period, today, filter_text, by, activity_mode)
    report = run.compute(kind, scope, "week" if week else "day")
    return report, run.table_of(kind, report), listing.count() > 0


def linked_note(note, links: dict) -> str | None:
    """``note`` as rich text whose values named in ``links`` are links (``<a href="won">3</a>``),
    or None when none of them is in it."""
    values = dict(getattr(note, "values", None) or {})
    names = [k for k in links if k in values]
    if not names:
        return None
    marks = {k: f"\ue000{k}\ue001" for k in names}  # (private-use characters: never typed)
    text = html.escape(core_text(note.template, {**values, **marks}))
    if not all(m in text for m in marks.values()):  # a translation that lost one
        return None
    for k, mark in marks.items():
        text = text.replace(mark, f'<a href="{k}">{html.escape(str(values[k]))}</a>')
    return text


class ReportsView(QWidget):
    show_filter = Signal(str)

    def __init__(self, today=date.today, list_filter=lambda: "", parent=None):
        super().__init__(parent)
        self.today = today
        self.list_filter = list_filter  # callable: the contact list's filter text
        self.report = self.table = None
        self._generation = 0
        self._stale = False  # the data changed since the report shown was computed
        self._filter_text = ""  # the list filter the report shown was computed for
        self.workers = Workers(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.kind = QComboBox()
        for key, text in zip(KINDS, (self.tr("Funnel"), self.tr("Sources and ROI"),
                                     self.tr("Activity"))):
            self.kind.addItem(text, key)
        self.period = QComboBox()
        for key, text in zip(PERIODS, (
                self.tr("This month"), self.tr("Last month"), self.tr("This quarter"),
                self.tr("Last quarter"), self.tr("This year"), self.tr("Last year"),
                self.tr("Other period…"))):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(PERIODS.index("this-quarter"))
        self.custom = QLineEdit()
        fit_placeholder(self.custom, self.tr("2026Q4, 2026-11, 2026-10-01..2026-11-15"))
        self.custom.setVisible(False)
        self.activity_mode = QCheckBox(self.tr("Activity in the period"))
        self.activity_mode.setToolTip(self.tr(
            "Off: the leads created in the period, followed to today (a cohort). On: what "
            "happened in the period, whenever the leads came."))
        self.by_label = QLabel(self.tr("By"))
        self.by = QComboBox()
        for key, text in zip(BY, (self.tr("Source"), self.tr("City"), self.tr("Product"),
                                  self.tr("Title"), self.tr("Company"))):
            self.by.addItem(text, key)
        self.week = QCheckBox(self.tr("By week"))
        self.use_filter = QCheckBox(self.tr("Only the list's filter"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.spend_button = QPushButton(self.tr("Spend…"))
        self.spend_button.setToolTip(self.tr("Money spent per source and month (ROI = won "
                                             "amount / spend)"))
        self.content_button = QPushButton(self.tr("Content…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.print_button = QPushButton(self.tr("Print…"))
        controls = QHBoxLayout()
        for w in (QLabel(self.tr("Report")), self.kind, QLabel(self.tr("Period")), self.period,
                  self.custom, self.activity_mode, self.by_label, self.by, self.week,
                  self.use_filter):
            controls.addWidget(w)
        controls.addStretch(1)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        # the buttons beside the report's title, not after the choices: on one row with
        # "Other period…"'s field they made the window 1,500 px wide (1,384 in Chinese), wider
        # than a 1280-pixel screen, and it stayed so
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addStretch(1)
        for w in (self.refresh_button, self.spend_button, self.content_button,
                  self.export_button, self.print_button):
            title_row.addWidget(w)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.chart = FunnelChart()
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setHorizontalHeader(ReportHeader(self.view))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (it walked every cell)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # a resize fits the columns again: the viewport's own (the view's comes before its
        # viewport has the new width, so a table fitted to the old width stayed so)
        self.view.viewport().installEventFilter(self)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: gray;")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.hint = QLabel(self.tr("Click a bar or double-click a number (or Enter on it) to list those leads."))
        self.hint.setStyleSheet("color: gray;")
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(title_row)
        layout.addWidget(self.status)
        layout.addWidget(self.chart)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.hint)
        self._update_controls()

    def _connect(self) -> None:
        for combo in (self.kind, self.period, self.by):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.activity_mode, self.week, self.use_filter):
            box.toggled.connect(self._changed)
        self.custom.returnPressed.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.chart.filter_clicked.connect(self.show_filter)
        self.view.doubleClicked.connect(self.open_cell)
        self.view.activated.connect(self.open_cell)  # Enter on a cell, too
        self.notes.linkActivated.connect(self.open_link)
        self.spend_button.clicked.connect(self.edit_spend)
        self.content_button.clicked.connect(self.show_content)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_report)

    def _update_controls(self) -> None:
        kind = self.kind.currentData()
        self.custom.setVisible(self.period.currentData() == "custom")
        self.by_label.setVisible(kind == "sources")
        self.by.setVisible(kind == "sources")
        self.week.setVisible(kind == "activity")
        # the activity report counts the period's touches either way: no cohort to switch
        self.activity_mode.setVisible(kind != "activity")
        self.chart.setVisible(kind == "funnel")
        # what a click does: the funnel's bars and numbers, the sources' numbers, the
        # activity's won leads (its other numbers count touches; the hint spoke of bars there)
        self.hint.setText(self.tr("Click a bar or double-click a number (or Enter on it) to list those leads.")
                          if kind == "funnel" else
                          self.tr("Double-click a number (or Enter on it) to list those leads.")
                          if kind == "sources" else
                          self.tr("Click the number of won leads to list them."))
        self.hint.setVisible(kind in ("funnel", "sources") or (
            self.table is not None and bool(self.table.links)))  # (only the activity's has)
        self.use_filter.setToolTip(self.list_filter() or self.tr("The list has no filter"))

    def _changed(self, *_args) -> None:
        self._update_controls()
        if self.period.currentData() == "custom" and not self.custom.text().strip():
            self.custom.setFocus()
            return
        self.refresh()

    def choices(self) -> dict:
        period = self.period.currentData()
        return {"kind": self.kind.currentData(),
                "period_text": self.custom.text() if period == "custom" else period,
                "filter_text": self.list_filter() if self.use_filter.isChecked() else "",
                "by": self.by.currentData(), "activity_mode": self.activity_mode.isChecked(),
                "week": self.week.isChecked()}

    def refresh(self) -> None:
        """Compute the chosen report in a worker; only the newest request's result is shown."""
        self._update_controls()
        self._generation += 1
        generation = self._generation
        c = self.choices()
        self._stale, self._filter_text = False, c["filter_text"]
        self.status.setStyleSheet("color: gray;")
        self.status.setText(self.tr("Computing…"))
        self.workers.run(compute, c["kind"], c["period_text"], self.today(), c["filter_text"],
                         c["by"], c["activity_mode"], c["week"], close=True,
                         done=lambda result: self._computed(generation, c["kind"], result),
                         failed=lambda error: self._failed(generation, error))

    def _computed(self, generation: int, kind: str, result) -> None:
        if generation != self._generation:
            return  # a newer request is on its way: never paint an older answer over it
        self.report, self.table, any_lead = result
        self.status.clear()
        self.title.setText(message_text(self.table.title))
        self.chart.set_funnel(self.report if kind == "funnel" else None)
        self.view.setSortingEnabled(False)  # shown in the report's order first
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_table(self.table)
        self.view.setSortingEnabled(kind != "funnel")
        self.fit_columns()
        notes = [message_text(n) for n in self.table.notes]
        if not any_lead:  # a first start: zeros, and nothing said why
            notes.insert(0, self.tr("No leads yet: the reports fill in as you add leads (File › "
                                    "New Contact) or import them (File › Import…)."))
        linked = [linked_note(n, self.table.links) for n in self.table.notes]
        self.hint.setVisible(kind != "activity" or bool(self.table.links))
        if any(linked):  # a count of leads among the notes: a link, as a number in the table
            rich = [html.escape(n) for n in notes[:len(notes) - len(linked)]]
            rich += [h or html.escape(n) for h, n in zip(linked, notes[-len(linked):])]
            self.notes.setTextFormat(Qt.TextFormat.RichText)
            self.notes.setText("<br>".join(rich))
        else:
            self.notes.setTextFormat(Qt.TextFormat.PlainText)
            self.notes.setText("\n".join(notes))

    def fit_columns(self) -> None:
        """Columns as wide as their contents; a table wider than the view takes its long
        headers on two lines first; one narrower than the view (the funnel's five columns) is
        stretched across it rather than leaving four fifths of it empty. A wider one keeps its
        widths (the user may drag them) and scrolls."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.model.set_wrap_headers(False)
        self.view.resizeColumnsToContents()
        if header.length() > self.view.viewport().width():  # long headers on two lines
            self.model.set_wrap_headers(True)
            self.view.resizeColumnsToContents()
        if 0 < header.length() < self.view.viewport().width():
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def mark_stale(self) -> None:
        """The data changed: computed again now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_controls()  # the filter's tooltip
        if self._stale or self._filter_text != self.choices()["filter_text"]:
            self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            header = self.view.horizontalHeader()
            stretched = header.count() and header.sectionResizeMode(0) == \
                QHeaderView.ResizeMode.Stretch
            if stretched or header.length() < self.view.viewport().width():
                self.fit_columns()  # (a wider table keeps the widths the user dragged)
        return super().eventFilter(watched, event)

    def _failed(self, generation: int, error) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, ContactBookError):
            raise error
        self.status.setStyleSheet("color: #c0392b;")
        self.status.setText(error_core_text(error))

    def open_cell(self, index) -> None:
        text = self.model.filter_at(index)
        if text is not None:
            self.show_filter.emit(text)

    def open_link(self, name: str) -> None:
        """A count among the notes was clicked: list its leads."""
        if self.table is not None and name in self.table.links:
            self.show_filter.emit(self.table.links[name])

    def edit_spend(self) -> None:
        from desktop_app.ui.reports.spend_dialog import SpendDialog

        dialog = SpendDialog(self, self.today())
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def show_content(self) -> None:
        from desktop_app.ui.grading.content_report import ContentReport

        ContentReport(self.window()).exec()

    def export(self) -> None:
        from desktop_app.ui.reports.report_output import export_report

        if self.table is not None:
            export_report(self, self.table, self.report, self.kind.currentData())

    def print_report(self) -> None:
        from desktop_app.ui.reports.report_output import preview_report

        if self.table is not None:
            preview_report(self, self.table, self.report, self.kind.currentData())
