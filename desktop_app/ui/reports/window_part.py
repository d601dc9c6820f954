"""The reports part of the main window: the 报表 tab (built the first time it is shown) and the
Reports menu (show the tab, edit the spend per source).

Signals:
    show_filter(str): list the leads a clicked number counts.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from desktop_app.ui.common.lazy_page import LazyPage
from desktop_app.ui.common.shortcuts import text_action


class Reports(QObject):
    show_filter = Signal(str)

    def __init__(self, list_filter, today=date.today, parent=None, events=None):
        super().__init__(parent)
        self.list_filter = list_filter  # callable: the contact list's filter text
        if events is not None:  # any change of the data: a report shown is computed again
            events.changed.connect(self._data_changed)
        self.today = today
        self.page = LazyPage()
        self.page.first_shown = lambda: self.view
        self._view = None
        self.tabs = None
        self.show_action = text_action(self.tr("&Reports"), self)
        self.show_action.setShortcut(QKeySequence("Ctrl+4"))
        self.spend_action = text_action(self.tr("S&pend per Source…"), self)

    @property
    def view(self):
        """The tab's ``ReportsView``; built (and its first report started) on first use."""
        if self._view is None:
            from desktop_app.ui.reports.reports_view import ReportsView

            self._view = ReportsView(lambda: self.today(), self.list_filter)
            self.page.layout().addWidget(self._view)
            if self.page.isVisible():
                self._view.show()  # now, not queued: the page hands the keyboard on to it
            self._view.show_filter.connect(self.show_filter)
            self._view.refresh()
        return self._view

    def _data_changed(self, _changes) -> None:
        if self._view is not None:
            self._view.mark_stale()

    def add_tab(self, tabs) -> None:
        self.tabs = tabs
        tabs.addTab(self.page, self.tr("Reports"))

    def add_menu(self, menu_bar) -> None:
        menu = menu_bar.addMenu(self.tr("&Reports"))
        menu.addActions([self.show_action, self.spend_action])

    def connect_signals(self) -> None:
        self.show_action.triggered.connect(self.show_tab)
        self.spend_action.triggered.connect(lambda: self.view.edit_spend())

    def show_tab(self) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.page)

    def set_read_only(self, read_only: bool) -> None:
        self.spend_action.setEnabled(not read_only)
        if self._view is not None:
            self._view.spend_button.setEnabled(not read_only)

    def shutdown(self) -> None:
        """The window closes: a report being computed finishes first (its thread reads)."""
        if self._view is not None:
            self._view.workers.wait()
