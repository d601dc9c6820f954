"""The measured layout of a call sheet: fonts, columns, rows as drawing operations, pages.

``SheetLayout`` measures every row in the device's own font metrics and splits the rows into
pages, a row going to the next page whole when it does not fit; ``paint`` then draws each page
with the same header (date, salesperson, totals), column titles and footer ("Page 1 of 3").
Measuring first is what makes the page count exact and a split row impossible.
Chinese text uses an explicit CJK family (``cjk_family``) so a PDF embeds real glyphs.

The sheet is in the window's language (the loaded translation, ``words.language()``; the
command line loads the same one, ``app.translated``): its own texts through ``translate``,
stages, amounts, phone labels and outcomes as the rest of the UI words them. A day's sheet
gets its cadence steps and last interactions already worded (``callsheet.for_day``'s
``language`` and ``step_label``).
"""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPageSize, QPagedPaintDevice,
    QPainter,
)

from desktop_app.core.followup.callsheet import CallSheet, CallSheetRow
from desktop_app.ui.common.words import (amount_text, language, phone_label_text,
                                         rounded_amount_text, stage_names)
from desktop_app.ui.printing.fonts import cjk_family, digits_family, set_font
from desktop_app.ui.printing.ops import (BLACK, COLORS, GREY, LIGHT, WHITE, Block, Box, Line,
                                         PainterState, Pens, Shapes, Text, draw)
from desktop_app.ui.printing.row_parts import RowParts
from desktop_app.ui.printing.sheet_words import (  # noqa: F401 - also this module's API
    LOCALES, date_text, fill, translate, with_number)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(12, 12, 12, 12)
PDF_DPI = 600  # plenty for text; coordinates stay small
MAX_PHONES = 3
_TOKENS = re.compile(r" |[0-9A-Za-z\u00C0-\u024F.,:;!?'\"()\[\]@#%&+/=_*-]+|.")
_NO_LINE_START = set("，。、；：！？）》」』】〉…%,.;:!?)]")


def title_text(sheet: CallSheet | None = None) -> str:
    """"Daily call sheet"; a group's sheet (it has a ``title``: the group) is not the day's:
    "Call sheet" (电话清单), its group named under it."""
    if sheet is not None and sheet.title:
        return translate("CallSheet", "Call sheet")
    return translate("CallSheet", "Daily call sheet")


def day_text(day: date) -> str:
    """"Tuesday, 24 November 2026"; 2026年11月24日 星期二 in Chinese."""
    return date_text(day, translate("CallSheet", "dddd, d MMMM yyyy",
                                    "the sheet's day, as a QDate format"))


def totals_text(sheet: CallSheet) -> str:
    t = sheet.totals
    parts = [with_number(t.rows, translate("CallSheet", "1 lead"),
                         translate("CallSheet", "%1 leads"))]
    if t.overdue or t.due_today:
        parts.append(fill(translate("CallSheet", "%1 overdue"), t.overdue))
        parts.append(fill(translate("CallSheet", "%1 due today"), t.due_today))
    if t.deal_value:
        parts.append(fill(translate("CallSheet", "total %1"), rounded_amount_text(t.deal_value)))
    return " · ".join(parts)


def hyphen_head(token: str, room: float, adv) -> str:
    """The longest start of ``token`` that ends at a hyphen inside it and fits in ``room``
    ("Acme-Consulting-" of "Acme-Consulting-10M"); '' if none. A leading hyphen ("-1" in a
    Chinese tag) is not a place to break."""
    i = token.rfind("-", 0, len(token) - 1)
    while i > 0:
        if token[i - 1] != "-" and adv(token[:i + 1]) <= room:
            return token[:i + 1]
        i = token.rfind("-", 0, i)
    return ""


class SheetLayout:
    """Fonts, columns and measured rows of one sheet on one device (QPdfWriter or QPrinter)."""

    def __init__(self, sheet: CallSheet, device: QPagedPaintDevice):
        self.sheet = sheet
        self.device = device
        self.lang, self.stages = language(), stage_names()
        self.dpi = device.logicalDpiY()
        self.width = float(device.width())
        self.height = float(device.height())
        family = cjk_family()
        self.fonts = {
            "title": self._font(family, 15, True),
            "head": self._font(family, 9),
            "head_bold": self._font(family, 9, True),
            "colhead": self._font(family, 7.5),
            "name": self._font(family, 12, True),
            "meta": self._font(family, 8.5),
            "tag": self._font(family, 7.5),
            "step": self._font(family, 8.5),
            "badge": self._font(family, 8, True),
            "phone": self._font(digits_family(), 14, True),
            "phone_cjk": self._font(family, 14, True),  # a number with Chinese in it (转 8001)
            "phone_label": self._font(family, 7),
            "box": self._font(family, 8.5),
            "foot": self._font(family, 7.5),
        }
        self.fm = {k: QFontMetricsF(f, device) for k, f in self.fonts.items()}
        self.colors = {k: QColor(*rgb) for k, rgb in COLORS.items()}
        self.pens = Pens()
        self.shapes = Shapes(self.fonts, device)
        self._advances: dict[str, object] = {}
        mm = self.mm
        self.pad = mm(1.6)
        self.check_w = mm(8)
        self.phone_w = mm(58)
        # the lead's text gets up to 110 mm; the rest (46 mm or more) is for writing
        self.info_w = min(self.width - self.check_w - self.phone_w - mm(46), mm(110))
        self.outcome_w = self.width - self.check_w - self.phone_w - self.info_w
        self.x_info = self.check_w
        self.x_phone = self.x_info + self.info_w
        self.x_outcome = self.x_phone + self.phone_w
        self.min_row = mm(18)  # besides room for the boxes and two lines of notes
        # 手机 -> Mobile in English; a label of one's own as typed
        self.phone_words = {t: phone_label_text(t) for r in sheet.rows
                            for t in r.phone_labels[:MAX_PHONES] if t}
        widest = max((self.text_width("phone_label", t) for t in self.phone_words.values()),
                     default=0.0)
        self.label_w = min(widest + mm(1.5), mm(14)) if self.phone_words else 0.0
        self.header = self._header_block()
        self.footer_h = self.fm["foot"].height() + mm(3)
        self.body_h = self.height - self.header.height - self.footer_h
        self._row_parts = None  # what every row has: made with the first row

    def _font(self, family: str, points: float, bold: bool = False) -> QFont:
        font = QFont(family)
        set_font(font, points, bold)
        return font

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    # --- text helpers ---

    def text_width(self, font: str, text: str) -> float:
        return self.advance(font)(text)

    def wrap(self, font: str, text: str, width: float, max_lines: int) -> list[str]:
        """``text`` broken into lines of ``width``: between Chinese characters, at spaces in
        Latin text or after a hyphen inside a word ("Acme-" | "Consulting", an English naming
        tag), inside a word only when it is longer than a line; no line starts with closing
        punctuation. The last allowed line is elided with '…' when text goes on.

        Greedy, with the device's own font metrics and a per-font width cache (QTextLayout
        would be slower here).
        """
        text = " ".join((text or "").split())
        if not text:
            return []
        adv = self.advance(font)
        full, width = width, width * 0.99
        tokens = _TOKENS.findall(text)
        # Most texts fit on one line: the loop below would add every token, its running
        # width never above the total (widths are >= 0, added in the same order); the margin
        # leaves a total that ties with the width to the loop.
        if sum(map(adv, tokens)) < width - 1e-9 * width:
            return [text]
        lines: list[str] = []
        cur, cur_w = "", 0.0
        for tok in tokens:
            if tok == " ":
                if cur:
                    cur, cur_w = cur + " ", cur_w + adv(" ")
                continue
            tok_w = adv(tok)
            if cur_w + tok_w <= width:
                cur, cur_w = cur + tok, cur_w + tok_w
                continue
            if tok in _NO_LINE_START and cur.strip():  # carry the last character down with it
                lines.append(cur[:-1].rstrip())
                cur = cur[-1] + tok
                cur_w = adv(cur)
                continue
            head = hyphen_head(tok, width - cur_w, adv)
            while head:
                lines.append((cur + head).rstrip())
                cur, cur_w, tok = "", 0.0, tok[len(head):]
                head = hyphen_head(tok, width, adv) if adv(tok) > width else ""
            if cur_w + adv(tok) <= width:  # after a hyphen: the rest fits on the new line
                cur, cur_w = tok, adv(tok)
                continue
            if cur.strip():
                lines.append(cur.rstrip())
            cur, cur_w = "", 0.0
            for ch in tok:  # a word longer than the line: break inside it
                ch_w = adv(ch)
                if cur and cur_w + ch_w > width:
                    lines.append(cur)
                    cur, cur_w = "", 0.0
                cur, cur_w = cur + ch, cur_w + ch_w
        if cur.strip():
            lines.append(cur.rstrip())
        if len(lines) > max_lines:  # the last line: the text from there on, elided
            end = 0
            for line in lines[:max_lines - 1]:
                end = text.index(line, end) + len(line)
            lines = lines[:max_lines - 1] + [self.elide(font, text[end:].lstrip(), full)]
        return lines

    def advance(self, font: str):
        """The cached width function of ``font`` (``QFontMetricsF.horizontalAdvance``, each
        distinct text measured once): labels and tokens repeat a lot across rows. ``wrap``
        adds widths up token by token (kerning across tokens is ignored, hence its 1% slack)."""
        adv = self._advances.get(font)
        if adv is None:
            cache: dict[str, float] = {}
            measure = self.fm[font].horizontalAdvance

            def adv(text: str) -> float:
                w = cache.get(text)
                if w is None:
                    w = cache[text] = measure(text)
                return w
            self._advances[font] = adv
        return adv

    def fit_font(self, key: str, text: str, width: float, min_points: float) -> str:
        """``key``, or a smaller size of it (not below ``min_points``) that fits ``text`` in
        ``width``: a long number shrinks rather than losing digits."""
        wide = self.text_width(key, text)
        if wide <= width:
            return key
        base = self.fonts[key]
        points = max(min_points, int(base.pointSizeF() * width / wide * 10) / 10)
        while True:
            name = f"{key}@{points:.1f}"
            if name not in self.fonts:
                font = QFont(base)
                font.setPointSizeF(points)
                self.fonts[name] = font
                self.fm[name] = QFontMetricsF(font, self.device)
            if self.text_width(name, text) <= width or points <= min_points:
                return name
            points = max(min_points, points - 0.5)

    def elide(self, font: str, text: str, width: float) -> str:
        """``text`` cut with '…' to ``width`` (Qt's ElideRight). Most texts fit: those are
        returned as they are after a (cached) measure, as Qt returns them, without loading
        Qt's ``Qt`` namespace (~100 enums, ~25 ms) for the call."""
        if self.advance(font)(text) <= width:
            return text
        from PySide6.QtCore import Qt

        return self.fm[font].elidedText(text, Qt.TextElideMode.ElideRight, width)

    # --- header and footer ---

    def _header_block(self) -> Block:
        """The top of every page (its texts shaped once: ``Shapes``)."""
        s, mm, ops, shaped = self.sheet, self.mm, [], self.shapes.op
        y = 0.0
        fm_t = self.fm["title"]
        ops.append(shaped("title", 0, y + fm_t.ascent(), title_text(s)))
        date_s = day_text(s.day)
        ops.append(shaped("head_bold", self.width - self.text_width("head_bold", date_s),
                         y + fm_t.ascent(), date_s))
        y += fm_t.height() + mm(1)
        fm_h = self.fm["head"]
        left = []
        if s.salesperson:
            left.append(fill(translate("CallSheet", "Salesperson: %1"), s.salesperson))
        if s.title:
            left.append(fill(translate("CallSheet", "Group: %1"), s.title))
        elif not s.title and s.rows and all(r.due is not None for r in s.rows):
            left.append(translate("CallSheet", "Today's follow-ups"))
        totals = totals_text(s)
        tw = self.text_width("head", totals)
        left_text = self.elide("head", "    ".join(left), self.width - tw - mm(6))
        ops.append(shaped("head", 0, y + fm_h.ascent(), left_text))
        ops.append(shaped("head", self.width - tw, y + fm_h.ascent(), totals))
        y += fm_h.height()
        if s.truncated:
            note = fill(translate("CallSheet", "Only the first %1 of %2 leads"), len(s.rows),
                        s.matched)
            ops.append(shaped("head", 0, y + fm_h.ascent(), note, GREY))
            y += fm_h.height()
        y += mm(2)
        ops.append(Line(0, y, self.width, y, mm(0.5)))
        y += mm(1)
        fm_c = self.fm["colhead"]
        base = y + fm_c.ascent()
        for x, text in ((self.x_info, translate(
                "CallSheet", "Lead · naming tag · follow-up · last contact")),
                        (self.x_phone + self.pad, translate("CallSheet", "Phone")),
                        (self.x_outcome + self.pad, translate("CallSheet", "Outcome · notes"))):
            ops.append(shaped("colhead", x, base, text, GREY))
        y += fm_c.height() + mm(1)
        ops.append(Line(0, y, self.width, y, mm(0.25)))
        return Block(y, ops)

    def _footer_ops(self, page: int, pages: int) -> list:
        fm = self.fm["foot"]
        base = self.height - fm.descent()
        num = fill(translate("CallSheet", "Page %1 of %2"), page, pages)
        app_name = QCoreApplication.translate("MainWindow", "Contact Book")  # 通讯录 in zh_CN
        left = f"{app_name} · {self.sheet.day.isoformat()}"
        if self.sheet.salesperson:
            left += f" · {self.sheet.salesperson}"
        return [
            Line(0, self.height - self.footer_h + self.mm(1), self.width,
                  self.height - self.footer_h + self.mm(1), self.mm(0.2), LIGHT),
            self.shapes.op("foot", 0, base, left, GREY),
            Text("foot", self.width - self.text_width("foot", num), base, num),
        ]

    # --- one row ---

    def _parts(self) -> RowParts:
        """What every row has (measured once per sheet; a row only adds its own texts)."""
        if self._row_parts is None:
            self._row_parts = RowParts(self)
        return self._row_parts

    def row_block(self, row: CallSheetRow) -> Block:
        """One lead's row: its ops (y from the row's top) and height. The same arithmetic,
        op for op, as when each row measured and made everything itself; the parts common to
        every row and the texts many rows share (labels, badges, steps) are the same ops.

        The ops go in the order that changes the painter's pen least (nothing in a row
        overlaps but a badge and its word): the lines and boxes, the grey texts, the black
        ones, then the white word on an overdue badge. ~19 pens a row were ~7 of the 15 M
        instructions a row costs in QPdfEngine, and the page's text to compress."""
        p = self._parts()
        pad, asc, line_h = self.pad, p.ascent, p.line_height
        shapes, grey, black, white = [p.checkbox], [], [], []
        top = pad
        # info column
        x, w = self.x_info, p.info_text_w
        grade = p.grades.get(row.grade)
        if grade is None:
            grade = p.grades[row.grade] = fill(p.grade_word, row.grade) if row.grade else ""
        deal = amount_text(row.deal_value) if row.deal_value is not None else row.deal_size
        meta = " · ".join(q for q in (grade, self.stages.get(row.stage, row.stage), deal) if q)
        meta_w = p.meta_w(meta) if meta else 0.0
        name = self.elide("name", row.name or p.no_name, max(w - meta_w - p.mm3, w * 0.4))
        base = top + asc["name"]
        black.append(Text("name", x, base, name))
        if meta:
            mx = x + p.name_w(name) + p.mm3
            grey.append(self.shapes.op("meta", mx, base, self.elide("meta", meta, x + w - mx),
                                       GREY))
        y = top + line_h["name"] + p.mm03
        for line in self.wrap("tag", row.tag, w, 2):
            grey.append(Text("tag", x, y + asc["tag"], line, GREY))
            y += line_h["tag"]
        y += p.mm06
        y = self._step_line((shapes, black, white), row, x, y, w)
        if row.last is not None:
            last = row.last
            on = p.day_text(last.on)
            what = " · ".join(q for q in (last.channel, last.outcome) if q)
            head = "  ".join(q for q in (on, what) if q)
            text = fill(p.last_note_word, head, last.note) if last.note \
                else fill(p.last_word, head)
            for line in self.wrap("step", text, w, 2):
                black.append(Text("step", x, y + asc["step"], line))
                y += line_h["step"]
        info_bottom = y
        # phones
        y = top
        px = p.px
        label_w = self.label_w
        num_x, avail = px + label_w, p.phone_avail
        for label, number in list(zip(row.phone_labels, row.phones))[:MAX_PHONES]:
            font = self.fit_font("phone" if number.isascii() else "phone_cjk", number, avail, 9.0)
            shown = self.elide(font, number, avail)
            base = y + asc["phone"]
            if label:
                grey.append(p.phone_label(label, base))
            black.append(Text(font, num_x, base, shown))
            y += p.phone_step
        if len(row.phones) > MAX_PHONES:
            more = fill(p.more_word, len(row.phones) - MAX_PHONES)
            grey.append(Text("phone_label", px + label_w, y + asc["phone_label"], more, GREY))
            y += line_h["phone_label"]
        if not row.phones:
            grey.append(p.no_phone(y))
            y += line_h["step"]
        phones_bottom = y
        # outcome boxes, then a notes area down to the bottom of the row
        height = max(info_bottom, phones_bottom, p.notes_min, self.min_row - pad) + pad
        height = min(height, self.body_h)
        shapes += p.outcome_boxes
        shapes += p.rules(height - pad + 0.01)
        shapes.append(p.bottom_line(height))
        grey.append(p.notes_label)
        black += p.outcome_words
        return Block(height, shapes + grey + black + white)

    def _step_line(self, ops: tuple[list, list, list], row: CallSheetRow, x: float, y: float,
                   w: float) -> float:
        """The cadence step and an overdue / due-today badge, on one line (``ops``: the row's
        lines and boxes, black texts, white texts)."""
        shapes, black, white = ops
        state = row.due_state(self.sheet.day)
        badge = ""
        p = self._parts()
        if state == "overdue":
            days = row.days_overdue or (self.sheet.day - row.due).days
            badge = p.overdue_words.get(days)
            if badge is None:
                badge = p.overdue_words[days] = with_number(
                    days, translate("CallSheet", "1 day overdue"),
                    translate("CallSheet", "%1 days overdue"))
        elif state == "today":
            badge = p.today_word
        if not badge and not row.step:
            return y
        base = y + p.ascent["step"]
        cx = x
        if badge:
            key = (badge, state, base)
            made = p.badges.get(key)
            if made is None:
                fm_b = self.fm["badge"]
                bw = self.text_width("badge", badge) + self.mm(2)
                rect = QRectF(cx, base - fm_b.ascent() - self.mm(0.4), bw,
                              fm_b.height() + self.mm(0.5))
                inverse = state == "overdue"
                made = p.badges[key] = (
                    Box(rect, self.mm(0.25), BLACK, BLACK if inverse else None),
                    self.shapes.op("badge", cx + self.mm(1), base, badge,
                                   WHITE if inverse else BLACK),
                    cx + (bw + self.mm(2)))
            shapes.append(made[0])
            (white if state == "overdue" else black).append(made[1])
            cx = made[2]
        if row.step:
            key = (row.step, cx, base)
            op = p.steps.get(key)
            if op is None:
                op = p.steps[key] = self.shapes.op("step", cx, base,
                                                   self.elide("step", row.step, x + w - cx))
            black.append(op)
        return y + p.step_line_max + p.mm04

    # --- pages ---

    def paginate(self) -> tuple[list[Block], list[list[int]]]:
        """The measured rows and, per page, the indexes of its rows (never split)."""
        blocks = [self.row_block(r) for r in self.sheet.rows]
        pages: list[list[int]] = [[]]
        used = 0.0
        for i, block in enumerate(blocks):
            if pages[-1] and used + block.height > self.body_h + 0.01:
                pages.append([])
                used = 0.0
            pages[-1].append(i)
            used += block.height
        return blocks, pages

    def paint(self, painter: QPainter, blocks: list[Block], pages: list[list[int]],
              new_page) -> None:
        """Each page: the header, its rows (each drawn at its place by translating the
        painter: a row's ops are made once, and the ops all rows share are the same objects),
        the footer."""
        for number, page in enumerate(pages, 1):
            if number > 1:
                new_page()
            state = PainterState()  # what the painter was given on this page
            self._replay(painter, self.header.ops, state)
            y = self.header.height
            painter.translate(0, y)
            for i in page:
                self._replay(painter, blocks[i].ops, state)
                painter.translate(0, blocks[i].height)
                y += blocks[i].height
            painter.resetTransform()
            if not self.sheet.rows:
                empty = translate("CallSheet", "No leads to call in this group.") \
                    if self.sheet.title else translate("CallSheet", "No leads to call today.")
                fm = self.fm["step"]
                self._replay(painter, [Text("step", 0, y + self.mm(6) + fm.ascent(),
                                             empty, GREY)], state)
            self._replay(painter, self._footer_ops(number, len(pages)), state)

    def _replay(self, painter: QPainter, ops: list, state: PainterState | None = None) -> None:
        draw(painter, ops, self.fonts, self.pens, self.colors, state)
