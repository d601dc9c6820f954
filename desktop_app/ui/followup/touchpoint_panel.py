"""A list of pending touchpoints with the bar that acts on them: mark done with an outcome and
a note (keyboard: 1-4 picks the outcome, type the note, Enter), skip, snooze, reschedule,
stop. The Today view and the calendar's day list are both one of these."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desktop_app.ui.common.empty_state import paint_empty_text
from desktop_app.core.timeline import channels
from desktop_app.core.followup.cadence import SNOOZE_DAY, SNOOZE_WEEK
from desktop_app.ui.common.words import stage_names
from desktop_app.ui.followup.touchpoint_model import (
    COL_DUE,
    COL_GRADE,
    COL_LAST,
    COL_LATE,
    COL_PHONE,
    COL_STAGE,
    COL_STEP,
    COL_TAG,
    CONTACT_ROLE,
    ID_ROLE,
    ITEM_ROLE,
    TouchpointModel,
    ui_language,
)
from desktop_app.ui.common.undo import EXPECTED_ERRORS, error_message
from desktop_app.ui.common.words import step_text

OUTCOMES = ("reached", "no-answer", "replied", "no-reply")  # keys 1-4
_CHANNEL_FOR = {"reached": "call", "no-answer": "call", "replied": "wechat",
                "no-reply": "wechat"}
_STEP_WIDTH, _TAG_WIDTH = 150, 300  # least widths; the last column takes the rest
_STEP_MAX = 320  # a template with a very long name is cut there
_PADDING = 18  # a cell's margins and the sort indicator's room


# the keys of the list beyond 1-4: S skip, D +1 day, W +1 week, R reschedule (to the date box)
ACTION_KEYS = {Qt.Key.Key_S: "skip", Qt.Key.Key_D: "day", Qt.Key.Key_W: "week",
               Qt.Key.Key_R: "reschedule"}


class TouchpointTable(QTableView):
    """The rows; keys 1-4 pick an outcome, Enter marks done, S D W R skip, snooze a day or a
    week, reschedule (see TouchpointPanel).

    Signals:
        outcome_key(int): 0-3 for the keys 1-4.
        enter_pressed(): Enter or Return.
        action_key(str): a value of ``ACTION_KEYS``.
    """

    outcome_key = Signal(int)
    enter_pressed = Signal()
    action_key = Signal(str)
    empty_text = ""  # what the view says when nothing is due (set by the page showing it)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_empty_text(self, self.empty_text)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4 and plain:
            self.outcome_key.emit(key - Qt.Key.Key_1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        if key in ACTION_KEYS and plain:
            self.action_key.emit(ACTION_KEYS[key])
            return
        super().keyPressEvent(event)


class TouchpointPanel(QWidget):
    """Touchpoints due in a range, and what to do with them. ``cadence_ops`` may be None
    (read-only). ``today`` is a callable.

    Signals:
        open_contact(int): show this contact (double-click, or the Open button).
        message(str): what the last action did ("Done: 叶辉 · next 黄金七天 · 第3天 …").
    """

    open_contact = Signal(int)
    message = Signal(str)

    def __init__(self, cadence_ops, today, first: date | None, last: date, parent=None):
        super().__init__(parent)
        self.cadence_ops = cadence_ops
        self.today = today
        self.model = TouchpointModel(first, last, today, self)
        self._outcome: str | None = None
        self._read_only = False
        self._writing = False
        self._build()
        self._connect_signals()
        self.set_read_only(cadence_ops is None)
        if cadence_ops is not None:
            cadence_ops.ops.stack.indexChanged.connect(self._on_undo_stack)

    # --- layout -------------------------------------------------------------------------------

    def _column_widths(self) -> list[int]:
        """Widths that fit the header and the widest value, in this font and language: the
        English stages ("Contacted", "Interested") were cut in a fixed 64 pixels."""
        fm = self.table.fontMetrics()
        header = [str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(COL_LAST)]

        def fit(column: int, *samples: str) -> int:
            return max(fm.horizontalAdvance(t) for t in (header[column], *samples)) + _PADDING

        return [fit(COL_DUE, "2026-12-31"),
                fit(COL_LATE, self.model.late_text(999)),
                min(_STEP_MAX, max(_STEP_WIDTH, fit(COL_STEP, *self._step_samples()))),
                max(_TAG_WIDTH, fit(COL_TAG)),
                fit(COL_PHONE, "+86 138 0000 0000"),
                fit(COL_STAGE, *stage_names().values()),
                fit(COL_GRADE, "A")]

    @staticmethod
    def _step_samples() -> list[str]:
        """Each live template's last step (a repeating one's a few repeats on: day 187) as the
        Step column shows it ("Close in 21 days · Day 21 · retry 1")."""
        from desktop_app.core.followup import template_store

        out = []
        for t in template_store.templates():
            last = max(len(t.template.days) - 1, 0) + (3 if t.template.repeat_every else 0)
            out.append(step_text(t.template, last, 1))
        return out

    def _build(self) -> None:
        self.table = TouchpointTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons, not cell to cell
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate(self._column_widths()):
            header.resizeSection(column, width)

        self.outcome_buttons = QButtonGroup(self)
        self.outcome_buttons.setExclusive(True)
        labels = (self.tr("1 Reached"), self.tr("2 No answer"), self.tr("3 Replied"),
                  self.tr("4 No reply"))
        outcome_row = QHBoxLayout()
        for i, text in enumerate(labels):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("Key %1 in the list").replace("%1", str(i + 1)))
            self.outcome_buttons.addButton(button, i)
            outcome_row.addWidget(button)
        self.channel = QComboBox()
        language = ui_language()
        for code, _zh, _en in channels.CHANNELS:
            if code not in channels.NOT_CONTACT:
                self.channel.addItem(channels.label(code, language), code)
        outcome_row.addWidget(self.channel)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (what was said), Enter marks done"))
        outcome_row.addWidget(self.note, 1)
        self.done_button = QPushButton(self.tr("Mark Done"))
        outcome_row.addWidget(self.done_button)

        self.skip_button = QPushButton(self.tr("Skip Step"))
        self.snooze_day_button = QPushButton(self.tr("+1 Day"))
        self.snooze_week_button = QPushButton(self.tr("+1 Week"))
        self.reschedule_date = QDateEdit()
        self.reschedule_date.setCalendarPopup(True)
        self.reschedule_date.setDisplayFormat("yyyy-MM-dd")
        self.reschedule_button = QPushButton(self.tr("Reschedule"))
        self.stop_button = QPushButton(self.tr("Stop Cadence"))
        self.open_button = QPushButton(self.tr("Open Contact"))
        for button, key in ((self.skip_button, "S"), (self.snooze_day_button, "D"),
                            (self.snooze_week_button, "W"), (self.reschedule_button, "R")):
            button.setToolTip(self.tr("Key %1 in the list").replace("%1", key))
        self.reschedule_date.setToolTip(self.tr("R in the list comes here; Enter reschedules, "
                                                "Esc goes back to the list"))
        more_row = QHBoxLayout()
        for w in (self.skip_button, self.snooze_day_button, self.snooze_week_button,
                  self.reschedule_date, self.reschedule_button, self.stop_button):
            more_row.addWidget(w)
        more_row.addStretch(1)
        more_row.addWidget(self.open_button)
        self.status = QLabel()
        self.status.setStyleSheet("color: #2e7d32;")

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(outcome_row)
        column.addLayout(more_row)
        column.addWidget(self.status)
        self._writers = (self.done_button, self.skip_button, self.snooze_day_button,
                         self.snooze_week_button, self.reschedule_button, self.stop_button,
                         self.note, self.channel, self.reschedule_date,
                         *self.outcome_buttons.buttons())

    def _connect_signals(self) -> None:
        self.table.outcome_key.connect(self.pick_outcome)
        self.table.enter_pressed.connect(self._enter_in_table)
        self.table.action_key.connect(self._action_key)
        self.reschedule_date.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open(index))
        self.outcome_buttons.idClicked.connect(self.pick_outcome)
        self.note.returnPressed.connect(self.mark_done)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.note, activated=self.table.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.done_button.clicked.connect(self.mark_done)
        self.skip_button.clicked.connect(self.skip)
        self.snooze_day_button.clicked.connect(lambda: self.snooze(SNOOZE_DAY))
        self.snooze_week_button.clicked.connect(lambda: self.snooze(SNOOZE_WEEK))
        self.reschedule_button.clicked.connect(self.reschedule)
        self.stop_button.clicked.connect(self.stop)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.model.modelReset.connect(self._after_reset)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Writing needs a writable database and something listed (an empty Today or a day
        with nothing due offered 完成, 跳过此步, 停止节奏... that could only do nothing)."""
        listed = self.model.rowCount() > 0
        for w in self._writers:
            w.setEnabled(listed and not self._read_only)
        self.open_button.setEnabled(listed)

    # --- what it shows ------------------------------------------------------------------------

    def set_range(self, first: date | None, last: date) -> None:
        self.model.set_range(first, last)

    def refresh(self) -> None:
        """Reload the rows, keeping the current row number (the next lead moves up into it)."""
        row = self.table.currentIndex().row()
        self._keep_row = row
        self.model.reload()

    def _after_reset(self) -> None:
        row = getattr(self, "_keep_row", 0)
        self._keep_row = 0
        count = self.model.rowCount()
        today = self.today()
        self.reschedule_date.setMinimumDate(QDate(today.year, today.month, today.day))
        if count:
            self.select_row(min(max(row, 0), count - 1))
        self._update_buttons()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current_item(self):
        index = self.table.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.index(r, 0).data(ID_ROLE) for r in rows]

    def selected_contacts(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(CONTACT_ROLE) for r in rows]

    # --- actions ------------------------------------------------------------------------------

    def pick_outcome(self, number: int) -> None:
        if self.cadence_ops is None:
            return
        self._outcome = OUTCOMES[number]
        self.outcome_buttons.button(number).setChecked(True)
        index = self.channel.findData(_CHANNEL_FOR[self._outcome])
        if index >= 0:
            self.channel.setCurrentIndex(index)
        self.note.setFocus()

    def _action_key(self, action: str) -> None:
        if self._read_only or not self.model.rowCount():
            return
        if action == "reschedule":
            self.reschedule_date.setFocus(Qt.FocusReason.ShortcutFocusReason)
            # Up/Down move the day (the box opens on its first section, the year: Up was +1 year)
            self.reschedule_date.setCurrentSection(QDateEdit.Section.DaySection)
            return
        {"skip": self.skip, "day": lambda: self.snooze(SNOOZE_DAY),
         "week": lambda: self.snooze(SNOOZE_WEEK)}[action]()

    def eventFilter(self, watched, event) -> bool:
        """The date box: Enter reschedules, Esc goes back to the list."""
        if watched is self.reschedule_date and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.reschedule()
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _enter_in_table(self) -> None:
        if self._outcome is not None:
            self.mark_done()
        else:
            self._open(self.table.currentIndex())

    def mark_done(self) -> None:
        item = self.current_item()
        if item is None or self.cadence_ops is None:
            return
        if self._outcome is None:
            self._say(self.tr("Pick an outcome first: keys 1-4."))
            return
        result = self._write(lambda: self.cadence_ops.complete(
            item.touchpoint_id, self._outcome, self.channel.currentData(), self.note.text()))
        if result is None:
            return
        self.note.clear()
        self.outcome_buttons.setExclusive(False)
        for button in self.outcome_buttons.buttons():
            button.setChecked(False)
        self.outcome_buttons.setExclusive(True)
        self._outcome = None
        self.table.setFocus()
        self._say(self._next_text(item, result))

    def _next_text(self, item, result, skipped: bool = False) -> str:
        """What was done (or skipped) and what comes next."""
        from desktop_app.core.followup import touchpoints

        who = item.name or item.tag
        if not result.next:
            finished = (self.tr("Skipped: %1. The cadence is finished.") if skipped
                        else self.tr("Done: %1. The cadence is finished."))
            return finished.replace("%1", who)
        (nxt,) = touchpoints.pending(result.next[:1])
        following = (self.tr("Skipped: %1. Next: %2 on %3.") if skipped
                     else self.tr("Done: %1. Next: %2 on %3."))
        return following.replace("%1", who).replace(
            "%2", step_text(nxt.template, nxt.step, nxt.retry)).replace("%3", nxt.due.isoformat())

    def skip(self) -> None:
        items = self._selected_items()
        if items and self.cadence_ops is not None:
            ids = [item.touchpoint_id for item in items]
            result = self._write(lambda: self.cadence_ops.skip(ids))
            if result is None:
                pass
            elif len(items) == 1:
                self._say(self._next_text(items[0], result, skipped=True))
            else:
                self._say(self.tr("Skipped %1 steps; each lead's next step is scheduled.")
                          .replace("%1", str(len(items))))

    def snooze(self, days: int) -> None:
        items = self._selected_items()
        if items and self.cadence_ops is not None:
            ids = [item.touchpoint_id for item in items]
            if self._write(lambda: self.cadence_ops.snooze(ids, days)) is not None:
                self._say_moved(items)

    def reschedule(self) -> None:
        items = self._selected_items()
        if items and self.cadence_ops is not None:
            ids = [item.touchpoint_id for item in items]
            day = self.reschedule_date.date().toPython()
            if self._write(lambda: self.cadence_ops.reschedule(ids, day)) is not None:
                self._say_moved(items)

    def stop(self) -> None:
        items = self._selected_items()
        if items and self.cadence_ops is not None:
            ids = [item.contact_id for item in items]
            if self._write(lambda: self.cadence_ops.stop(ids)) is None:
                return
            if len(items) == 1:
                self._say(self.tr("Stopped the cadence of %1.").replace(
                    "%1", items[0].name or items[0].tag))
            else:
                self._say(self.tr("Stopped the cadence of %1 leads.").replace(
                    "%1", str(len(items))))

    def _selected_items(self) -> list:
        """The selected rows' items (else the current row's), in list order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.index(r, 0).data(ITEM_ROLE) for r in rows]

    def _say_moved(self, items) -> None:
        """Where a snooze or a reschedule put the touches: the day may not be the one asked
        for (a template that skips weekends rolls Sunday to Monday)."""
        from desktop_app.core.followup import touchpoints

        dues = sorted({p.due for p in touchpoints.pending([i.touchpoint_id for i in items])})
        if not dues:
            return
        if len(items) == 1:
            self._say(self.tr("Moved: %1, now due %2.").replace(
                "%1", items[0].name or items[0].tag).replace("%2", dues[0].isoformat()))
        elif len(dues) == 1:
            self._say(self.tr("Moved %1 follow-ups, now due %2.").replace(
                "%1", str(len(items))).replace("%2", dues[0].isoformat()))
        else:
            self._say(self.tr("Moved %1 follow-ups, now due %2 to %3.").replace(
                "%1", str(len(items))).replace("%2", dues[0].isoformat()).replace(
                "%3", dues[-1].isoformat()))

    def _write(self, write):
        self._writing = True
        try:
            return write()
        except EXPECTED_ERRORS as e:
            self._say(error_message(e), error=True)
            return None
        finally:
            self._writing = False

    def _on_undo_stack(self, _index: int) -> None:
        """An undo or a redo (here or anywhere in the window): the line under the list spoke
        of a write that may no longer be so."""
        if not self._writing:
            self.status.clear()

    def _open(self, index) -> None:
        if index.isValid():
            self.open_contact.emit(index.data(CONTACT_ROLE))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c0392b;" if error else "color: #2e7d32;")
        self.status.setText(text)
        self.message.emit(text)
