"""The main window: the list with its search box on the left, the detail pane on the right,
and across the top a banner when the database cannot be changed."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QScrollArea, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop_app.core.storage.bound import database as bound_database
from desktop_app.ui.contacts.lead_keys import LeadKeys
from desktop_app.ui.contacts.selection_sync import SelectionSync
from desktop_app.ui.main_actions import MainActions
from desktop_app.ui.window_state import WindowState
from desktop_app.ui.events import Events
from desktop_app.ui.followup.window_part import FollowUp
from desktop_app.ui.grading.window_part import Grading
from desktop_app.ui.reports.window_part import Reports
from desktop_app.ui.sync.window_part import Sync
from desktop_app.ui.contacts.table_model import ContactTableModel
from desktop_app.ui.safety.monitor import DataSafety
from desktop_app.ui.safety.actions import SafetyActions
from desktop_app.ui.safety.text import local_moment
from desktop_app.ui.common.undo import Operations
from desktop_app.ui.common.banner import Banner
from desktop_app.ui.contacts.contact_list import ContactListView
from desktop_app.ui.contacts.group_actions import GroupActions
from desktop_app.ui.search.facet_sidebar import FacetSidebar
from desktop_app.ui.search.filter_bar import FilterBar


IMPORTABLE = (".csv", ".tsv", ".tab", ".txt", ".xlsx", ".xlsm", ".xls", ".vcf", ".vcard")


def dropped_file(mime) -> str | None:
    """The one local contacts file being dragged (CSV, Excel, vCard), else None."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(IMPORTABLE) else None


class MainWindow(MainActions, SelectionSync, LeadKeys, WindowState, QMainWindow):
    """Lays out and wires the list, the search box, the detail pane and data safety.

    Its parts: the actions, menus and toolbar (``main_actions.MainActions``), keeping the
    list, its selection and the detail pane in step (``contacts.selection_sync``), going
    through the leads from the keyboard (``contacts.lead_keys``), and the
    remembered geometry and quitting (``window_state``). Signals are connected in one place,
    ``_connect_signals``.

    ``database`` is the open database (default: the one the models are bound to): a
    ``ContactDatabase``, or at a start the ``PlainDatabase`` of a current file, which becomes
    one when the first model is needed (``app.open_window_database``).

    Start-up: the constructor builds what the first paint of the list needs. The detail pane
    (with the first row's contact in it) and the saved groups' counts follow right after that
    paint (``finish_startup``), or as soon as anything asks for ``detail``.

    Signals:
        first_painted(): the list was painted for the first time (the window then finishes its
            start-up; ``app.run`` starts the start check and the single-instance server).
    """

    first_painted = Signal()

    def __init__(self, database=None, parent=None):
        super().__init__(parent)
        if database is None:
            database = bound_database.obj  # (db.current_database(), without loading db)
        self.setWindowTitle(self.tr("Contact Book"))
        self.events = Events(self)
        self.ops = Operations(self.events, self)
        self.safety = DataSafety(database, self)
        self.model = ContactTableModel(self)
        # a typed filter's worker also finds this lead's row, which the list then keeps
        self.model.shown_lead = lambda: None if self._detail is None else self._detail.contact_id
        self.safety_actions = SafetyActions(self)
        self._painted = False
        self._totals: dict[bool, int] = {}  # every contact / in the trash: the filter's "of N"
        self._pane_later = False  # see SelectionSync._typed_filter_shown
        self._detail = None  # built by finish_startup
        self._build_actions()
        self._build_lead_actions()
        self._build_layout()
        self._build_menus()
        self._connect_signals()
        self._restore_state()
        self._show_count(self.model.rowCount())
        self.safety_actions.show_state()
        if self.model.last_read_error is not None:
            self.on_read_failed(self.model.last_read_error)
        self.table.setFocus()
        self.table.viewport().installEventFilter(self)
        self.first_painted.connect(self.finish_startup)
        self.setAcceptDrops(True)  # a file dropped on the window opens the import wizard

    @property
    def detail(self):
        """The detail pane (``widgets.detail_pane.DetailPane``), built on first use."""
        if self._detail is None:
            self.finish_startup()
        return self._detail

    def finish_startup(self) -> None:
        """What the list's first paint does not wait for (~0.1 s at start-up): the detail pane
        with the first row's contact, the counts of the saved groups and the facets (the
        filter language loads with them). Runs once."""
        if self._detail is not None:
            return
        self.sidebar.refresh(self.search.filter, self.model.in_trash)
        from desktop_app.ui.common.focus_frame import show_in_dialogs
        from desktop_app.ui.contacts.detail_pane import DetailPane

        show_in_dialogs()  # a dialog's first field shows its focus frame

        self._detail = DetailPane(self.ops)
        self.detail_scroll.setWidget(self._detail)
        self._detail.show()  # added to a shown scroll area: not shown by itself
        self._detail.fit_column(self.detail_scroll)
        self._connect_detail()
        self.update_actions()
        self.sidebar.groups.reload()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.select_row(max(0, self.table.currentIndex().row()))
        current = self.table.current_id()  # made current before the pane was there
        if current is not None and current != self._detail.contact_id:
            self._show_contact(current)
        elif current is None:  # no lead listed: say so, no blank form nobody asked for
            self._detail.show_nothing()

    # --- layout -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.search = FilterBar()  # the filter bar (ui/search/filter_bar.py)
        self.sidebar = FacetSidebar()  # groups and facets
        self.group = GroupActions(self)
        self.table = ContactListView(self.model)
        self.table.addAction(self.delete_action)

        self.detail_scroll = scroll = QScrollArea()  # the detail pane goes in after the paint
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop showing no focus: the pane's
        # fields take it (and the area scrolls to them)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        group_row = QHBoxLayout()
        group_row.addStretch(1)
        group_row.addWidget(self.group.select_button)
        group_row.addWidget(self.group.button)
        column.addLayout(group_row)
        column.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(1, 1)
        self.tabs = QTabWidget()  # 联系人 / 今日 / 日历
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Contacts"))
        self.followup = FollowUp(self.ops, self._chosen_ids, self._group_ids,
                                 self.model.rowCount, parent=self)
        self.followup.add_tabs(self.tabs)
        self.followup.group_filter = lambda: self.search.filter.where
        self.followup.group_text = lambda: self.search.filter.text
        self.grading = Grading(self.ops, self._group_ids, lambda: self.safety.writable, self,
                               workers=self.safety.workers)
        self.reports = Reports(lambda: self.search.filter.text, parent=self, events=self.events)
        self.sync = Sync(self.safety.workers, lambda: self.safety.writable, self)
        self.reports.add_tab(self.tabs)
        self.banner = Banner()
        central = QWidget()
        page = QVBoxLayout(central)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        page.addWidget(self.banner)
        page.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.checking_label = QLabel(self.tr("Checking database…"))
        self.checking_label.setStyleSheet("color: gray;")
        self.checking_label.hide()
        self.statusBar().addWidget(self.checking_label)
        self.statusBar().addPermanentWidget(self.count_label)
        available = self.screen().availableGeometry()
        self.resize(min(1440, available.width()), min(860, available.height()))
        self.splitter.setSizes([220, self.width() - 620, 400])
        QWidget.setTabOrder(self.search.edit, self.table)  # Tab from the filter: the list

    def _connect_signals(self) -> None:
        stack = self.ops.stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.update_actions)
        stack.canRedoChanged.connect(self.update_actions)
        stack.undoTextChanged.connect(self.undo_action.setToolTip)  # what Undo would undo
        stack.redoTextChanged.connect(self.redo_action.setToolTip)
        self.new_action.triggered.connect(self.new_contact)
        self.save_action.triggered.connect(lambda: self.detail.save())
        self.delete_action.triggered.connect(self.trash_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.trash_action.toggled.connect(self.show_trash)
        self.find_action.triggered.connect(self.search.setFocus)
        self.log_action.triggered.connect(lambda: self.detail.focus_quick_log())
        self.quit_action.triggered.connect(self.close)
        self.search.search_changed.connect(self._search)
        self.search.typed.connect(self.model.request_filter)
        self._connect_lead_keys()
        self.model.filter_shown.connect(self._typed_filter_shown)
        self.events.changed.connect(self._on_changed)
        self.ops.failed.connect(self.show_error)
        self.model.count_changed.connect(self._show_count)
        self.model.read_failed.connect(self.on_read_failed)
        self.sidebar.facet_clicked.connect(self.search.toggle_term)
        self.sidebar.range_clicked.connect(self.search.toggle_range)
        self.sidebar.groups.group_chosen.connect(self.search.set_text)
        self.sidebar.groups.failed.connect(self.show_error)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)  # trash it?
        shown = self.safety_actions
        self.open_action.triggered.connect(shown.open_other_database)
        self.backup_now_action.triggered.connect(shown.back_up_now)
        self.restore_backup_action.triggered.connect(shown.choose_backup)
        self.check_action.triggered.connect(self.safety.full_check)
        self.import_action.triggered.connect(self._open_import_wizard)
        self.export_action.triggered.connect(lambda: self.open_export())
        safety = self.safety
        safety.state_changed.connect(shown.show_state)
        safety.busy.connect(shown.show_busy)
        safety.restored.connect(self._on_restored)
        safety.backed_up.connect(shown.show_backed_up)
        safety.checked.connect(shown.show_checked)
        safety.failed.connect(self.show_error)
        self.followup.connect_signals()
        self.followup.open_contact.connect(self.show_contact)
        self.followup.failed.connect(self.show_error)
        self.grading.connect_signals()
        self.grading.failed.connect(self.show_error)
        safety.state_changed.connect(lambda *_: self.grading.regrade_if_stale())
        self.followup.show_filter.connect(self._show_filtered)
        self.reports.connect_signals()
        self.reports.show_filter.connect(self._show_filtered)
        self.sync.changed.connect(self.events.changed.emit)
        self.sync.status.connect(lambda text: self.statusBar().showMessage(text, 60_000))
        self.sync.start()
        self.followup.status.connect(lambda text: self.statusBar().showMessage(text, 30_000))

    def _open_import_wizard(self, path: str | None = None) -> None:
        from desktop_app.ui.transfer.import_wizard import open_import_wizard  # loaded when first asked for

        open_import_wizard(self, path)

    def open_export(self, group: bool = False) -> None:
        """File › Export… (the list or the selection), or Group › Export Group…"""
        from desktop_app.ui.transfer.export_dialog import ask_export  # loaded when first asked for

        ask_export(self, group)

    def dragEnterEvent(self, event) -> None:
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self._open_import_wizard(path))  # after the drag

    def _connect_detail(self) -> None:
        """The detail pane's signals (it is built after the first paint)."""
        self._detail.saved.connect(self._on_saved)
        self._detail.open_contact.connect(self.show_contact)
        self._detail.start_golden_week.connect(self.followup.start_golden_week)
        self._detail.dirty_changed.connect(self.update_actions)
        self._detail.leave.connect(self.focus_list)  # Esc in the lead's pane
        self.grading.choices_changed.connect(self._detail.timeline.quick_log.refresh_choices)
        self._connect_lead_keys_of_detail()

    # --- data safety --------------------------------------------------------------------------

    def _on_restored(self, result) -> None:
        from desktop_app.core.changes import Changes

        self.ops.stack.clear()  # the commands describe the content that was replaced
        self.detail.show_nothing()
        self.events.changed.emit(Changes(rows_added_or_removed=True))
        if self.model.rowCount():
            self.table.select_row(0)
        self.statusBar().showMessage(self.tr("Restored the backup from %1.").replace(
            "%1", local_moment(result.restored.taken_at)), 10_000)

    def eventFilter(self, watched, event) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint \
                and watched is self.table.viewport():
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

