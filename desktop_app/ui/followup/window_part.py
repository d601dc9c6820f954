"""The follow-up part of the main window: the Today and Calendar tabs, the Follow-up menu
(start / stop a cadence for the selected leads or the whole list, the cadence templates, export
the calendar), kept here so that the window only lays it out and wires it."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from desktop_app.ui.common.lazy_page import LazyPage
from desktop_app.ui.common.shortcuts import text_action
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message

ICS_DAYS = 30


class FollowUp(QObject):
    """Owns the Today and Calendar views and the cadence actions.

    ``selection()`` -> the contact ids selected in the list; ``group()`` -> the ids of the
    list's current filter, ``group_count()`` -> how many; ``today`` a callable.

    Signals:
        open_contact(int): show this contact in the list.
        show_filter(str): show the list filtered by this text.
        failed(str): a message for the user.
        status(str): what a cadence action did, for the status bar.
    """

    open_contact = Signal(int)
    show_filter = Signal(str)
    failed = Signal(str)
    status = Signal(str)

    def __init__(self, ops, selection, group, group_count, today=date.today, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.selection, self.group, self.group_count = selection, group, group_count
        self._cadence_ops = self._template_ops = None
        self._today_view = self._calendar_view = None
        self._read_only = False
        # the tabs' pages; their views are built when first shown (they import the cadence
        # core, ~0.1 s that the first paint of the contact list should not wait for)
        self.today_page, self.calendar_page = LazyPage(), LazyPage()
        self.today_page.first_shown = lambda: self.today_view
        self.calendar_page.first_shown = lambda: self.calendar_view
        self.start_action = text_action(self.tr("&Start Cadence…"), self)
        self.start_action.setShortcut(QKeySequence("Ctrl+J"))
        self.won_action = text_action(self.tr("Start &Nurture from the Won Date"), self)
        self.stop_action = text_action(self.tr("S&top Cadence"), self)
        self.templates_action = text_action(self.tr("&Cadence Templates…"), self)
        self.capacity_action = text_action(self.tr("&First Touches per Day…"), self)
        self.export_action = text_action(self.tr("E&xport Calendar (.ics)…"), self)
        self.day_sheet_action = text_action(self.tr("&Print Today's Call Sheet…"), self)
        self.day_sheet_action.setShortcut(QKeySequence.StandardKey.Print)
        self.group_sheet_action = text_action(self.tr("Print Call Sheet of This &Group…"), self)
        self.name_action = text_action(self.tr("Your Na&me on Call Sheets…"), self)
        self.group_filter = lambda: None  # the list's current filter (a peewee expression)
        self.group_text = lambda: ""  # and its text, which names the group on its call sheet
        self.contacts_action = text_action(self.tr("C&ontacts"), self)
        self.contacts_action.setShortcut(QKeySequence("Ctrl+1"))
        self.today_action = text_action(self.tr("To&day"), self)
        self.today_action.setShortcut(QKeySequence("Ctrl+2"))
        self.calendar_action = text_action(self.tr("C&alendar"), self)
        self.calendar_action.setShortcut(QKeySequence("Ctrl+3"))
        self.tabs = None

    def add_tabs(self, tabs) -> None:
        """After the contacts tab: 今日 and 日历."""
        self.tabs = tabs
        tabs.addTab(self.today_page, self.tr("Today"))
        tabs.addTab(self.calendar_page, self.tr("Calendar"))

    @property
    def cadence_ops(self):
        if self._cadence_ops is None:
            from desktop_app.ui.followup.cadence_ops import CadenceOps

            self._cadence_ops = CadenceOps(self.ops, self.today)
        return self._cadence_ops

    @property
    def template_ops(self):
        if self._template_ops is None:
            from desktop_app.ui.followup.template_ops import TemplateOps

            self._template_ops = TemplateOps(self.ops)
        return self._template_ops

    @property
    def today_view(self):
        if self._today_view is None:
            from desktop_app.ui.followup.today_view import TodayView

            self._today_view = self._adopt(TodayView(self.ops, self.today), self.today_page)
            self._today_view.show_filter.connect(self.show_filter)
        return self._today_view

    @property
    def calendar_view(self):
        if self._calendar_view is None:
            from desktop_app.ui.followup.calendar_view import CalendarView

            self._calendar_view = self._adopt(CalendarView(self.ops, self.today),
                                              self.calendar_page)
        return self._calendar_view

    def _adopt(self, view, page):
        page.layout().addWidget(view)
        if page.isVisible():
            view.show()  # now, not queued: the view loads its rows when shown
        view.open_contact.connect(self.open_contact)
        view.panel.set_read_only(self._read_only)
        return view

    def add_menu(self, menu_bar) -> None:
        menu = menu_bar.addMenu(self.tr("F&ollow-up"))
        menu.addActions([self.start_action, self.won_action, self.stop_action,
                         self.templates_action, self.capacity_action])
        menu.addSeparator()
        menu.addActions([self.contacts_action, self.today_action, self.calendar_action])
        menu.addSeparator()
        menu.addActions([self.day_sheet_action, self.group_sheet_action, self.name_action])
        menu.addSeparator()
        menu.addAction(self.export_action)

    def connect_signals(self) -> None:
        self.start_action.triggered.connect(self.start)
        self.stop_action.triggered.connect(self.stop)
        self.won_action.triggered.connect(self.start_from_won)
        self.templates_action.triggered.connect(self.edit_templates)
        self.export_action.triggered.connect(self.export)
        self.day_sheet_action.triggered.connect(lambda: self.print_sheet(group=False))
        self.group_sheet_action.triggered.connect(lambda: self.print_sheet(group=True))
        self.name_action.triggered.connect(self.change_name)
        self.capacity_action.triggered.connect(self.change_capacity)
        for i, action in enumerate((self.contacts_action, self.today_action,
                                    self.calendar_action)):
            action.triggered.connect(lambda _=False, i=i: self.show_tab(i))

    def show_tab(self, index: int) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        """While the database cannot be written (start check, damaged, in use): no cadence
        writes and no marking touchpoints done."""
        for action in (self.start_action, self.won_action, self.stop_action,
                       self.templates_action, self.name_action, self.capacity_action):
            action.setEnabled(not read_only)
        self._read_only = read_only
        for view in (self._today_view, self._calendar_view):
            if view is not None:
                view.panel.set_read_only(read_only)

    # --- actions ------------------------------------------------------------------------------

    def start(self) -> None:
        from desktop_app.ui.followup.start_dialog import start_cadence

        done = start_cadence(self._parent(), self.cadence_ops, self.selection(), self.group,
                             self.group_count(), self.today)
        if hasattr(done, "summary_parts"):  # a GroupStarted (None: cancelled)
            self._say(done)

    def start_golden_week(self, contact_id: int) -> None:
        """黄金七天 from today for a lead just captured ("start 黄金七天 on save")."""
        try:
            done = self.cadence_ops.start_group([contact_id], "golden-week", self.today(),
                                                "replace", include_closed=True)
        except EXPECTED_ERRORS as e:
            self.failed.emit(error_message(e))
            return
        self._say(done)

    def _say(self, done) -> None:
        """What was started, in the status bar: a built-in template by its name in the
        language shown ("Started Golden week for 3 lead(s)...", not 黄金七天)."""
        from desktop_app.core.followup import template_store
        from desktop_app.ui.common.core_text import core_text
        from desktop_app.ui.common.words import template_name

        shown = {t.name: template_name(t.template) for t in template_store.templates()}
        parts = []
        for m in done.summary_parts():
            values = dict(m.values)
            if "name" in values:
                values["name"] = shown.get(values["name"], values["name"])
            parts.append(core_text(m.template, values))
        self.status.emit(self.tr("; ").join(parts))

    def start_from_won(self) -> None:
        """长期培育 for the selected won customers, from their won dates (past steps skipped)."""
        ids = self.selection()
        if not ids:
            return
        try:
            done = self.cadence_ops.start_from_won(ids)
        except EXPECTED_ERRORS as e:
            self.failed.emit(error_message(e))
            return
        self._say(done)

    def edit_templates(self) -> None:
        from desktop_app.ui.followup.templates_dialog import edit_templates

        edit_templates(self._parent(), self.template_ops, self.today)

    def stop(self) -> None:
        """Follow-up › Stop Cadence for the selected leads; the status bar says how many ran
        one (before, nothing was said, even when none of them did)."""
        ids = self.selection()
        if not ids:
            return
        try:
            result = self.cadence_ops.stop(ids)
        except EXPECTED_ERRORS as e:
            self.failed.emit(error_message(e))
            return
        stopped = len(result.undo.cadences)
        if not stopped:
            self.status.emit(self.tr("None of the %1 selected leads runs a cadence; nothing "
                                     "was stopped.").replace("%1", f"{len(ids):,}"))
        elif stopped == len(ids):
            self.status.emit(self.tr("Stopped the cadence of %1 lead(s) (Edit › Undo brings "
                                     "it back).").replace("%1", f"{stopped:,}"))
        else:
            self.status.emit(self.tr("Stopped the cadence of %1 of the %2 selected leads; the "
                                     "others ran none (Edit › Undo brings them back).")
                             .replace("%1", f"{stopped:,}").replace("%2", f"{len(ids):,}"))

    def print_sheet(self, group: bool) -> None:
        """The printed call sheet (preview, then print or save as PDF from the dialog): the
        day's due and overdue touchpoints, or every lead of the list's current filter."""
        from desktop_app.core.followup import callsheet
        from desktop_app.ui.common.words import language, step_text
        from desktop_app.ui.printing import printer as printing
        from desktop_app.ui.printing import salesperson

        today = self.today()
        try:
            name = salesperson.for_sheet(self._parent(), not self._read_only)
            sheet = (callsheet.for_group(self.group_filter(), today, name,
                                         title=self.group_text() or self.tr("All leads"))
                     if group else callsheet.for_day(today, today, name, language=language(),
                                                     step_label=step_text))
            printing.print_preview(sheet, self._parent())
        except EXPECTED_ERRORS as e:  # printing.RenderError is one of them
            self.failed.emit(error_message(e))

    def change_name(self) -> None:
        from desktop_app.ui.printing import salesperson

        try:
            salesperson.change(self._parent())
        except EXPECTED_ERRORS as e:
            self.failed.emit(error_message(e))

    def change_capacity(self) -> None:
        """Follow-up › First Touches per Day…: the daily capacity a group start spreads over
        (the command line's ``settings``; the calendar marks the days over it)."""
        from PySide6.QtWidgets import QInputDialog

        from desktop_app.core.followup import group_start

        try:
            current = group_start.capacity()
            value, ok = QInputDialog.getInt(
                self._parent(), self.tr("First Touches per Day"),
                self.tr("Start at most this many leads a day; a bigger group is spread over "
                        "the next working days:"), current, 1, 100_000)
            if not ok or value == current:
                return
            group_start.set_capacity(value)
        except EXPECTED_ERRORS as e:
            self.failed.emit(error_message(e))
            return
        if self._calendar_view is not None:
            self._calendar_view.reload()
        self.status.emit(self.tr("From now on at most %1 first touches a day.").replace(
            "%1", f"{value:,}"))

    def _parent(self):
        return self.tabs.window() if self.tabs is not None else None

    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.core.followup import agenda
        from desktop_app.core.transfer import ics
        from desktop_app.core.when import utcnow
        from desktop_app.ui.common.words import language, step_text

        path, _ = QFileDialog.getSaveFileName(self._parent(), self.tr("Export Calendar"),
                                              "contact-book.ics", self.tr("Calendar (*.ics)"))
        if not path:
            return
        first = self.today()
        last = first + timedelta(days=ICS_DAYS - 1)
        try:
            items = agenda.page(first, last, limit=None)
            events = ics.touchpoint_events(items, language=language(), step_label=step_text)
            ics.write(path, ics.calendar(events, now=utcnow(), name="Contact Book"))
        except EXPECTED_ERRORS as e:
            self.failed.emit(error_message(e))
