"""The quick-log bar above the timeline: channel, outcome, direction, a note, Enter.

Keyboard only: Ctrl+L (the window's action) focuses the channel box; in each box a digit picks
the item shown with that digit and moves on (channel → outcome → direction → note), Tab and the
arrow keys work as usual, Enter in a box jumps to the note, Enter in the note logs, Ctrl+Enter
logs and goes on to the next lead of the list, Esc goes back to the list.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.grading import behaviours
from desktop_app.core.grading import content
from desktop_app.core.timeline import channels as ch
from desktop_app.ui.timeline import labels
from desktop_app.ui.timeline import channel_icons

# which outcomes a channel offers (always with "no outcome" first)
CALL_LIKE = ("reached", "no-answer")
MESSAGE_LIKE = ("replied", "no-reply")
OUTCOMES_FOR = {
    "call": CALL_LIKE, "meeting": CALL_LIKE, "visit": CALL_LIKE,
    "wechat": MESSAGE_LIKE, "sms": MESSAGE_LIKE, "email": MESSAGE_LIKE,
    "whatsapp": MESSAGE_LIKE, "note": (),
}


# the keys of the channel box beyond the eight channels: behaviours take 9, then letters
_MORE_KEYS = "9abcdefghijklmnopqrstuvwxyz"


def channel_items(lang: str) -> list[tuple[str, str, str]]:
    """(key, label, code) of the built-in channels, then the live behaviours."""
    items = [(str(n), labels.label(code, lang), code) for n, code in enumerate(ch.CHANNEL_CODES, 1)]
    items += [(key, behaviours.display_name(b.key, b.name, lang), b.key)
              for key, b in zip(_MORE_KEYS, behaviours.all_behaviours())]
    return items


def outcomes_for(channel: str, current: str | None = None) -> tuple:
    """The outcome codes offered for ``channel`` (plus ``current`` if it is something else);
    a behaviour (the lead did something) has none."""
    offered = OUTCOMES_FOR.get(channel, () if channel in behaviours.labels() else ch.OUTCOME_CODES)
    if current and current not in offered:
        offered = offered + (current,)
    return offered


class KeyCombo(QComboBox):
    """A combo box whose items carry a digit: typing it picks the item and moves focus on.

    Signals:
        picked(): an item was chosen with its digit (focus has moved on).
    """

    picked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: dict[str, int] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_items(self, items: list[tuple[str, str, object]], icons=None) -> None:
        """``items``: (digit, label, data); the current data is kept when still offered."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self._keys = {}
        for number, (digit, text, data) in enumerate(items):
            self.addItem(f"{digit}  {text}", data)
            if icons is not None:
                self.setItemIcon(number, icons(data))
            self._keys[digit] = number
        found = self.findData(current)
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    # the text a box keeps when its column is narrow: the digit and a few letters ("1  Outb")
    NARROW_TEXT = "0  xxxx"

    def minimumSizeHint(self) -> QSize:
        """Its contents when there is room (the row's stretch takes the rest), but it may
        shrink to the digit and a few letters: in English the three boxes side by side
        ("1  Call", "0  No outcome", "1  Outbound") made the detail pane ~55 px wider than
        the narrowest column the splitter allows, and a horizontal scroll bar appeared."""
        hint = super().minimumSizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = self.fontMetrics().horizontalAdvance(self.NARROW_TEXT)
        if any(not self.itemIcon(i).isNull() for i in range(self.count())):
            text += self.iconSize().width() + 4
        narrow = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                               QSize(text, hint.height()), self)
        return QSize(min(hint.width(), narrow.width()), hint.height())

    def keyPressEvent(self, event) -> None:
        digit = event.text()
        if digit in self._keys and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.setCurrentIndex(self._keys[digit])
            self.focusNextChild()
            self.picked.emit()
            return
        super().keyPressEvent(event)


class NoteEdit(QLineEdit):
    """A line edit that lets Ctrl+Z reach the window's Undo when it has nothing to undo itself
    (right after a log the note is empty: Ctrl+Z should undo the log)."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if (event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()) or \
                    (event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable()):
                event.ignore()
                return True
        return super().event(event)


_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QuickLogBar(QWidget):
    """Signals:
        submitted(dict): log this: channel, outcome (None: none), direction, summary, next_step.
        submitted_next(dict): log this, then show the list's next lead (Ctrl+Enter).
        leave(): Esc: the user is done here; the list takes the keyboard back.
    """

    submitted = Signal(dict)
    submitted_next = Signal(dict)
    leave = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lang = labels.language()
        self.channel = KeyCombo()
        self.channel.setToolTip(self.tr("Channel: type its number"))
        self.channel.set_items(channel_items(self._lang), lambda code: channel_icons.icon(code))
        # as wide as a usual channel, not the longest behaviour (English "Downloaded material"
        # made the timeline, hence the detail pane, wider than its column): the list opens wide
        self.channel.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(11)
        self.outcome = KeyCombo()
        self.outcome.setToolTip(self.tr("Outcome: type its number"))
        self.direction = KeyCombo()
        self.direction.setToolTip(self.tr("Direction: type its number"))
        self.direction.set_items([(str(n), labels.label(code, self._lang), code)
                                  for n, code in enumerate(ch.DIRECTION_CODES, 1)])
        self.content = QComboBox()
        self.content.setToolTip(self.tr("The content sent with this touch (a case study, an "
                                        "article, a quote)"))
        self.content.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.content.setMinimumContentsLength(6)
        self.refresh_choices()
        self.note = NoteEdit()
        self._placeholder = self.tr("What happened? Enter logs it")
        self.note.setPlaceholderText(self._placeholder)
        self.next_step = NoteEdit()
        self.next_step.setPlaceholderText(self.tr("Next step (optional)"))
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.setToolTip(self.tr("Log it on the timeline (Enter; Ctrl+Enter logs and "
                                           "shows the next lead)"))
        self.hint = QLabel(self.tr("Ctrl+L, then a number in each box, type the note, Enter "
                                   "(Ctrl+Enter: log and next lead; Esc: back to the list)"))
        self.hint.setStyleSheet("color: gray;")
        self.hint.setWordWrap(True)
        font = self.hint.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.hint.setFont(font)

        # side by side where their texts fit, else the direction box on a second row
        # (``_arrange``): squeezed into the narrowest pane, English read "0  No outcor"
        self._boxes = boxes = QGridLayout()
        boxes.setHorizontalSpacing(6)
        boxes.setVerticalSpacing(4)
        for column, combo in enumerate((self.channel, self.outcome, self.direction)):
            boxes.addWidget(combo, 0, column)
        boxes.setColumnStretch(3, 1)
        self._two_rows = False
        last = QHBoxLayout()
        last.setSpacing(6)
        last.addWidget(self.content)
        last.addWidget(self.next_step, 1)
        last.addWidget(self.log_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(boxes)
        column.addWidget(self.note)
        column.addLayout(last)
        column.addWidget(self.hint)
        for first, second in ((self.channel, self.outcome), (self.outcome, self.direction),
                              (self.direction, self.note), (self.note, self.next_step),
                              (self.next_step, self.log_button)):
            QWidget.setTabOrder(first, second)

        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.note.returnPressed.connect(self.submit)
        self.next_step.returnPressed.connect(self.submit)
        self.log_button.clicked.connect(self.submit)
        for widget in (self.channel, self.outcome, self.direction, self.content, self.note,
                       self.next_step, self.log_button):
            widget.installEventFilter(self)
        self._channel_changed()

    # --- values -------------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Read the behaviours and content pieces again (after the rules editor saved)."""
        self.channel.set_items(channel_items(self._lang), lambda code: channel_icons.icon(code))
        current = self.content.currentData()
        self.content.clear()
        self.content.addItem(self.tr("no content"), None)
        for piece in content.pieces():
            self.content.addItem(piece.name, piece.id)
        self.content.setCurrentIndex(max(0, self.content.findData(current)))
        self.content.setVisible(self.content.count() > 1)

    def values(self) -> dict:
        values = {"channel": self.channel.currentData(), "outcome": self.outcome.currentData(),
                  "direction": self.direction.currentData(), "summary": self.note.text().strip(),
                  "next_step": self.next_step.text().strip()}
        if self.content.currentData() is not None:
            values["content"] = self.content.currentData()
        return values

    def set_channel(self, code: str) -> None:
        self.channel.setCurrentIndex(max(0, self.channel.findData(code)))

    def set_outcome(self, code: str | None) -> None:
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(code)))

    def start(self) -> None:
        """Ctrl+L: start at the channel box."""
        self.channel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear(self) -> None:
        """After a log: the note and outcome go; channel and direction stay for the next one."""
        self.note.clear()
        self.next_step.clear()
        self.note.setText("")  # setText also clears the edit's own undo history
        self.set_outcome(None)
        self.content.setCurrentIndex(0)
        self.note.setPlaceholderText(self._placeholder)

    def submit(self, then_next: bool = False) -> None:
        """Log what the boxes say (``then_next``: and go on to the next lead)."""
        values = self.values()
        if values["channel"] == "note" and not values["summary"]:
            self.note.setFocus()
            self.note.setPlaceholderText(self.tr("Type the note first"))
            return
        (self.submitted_next if then_next else self.submitted).emit(values)

    # --- layout ------------------------------------------------------------------------------

    def _arrange(self) -> None:
        """The three boxes in one row when the bar is wide enough for each at its full text,
        else the direction box under the channel box (the bar's least width stays that of
        one squeezed row, so the pane's narrowest column is as before)."""
        row = (self.channel, self.outcome, self.direction)
        need = sum(b.sizeHint().width() for b in row) + 2 * self._boxes.horizontalSpacing()
        two_rows = need > self.width()
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        self._boxes.removeWidget(self.direction)
        self._boxes.addWidget(self.direction, *((1, 0) if two_rows else (0, 2)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # --- behaviour ----------------------------------------------------------------------------

    def _channel_changed(self, *_args) -> None:
        code = self.channel.currentData()
        offered = outcomes_for(code)
        items = [("0", self.tr("No outcome"), None)]
        items += [(str(n), labels.label(o, self._lang), o) for n, o in enumerate(offered, 1)]
        self.outcome.set_items(items)
        self.outcome.setEnabled(bool(offered))
        self.direction.setEnabled(code != "note")
        if code in behaviours.labels():  # the behaviour's own direction (收到 for 私信)
            self.direction.setCurrentIndex(
                max(0, self.direction.findData(behaviours.default_direction(code))))
        self._arrange()  # its outcomes' texts may be longer

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Escape and not (isinstance(watched, QComboBox)
                                             and watched.view().isVisible()):
            self.leave.emit()
            return True
        if key in _RETURN and control:
            self.submit(then_next=True)
            return True
        if key in _RETURN and watched in (self.channel, self.outcome, self.direction):
            self.note.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
