"""One lead's timeline as a flat list model: day headers and entries, newest first, fetched lazily.

Rows are ``Row`` values: a day header (``kind == DAY``) before the first entry of each local day,
then the entries (``ENTRY`` for interactions, ``EVENT`` for system events). Entries come from
``timeline.entries`` one page at a time through ``canFetchMore``/``fetchMore``, so a lead with
thousands of entries costs one page until the user scrolls. ``refresh()`` re-reads what was
fetched and reports only the rows that differ, so selection and scroll position survive a write.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal

from desktop_app.core.timeline import records as timeline
from desktop_app.core.timeline.records import Entry
from desktop_app.core.when import local_date
from desktop_app.ui.timeline import labels

PAGE_SIZE = 50

DAY, ENTRY, EVENT = "day", "entry", "event"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Row of a row (for the delegate)
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # an entry's id; None for a day header

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ENTRY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren
_DAY_FLAGS = Qt.ItemFlag.ItemNeverHasChildren  # not selectable: the keyboard skips headers


@dataclass(frozen=True, slots=True)
class Row:
    """What one row shows, texts ready for painting."""
    kind: str  # DAY, ENTRY or EVENT
    text: str  # the day title, an interaction's summary or an event's line
    entry: Entry | None = None
    day: date | None = None
    time: str = ""  # local time of day
    channel: str = ""  # labels
    direction: str = ""
    outcome: str = ""
    next_step: str = ""  # "Next: ..." or ''

    @property
    def key(self):
        """Equal keys: the row shows the same thing (refresh keeps it)."""
        return self.entry if self.entry is not None else self.day

    def line(self) -> str:
        """The row as one line of plain text (display role, accessibility, copying)."""
        if self.kind == DAY:
            return self.text
        if self.kind == EVENT:
            return f"{self.time} {self.text}"
        head = " ".join(x for x in (self.time, self.channel, self.direction, self.outcome) if x)
        return " — ".join(x for x in (head, self.text, self.next_step) if x)


class TimelineModel(QAbstractListModel):
    """The timeline of ``contact_id`` (optionally one channel's interactions).

    ``queries`` counts the page reads (tests read it); ``today`` is a callable giving the local
    date that "Today" means (tests replace it).

    Signals:
        count_changed(int): the number of entries (all of them, fetched or not) changed.
    """

    count_changed = Signal(int)

    def __init__(self, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.page_size = page_size
        self.today = date.today
        self.queries = 0
        self._contact_id: int | None = None
        self._channel: str | None = None
        self._rows: list[Row] = []
        self._fetched = 0  # entries fetched (rows minus day headers)
        self._total = 0
        self._lang = "en"
        self._today = date.today()
        self._made: dict[Entry, tuple[Row, date]] = {}  # rows of fetched entries, for refresh

    # --- what is shown ------------------------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    @property
    def channel(self) -> str | None:
        return self._channel

    @property
    def total(self) -> int:
        """All entries of the contact (in the channel), fetched or not."""
        return self._total

    @property
    def fetched(self) -> int:
        return self._fetched

    def set_contact(self, contact_id: int | None, channel: str | None = None) -> None:
        """Show another contact (or channel): a reset, with the first page already fetched."""
        self.beginResetModel()
        try:
            self._contact_id, self._channel = contact_id, channel
            self._lang, self._today = labels.language(), self.today()
            self._made = {}
            self._total = 0 if contact_id is None else timeline.count(contact_id, channel)
            entries = self._read(self.page_size) if self._total else []
            self._rows = self._rows_for(entries, None)
            self._fetched = len(entries)
        finally:
            self.endResetModel()
        self.count_changed.emit(self._total)

    def set_channel(self, channel: str | None) -> None:
        if channel != self._channel:
            self.set_contact(self._contact_id, channel)

    def refresh(self) -> None:
        """Re-read what was fetched (at least a page) after a write; only changed rows move."""
        if self._contact_id is None:
            return
        before = self._total
        self._today = self.today()
        self._total = timeline.count(self._contact_id, self._channel)
        entries = self._read(max(self._fetched, self.page_size)) if self._total else []
        made: dict[Entry, tuple[Row, date]] = {}
        rows = self._rows_for(entries, None, made)
        self._made = made  # only what is fetched now
        self._replace(rows)
        self._fetched = len(entries)
        if self._total != before:
            self.count_changed.emit(self._total)

    def row_of(self, entry_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.entry is not None and row.entry.id == entry_id:
                return number
        return None

    def row_at(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    # --- the Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == _DISPLAY or role == _ACCESSIBLE:
            return row.line()
        if role == ENTRY_ID_ROLE:
            return None if row.entry is None else row.entry.id
        if role == _TOOLTIP and row.entry is not None:
            lines = [labels.full_time(row.entry.at), row.text, row.next_step]
            return "\n".join(x for x in lines if x)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _DAY_FLAGS if self._rows[index.row()].kind == DAY else _ENTRY_FLAGS

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._contact_id is not None and \
            self._fetched < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        entries = self._read(self.page_size, offset=self._fetched)
        if not entries:  # fewer than counted: something was deleted meanwhile
            self._total = self._fetched
            return
        last = self._rows[-1].entry if self._rows else None
        new = self._rows_for(entries, self._day_of(last) if last else None)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self._fetched += len(entries)
        self.endInsertRows()

    # --- building rows ------------------------------------------------------------------------

    def _read(self, limit: int, offset: int = 0) -> list[Entry]:
        self.queries += 1
        return timeline.entries(self._contact_id, self._channel, limit=limit, offset=offset)

    @staticmethod
    def _day_of(entry: Entry) -> date:
        return local_date(entry.at)

    def _rows_for(self, entries: list[Entry], day: date | None,
                  made: dict | None = None) -> list[Row]:
        """Rows for ``entries`` that follow a row of ``day`` (None: they start the list).
        An entry seen before (unchanged: same Entry) reuses its row."""
        rows: list[Row] = []
        lang = self._lang
        made = self._made if made is None else made
        known = self._made
        for entry in entries:
            pair = known.get(entry)
            if pair is None:
                pair = (self._entry_row(entry, lang), self._day_of(entry))
            made[entry] = pair
            if pair[1] != day:
                day = pair[1]
                rows.append(Row(DAY, labels.day_title(day, self._today, lang), day=day))
            rows.append(pair[0])
        return rows

    @staticmethod
    def _entry_row(entry: Entry, lang: str) -> Row:
        time = labels.clock(entry.at)
        if entry.is_event:
            return Row(EVENT, labels.event_text(entry, lang), entry, time=time)
        text = entry.summary
        if entry.content_id is not None:  # the content piece the touch sent
            sent = labels.content_text(entry.content_id)
            text = f"{text} · {sent}" if text else sent
        return Row(ENTRY, text, entry, time=time,
                   channel=labels.label(entry.channel, lang),
                   direction=labels.label(entry.direction, lang),
                   outcome=labels.label(entry.outcome, lang),
                   next_step=labels.next_step_text(entry.next_step) if entry.next_step else "")

    def _replace(self, rows: list[Row]) -> None:
        """Turn ``self._rows`` into ``rows`` with the fewest inserts and removals: the common
        head and tail stay (a log at the top is one insert, a delete one removal)."""
        old = self._rows
        head = 0
        limit = min(len(old), len(rows))
        while head < limit and old[head].key == rows[head].key:
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail].key == rows[-1 - tail].key:
            tail += 1
        # rows whose key stayed may still read differently (a day title after midnight)
        changed = [i for i in range(head) if old[i] != rows[i]]
        removed = len(old) - head - tail
        if removed:
            self.beginRemoveRows(QModelIndex(), head, head + removed - 1)
            del old[head:head + removed]
            self.endRemoveRows()
        added = rows[head:len(rows) - tail]
        if added:
            self.beginInsertRows(QModelIndex(), head, head + len(added) - 1)
            old[head:head] = added
            self.endInsertRows()
        for offset in range(tail):
            i = len(rows) - tail + offset
            if old[i] != rows[i]:
                changed.append(i)
        for i in changed:
            old[i] = rows[i]
            self.dataChanged.emit(self.index(i), self.index(i))
