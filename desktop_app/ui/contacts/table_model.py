"""The contact list as a lazy table model: counts and pages come from SQL, never all rows."""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desktop_app.core.contacts import list_sql
from desktop_app.core.contacts import naming_tag
from desktop_app.ui.common.words import stage_names
from desktop_app.ui.common.formatting import local_time
from desktop_app.ui.common.undo import EXPECTED_ERRORS
from desktop_app.ui.contacts.list_reader import ListReader
from desktop_app.core.contacts.phones import display

COLUMNS = list_sql.LIST_COLUMNS
COL_NAME = COLUMNS.index("name")
COL_CITY = COLUMNS.index("city")
COL_COMPANY = COLUMNS.index("company")
COL_PRODUCT = COLUMNS.index("product")
COL_DEAL_SIZE = COLUMNS.index("deal_size")
COL_TITLE = COLUMNS.index("title")
COL_SOURCE = COLUMNS.index("source")
COL_PHONE = COLUMNS.index("phone")
COL_STAGE = COLUMNS.index("stage")
COL_CREATED_AT = COLUMNS.index("created_at")
COL_UPDATED_AT = COLUMNS.index("updated_at")
COL_LAST_CONTACTED_AT = COLUMNS.index("last_contacted_at")
COL_UNANSWERED_COUNT = COLUMNS.index("unanswered_count")
COL_NEXT_DUE = COLUMNS.index("next_due")
COL_GRADE = COLUMNS.index("grade")
COL_SCORE = COLUMNS.index("score")

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the contact id of a row (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value the column sorts by

# Roles as plain ints: a view passes ints, and int == int is cheaper than int == enum member
# (and than looking the member up: Qt.ItemDataRole.DisplayRole costs ~8.6 µs in PySide6).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, int(ID_ROLE), int(SORT_ROLE)})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_HORIZONTAL = Qt.Orientation.Horizontal
_DESCENDING = Qt.SortOrder.DescendingOrder

PAGE_SIZE = 200
MAX_PAGES = 50
# The top of the list (after a filter, a sort, a change) is read a screenful first, the rest of
# its page when a row below is asked for: the view says how many rows it shows
# (``first_rows``). At 100,000 leads the first 200 rows of 王 took ~8.7 ms against ~2.1 ms for
# the first 50, unanswered:>=2 ~9.6 against ~1.5 ms.
FIRST_ROWS = 50
_DATES = (COL_CREATED_AT, COL_UPDATED_AT, COL_LAST_CONTACTED_AT)
NUMBERS = (COL_DEAL_SIZE, COL_UNANSWERED_COUNT)  # amounts and counts: right-aligned
_TAG_COLUMNS = tuple(1 + COLUMNS.index(f) for f in naming_tag.FIELDS)  # positions in a row


def _display(row: tuple, stages: dict[str, str]) -> tuple:
    """The texts of one row ``(id, *LIST_COLUMNS)``, in column order; ``stages`` are the
    stage labels in the UI's language."""
    texts = ["" if v is None else str(v) for v in row[1:]]
    texts[COL_STAGE] = stages.get(row[1 + COL_STAGE], row[1 + COL_STAGE])
    texts[COL_PHONE] = display(texts[COL_PHONE])
    for col in _DATES:
        texts[col] = local_time(row[1 + col])
    if not row[1 + COL_UNANSWERED_COUNT]:
        texts[COL_UNANSWERED_COUNT] = ""
    score = row[1 + COL_SCORE]
    texts[COL_SCORE] = f"{score:g}" if score else ""
    return tuple(texts)


class ContactTableModel(QAbstractTableModel):
    """Rows of ``listing.page`` fetched PAGE_SIZE at a time and kept in an LRU of pages.

    ``fetches`` counts the page queries run (tests and benchmarks read it).

    ``request_filter`` reads a typed filter in a worker (``ListReader``): the rows shown stay
    until the new count and first page are ready; ``set_filter`` reads at once.

    Signals:
        count_changed(int): the number of rows after a filter, trash toggle or change.
        filter_shown(str): the rows of a ``request_filter`` are shown (its text).
        read_failed(object): rows could not be read (an expected error, e.g. a damaged file);
            they show empty instead of raising inside Qt's painting. Once per reload.
        lead_sorted(int, int): the row of the lead the window shows in the new order after
            a sort (lead id, row), as ``find_shown_lead`` found it; its page is read already.
    """

    count_changed = Signal(int)
    filter_shown = Signal(str)
    read_failed = Signal(object)
    lead_sorted = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._where = None
        self._filter_text = ""
        self._in_trash = False
        self._sort = "updated_at"
        self._descending = True
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._short: set[int] = set()  # pages read only in part (the top's first screenful)
        self.max_pages = MAX_PAGES
        self.first_rows = FIRST_ROWS  # rows read first at the top (the view sets its height)
        self.fetches = 0
        self._stages = stage_names()
        titles = {
            "name": self.tr("Name"), "city": self.tr("City"), "company": self.tr("Company"),
            "product": self.tr("Product"), "deal_size": self.tr("Deal size"),
            "title": self.tr("Title"), "source": self.tr("Source"), "phone": self.tr("Phone"),
            "stage": self.tr("Stage"), "created_at": self.tr("Created"),
            "updated_at": self.tr("Updated"), "last_contacted_at": self.tr("Last contact"),
            "unanswered_count": self.tr("Unanswered"), "next_due": self.tr("Next due"),
            "grade": self.tr("Grade"), "score": self.tr("Score"),
        }
        self._headers = tuple(titles[c] for c in COLUMNS)
        self._read_error_reported = False
        self.last_read_error = None  # the last expected error while reading (see read_failed)
        self._generation = 0  # of the newest request_filter
        self._pending = None  # (parsed text, where, typed text) of a request_filter not shown yet
        self._absent = None  # a lead the worker found not listed by the rows shown
        self._finding = None  # (generation, lead) of a sort's lookup of the shown lead's row
        self.shown_lead = lambda: None  # the lead a typed filter should keep (the window's pane)
        self._reader = ListReader(PAGE_SIZE)
        self._reader.done.connect(self._read_done)
        self._count = self._count_rows()

    # --- the Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=_DISPLAY):
        # A view asks 7 roles of every painted cell (font, alignment, colours, check state,
        # decoration, text, background); the ones this model never answers leave first.
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == _DISPLAY:
            entry = self._entry(index.row())
            if entry is None:
                return None
            texts = entry[1]
            if texts is None:  # formatted when first shown, not for every fetched row
                texts = entry[1] = self._texts(entry[0])
            return texts[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if index.column() in NUMBERS else None
        if role == ID_ROLE:
            entry = self._entry(index.row())
            return None if entry is None else entry[0][0]
        if role == SORT_ROLE:
            entry = self._entry(index.row())
            if entry is None:
                return None
            value = entry[0][1 + index.column()]
            return naming_tag.deal_value(value) if index.column() == COL_DEAL_SIZE else value
        if index.column() == COL_NAME:  # the tooltip: the whole naming tag
            entry = self._entry(index.row())
            if entry is None:
                return None
            return naming_tag.compose(
                {f: entry[0][c] for f, c in zip(naming_tag.FIELDS, _TAG_COLUMNS)})
        return None

    def _texts(self, row: tuple) -> tuple:
        texts = _display(row, self._stages)
        if texts[COL_NAME]:
            return texts
        # a lead without a name (a phone's contact with only an e-mail): its e-mail or WeChat
        # id in the name's cell, not a row of blanks
        try:
            label = list_sql.unnamed_label(row[0])
        except EXPECTED_ERRORS:
            return texts  # (the next read of the list reports it)
        return texts[:COL_NAME] + (label,) + texts[COL_NAME + 1:] if label else texts

    def headerData(self, section, orientation, role=_DISPLAY):
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < len(COLUMNS):
            return self._headers[section]
        if role == _ALIGNMENT and orientation == _HORIZONTAL and section in NUMBERS:
            return _RIGHT
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sort, descending = COLUMNS[column], order == _DESCENDING
        if (sort, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort, descending
        self._reload(recount=False)

    def find_shown_lead(self) -> None:
        """Look up the row of the lead the window shows (``shown_lead``) in the rows shown, in
        the worker (10-60 ms at 100,000 leads: counting the rows before it, then its page);
        ``lead_sorted`` tells it. (The view asks after a sort has painted the new top.)"""
        lead = self.shown_lead()
        if lead is None or not self._count or self._pending is not None:
            return  # (a typed filter being read keeps the lead itself)
        self._generation += 1
        self._finding = (self._generation, lead)
        self._reader.request(self._generation, self._where, sort=self._sort,
                             descending=self._descending, in_trash=self._in_trash, keep=lead,
                             first=0, count=self._count)

    # --- what the list shows ------------------------------------------------------------------

    @property
    def in_trash(self) -> bool:
        return self._in_trash

    @property
    def filtered(self) -> bool:
        """True when a filter narrows the list (else it shows every contact of its side)."""
        return self._where is not None

    @property
    def sort_key(self) -> tuple[str, bool]:
        """(the LIST_COLUMNS name sorted by, descending)."""
        return self._sort, self._descending

    def set_filter(self, text: str) -> None:
        """Show ``text``'s rows now (a click, Return, a saved group)."""
        from desktop_app.core.search import query

        parsed = query.parse(text)
        if parsed.text == self._filter_text and self._pending is None:
            return
        self._take_pending()
        self._filter_text, self._where = parsed.text, parsed.where
        self._reload()

    def request_filter(self, text: str, parsed=None) -> None:
        """Show ``text``'s rows when they are read (typing): the worker reads the count and
        the first rows while these rows stay painted; a newer request replaces this one.
        ``filter_shown`` tells when they are shown. ``parsed``: ``query.parse(text)`` when
        the caller has it (the filter bar parsed the keystroke already)."""
        if parsed is None:
            from desktop_app.core.search import query

            parsed = query.parse(text)
        wanted = self._pending[0] if self._pending is not None else self._filter_text
        if parsed.text == wanted:
            return
        if parsed.text == self._filter_text:  # typed back to what is shown: nothing to read
            self._pending = None
            self._reader.cancel()
            self.filter_shown.emit(text)
            return
        self._generation += 1
        self._pending = (parsed.text, parsed.where, text)
        self._reader.request(self._generation, parsed.where, sort=self._sort,
                             descending=self._descending, in_trash=self._in_trash,
                             keep=self.shown_lead(), first=self.first_rows)

    def is_reading(self) -> bool:
        """A requested filter is not shown yet."""
        return self._pending is not None

    def shutdown(self) -> None:
        """Stop the worker (the window closes)."""
        self._pending = None
        self._reader.shutdown()

    def _take_pending(self) -> None:
        """Anything read for a request is dropped: the list is read at once instead (with
        the requested filter, as the newest wish)."""
        if self._pending is not None:
            self._filter_text, self._where, _typed = self._pending
            self._pending = None
            self._reader.cancel()

    def _read_done(self, generation: int, result, error) -> None:
        if self._finding is not None and self._finding[0] == generation == self._generation:
            self._found(result, error)
            return
        if generation != self._generation or self._pending is None:
            return  # an older keystroke's rows (or the list was read at once since): dropped
        (normal, where, text), self._pending = self._pending, None
        self.beginResetModel()
        self._filter_text, self._where = normal, where
        self._clear_pages()
        self._read_error_reported = False
        if error is not None:
            self._count = 0
        else:
            self._count = result.count
            self._pages[0] = [[r, None] for r in result.rows]  # a screenful, or all of page 0
            if len(result.rows) < min(PAGE_SIZE, result.count):
                self._short.add(0)
            for number, rows in (result.pages or {}).items():  # the page of the lead to keep
                self._pages[number] = [[r, None] for r in rows]
                self._short.discard(number)
            if result.keep is not None and result.keep_row is None:
                self._absent = result.keep
        self.endResetModel()
        if error is not None:
            if isinstance(error, EXPECTED_ERRORS):
                self._read_failed(error)
            else:  # a bug: raised on the GUI thread like any other
                raise error
        self.count_changed.emit(self._count)
        self.filter_shown.emit(text)

    def _found(self, result, error) -> None:
        """A sort's lookup of the shown lead arrived: its page joins the cache (the rows are
        those of the order shown: nothing changed since, or ``_finding`` was dropped) and
        ``lead_sorted`` tells its row."""
        lead, self._finding = self._finding[1], None
        if error is not None:
            if isinstance(error, EXPECTED_ERRORS):
                self._read_failed(error)
                return
            raise error  # a bug: raised on the GUI thread like any other
        if result is None:
            return
        row = result.keep_row
        for number, rows in (result.pages or {}).items():
            if number not in self._pages:
                self._pages[number] = [[r, None] for r in rows]
        if row is not None and row < self._count:
            self.lead_sorted.emit(lead, row)

    def set_trash(self, in_trash: bool) -> None:
        if in_trash != self._in_trash:
            self._take_pending()
            self._in_trash = in_trash
            self._reload()

    def apply_changes(self, changes) -> None:
        """Refresh after a write: recount when membership changed, else repaint fetched rows."""
        if changes.rows_added_or_removed:
            self._reload()
        elif changes and self._count:
            fetched = list(self._pages)
            self._clear_pages()
            if fetched:  # rows may have moved (sorted by "updated"): repaint what was fetched
                first = min(fetched) * PAGE_SIZE
                last = min(self._count, (max(fetched) + 1) * PAGE_SIZE) - 1
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(COLUMNS) - 1))

    def contact_id(self, row: int) -> int | None:
        return self.data(self.index(row, 0), ID_ROLE)

    def ids_for_rows(self, ranges) -> list[int]:
        """The ids in row ranges ``[(top, bottom), ...]``; one SQL query when there are many."""
        rows = sorted({r for top, bottom in ranges for r in range(top, bottom + 1)})
        if len(rows) > PAGE_SIZE:
            from desktop_app.core.contacts import listing

            every = listing.ids(self._where, sort=self._sort, descending=self._descending,
                                 in_trash=self._in_trash)
            return [every[r] for r in rows if r < len(every)]
        return [i for i in map(self.contact_id, rows) if i is not None]

    def row_of(self, contact_id: int) -> int | None:
        """The row showing ``contact_id`` in the current filter and order, or None."""
        if contact_id == self._absent:  # the worker looked for it with the rows: not listed
            return None
        for number, page in self._pages.items():  # fetched since the last change: current
            for offset, entry in enumerate(page):
                if entry[0][0] == contact_id:
                    return number * PAGE_SIZE + offset
        from desktop_app.core.contacts import listing

        row = listing.position(contact_id, self._where, sort=self._sort,
                                descending=self._descending, in_trash=self._in_trash,
                                matches=self._count)
        return row if row is not None and row < self._count else None

    # --- pages --------------------------------------------------------------------------------

    def _reload(self, recount: bool = True) -> None:
        if self._pending is not None:  # a sort or a write while a typed filter is read
            self._take_pending()
            recount = True
        self.beginResetModel()
        try:
            self._clear_pages()
            self._read_error_reported = False
            if recount:
                self._count = self._count_rows()
        finally:
            self.endResetModel()
        if recount:  # (a sort: the same rows in another order, the count as it was)
            self.count_changed.emit(self._count)

    def _clear_pages(self) -> None:
        self._pages.clear()
        self._short.clear()
        self._absent = None
        self._finding = None  # looked up in rows that are not shown any more

    def _entry(self, row: int):
        """``[raw row, display texts or None]`` of a row, fetching its page if needed."""
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            if number != next(reversed(self._pages)):
                self._pages.move_to_end(number)
            if offset >= len(page) and number in self._short:
                page = self._fetch(number, len(page))
        return page[offset] if offset < len(page) else None

    def _read_failed(self, error) -> None:
        self.last_read_error = error
        if not self._read_error_reported:
            self._read_error_reported = True
            self.read_failed.emit(error)

    def _count_rows(self) -> int:
        try:
            if self._where is None:  # the whole list (the first paint): no peewee
                return list_sql.count(self._in_trash)
            from desktop_app.core.contacts import listing

            return listing.count(self._where, in_trash=self._in_trash)
        except EXPECTED_ERRORS as e:
            self._read_failed(e)
            return 0

    def _fetch(self, number: int, start: int = 0) -> list:
        """Page ``number`` read from SQL (its rows from ``start`` on, added to those read
        before); the top page a screenful first (``first_rows``)."""
        limit = PAGE_SIZE - start
        if number == 0 and start == 0 and self.first_rows < PAGE_SIZE:
            limit = self.first_rows
        self._short.discard(number)
        try:
            if self._where is None:  # the whole list (the first paint): no peewee
                rows = list_sql.page(sort=self._sort, descending=self._descending,
                                     offset=number * PAGE_SIZE + start, limit=limit,
                                     in_trash=self._in_trash)
            else:
                from desktop_app.core.contacts import listing

                rows = listing.page(self._where, sort=self._sort, descending=self._descending,
                                    offset=number * PAGE_SIZE + start, limit=limit,
                                    in_trash=self._in_trash, matches=self._count)
        except EXPECTED_ERRORS as e:
            self._read_failed(e)
            rows = []  # kept like a page, so painting does not ask again and again
        else:
            if start + len(rows) < PAGE_SIZE and len(rows) == limit:
                self._short.add(number)  # the rest when a row below is asked for
        self.fetches += 1
        page = self._pages.get(number, []) if start else []
        page.extend([r, None] for r in rows)
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            dropped, _ = self._pages.popitem(last=False)
            self._short.discard(dropped)
        return page
