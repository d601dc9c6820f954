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

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPageSize, QPagedPaintDevice,
    QPainter,
)

from desktop_app.core.followup.callsheet import CallSheet, CallSheetRow
from desktop_app.core.timeline.channels import OUTCOME_CODES, label as channel_label
from desktop_app.ui.common.words import (amount_text, language, phone_label_text,
                                         rounded_amount_text, stage_names)
from desktop_app.ui.printing.fonts import cjk_family, digits_family, set_font
from desktop_app.ui.printing.ops import (BLACK, COLORS, GREY, LIGHT, WHITE, Block, Box, Line,
                                         PainterState, Text, draw)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(12, 12, 12, 12)
PDF_DPI = 600  # plenty for text; coordinates stay small
MAX_PHONES = 3
LOCALES = {"zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_TOKENS = re.compile(r" |[0-9A-Za-z\u00C0-\u024F.,:;!?'\"()\[\]@#%&+/=_*-]+|.")
_NO_LINE_START = set("，。、；：！？）》」』】〉…%,.;:!?)]")


translate = QCoreApplication.translate  # lupdate reads translate("CallSheet", "...") calls


def title_text() -> str:
    return translate("CallSheet", "Daily call sheet")


def date_text(day: date, fmt: str) -> str:
    """``day`` in a QDate format, with the month and weekday names of the sheet's language."""
    return LOCALES[language()].toString(QDate(day.year, day.month, day.day), fmt)


def day_text(day: date) -> str:
    """"Tuesday, 24 November 2026"; 2026年11月24日 星期二 in Chinese."""
    return date_text(day, translate("CallSheet", "dddd, d MMMM yyyy",
                                    "the sheet's day, as a QDate format"))


def fill(text: str, *values) -> str:
    """``text`` with %1, %2... replaced by ``values`` in one pass (a value may hold "%2")."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


def with_number(n: int, one: str, many: str) -> str:
    return fill(one if n == 1 else many, n)


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
        self._advances: dict[str, dict[str, float]] = {}
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

    def _font(self, family: str, points: float, bold: bool = False) -> QFont:
        font = QFont(family)
        set_font(font, points, bold)
        return font

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    # --- text helpers ---

    def text_width(self, font: str, text: str) -> float:
        return self.fm[font].horizontalAdvance(text)

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
        lines: list[str] = []
        cur, cur_w = "", 0.0
        for tok in _TOKENS.findall(text):
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
        """A cached width function for ``font``: tokens repeat a lot across rows. Widths are
        added up token by token (kerning across tokens is ignored, hence ``wrap``'s 1% slack)."""
        cache = self._advances.get(font)
        if cache is None:
            cache = self._advances[font] = {}
        measure = self.fm[font].horizontalAdvance

        def adv(text: str) -> float:
            w = cache.get(text)
            if w is None:
                w = cache[text] = measure(text)
            return w
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

    def _lines(self, ops: list, font: str, lines: list[str], x: float, top: float,
               color: str = BLACK, spacing: float = 1.0) -> float:
        """Append text ops for ``lines`` starting at ``top``; returns the y below them."""
        fm = self.fm[font]
        for line in lines:
            ops.append(Text(font, x, top + fm.ascent(), line, color))
            top += fm.height() * spacing
        return top

    # --- header and footer ---

    def _header_block(self) -> Block:
        s, mm, ops = self.sheet, self.mm, []
        y = 0.0
        fm_t = self.fm["title"]
        ops.append(Text("title", 0, y + fm_t.ascent(), title_text()))
        date_s = day_text(s.day)
        ops.append(Text("head_bold", self.width - self.text_width("head_bold", date_s),
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
        ops.append(Text("head", 0, y + fm_h.ascent(), left_text))
        ops.append(Text("head", self.width - tw, y + fm_h.ascent(), totals))
        y += fm_h.height()
        if s.truncated:
            note = fill(translate("CallSheet", "Only the first %1 of %2 leads"), len(s.rows),
                        s.matched)
            ops.append(Text("head", 0, y + fm_h.ascent(), note, GREY))
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
            ops.append(Text("colhead", x, base, text, GREY))
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
            Text("foot", 0, base, left, GREY),
            Text("foot", self.width - self.text_width("foot", num), base, num),
        ]

    # --- one row ---

    def row_block(self, row: CallSheetRow) -> Block:
        mm, pad, ops = self.mm, self.pad, []
        top = pad
        # checkbox
        side = mm(4.2)
        ops.append(Box(QRectF(mm(1), top + mm(0.8), side, side), mm(0.35)))
        # info column
        x, w = self.x_info, self.info_w - 2 * pad
        fm_n = self.fm["name"]
        grade = fill(translate("CallSheet", "Grade %1"), row.grade) if row.grade else ""
        deal = amount_text(row.deal_value) if row.deal_value is not None else row.deal_size
        meta = " · ".join(p for p in (grade, self.stages.get(row.stage, row.stage), deal) if p)
        meta_w = self.text_width("meta", meta) if meta else 0.0
        name = self.elide("name", row.name or translate("CallSheet", "(no name)"),
                          max(w - meta_w - mm(3), w * 0.4))
        base = top + fm_n.ascent()
        ops.append(Text("name", x, base, name))
        if meta:
            mx = x + self.text_width("name", name) + mm(3)
            ops.append(Text("meta", mx, base, self.elide("meta", meta, x + w - mx), GREY))
        y = top + fm_n.height() + mm(0.3)
        y = self._lines(ops, "tag", self.wrap("tag", row.tag, w, 2), x, y, GREY)
        y += mm(0.6)
        y = self._step_line(ops, row, x, y, w)
        if row.last is not None:
            last = row.last
            on = date_text(last.on, translate("CallSheet", "d MMM", "a day of the sheet's "
                                              "year, as a QDate format")) \
                if last.on.year == self.sheet.day.year else last.on.isoformat()
            what = " · ".join(q for q in (last.channel, last.outcome) if q)
            head = "  ".join(p for p in (on, what) if p)
            text = fill(translate("CallSheet", "Last %1: %2"), head, last.note) if last.note \
                else fill(translate("CallSheet", "Last %1"), head)
            y = self._lines(ops, "step", self.wrap("step", text, w, 2), x, y)
        info_bottom = y
        # phones
        y = top
        px, pw = self.x_phone + pad, self.phone_w - 2 * pad
        fm_p = self.fm["phone"]
        label_w = self.label_w
        for label, number in list(zip(row.phone_labels, row.phones))[:MAX_PHONES]:
            num_x = px + label_w
            avail = pw - label_w
            font = self.fit_font("phone" if number.isascii() else "phone_cjk", number, avail, 9.0)
            shown = self.elide(font, number, avail)
            base = y + fm_p.ascent()
            if label:
                ops.append(Text("phone_label", px, base, self.elide(
                    "phone_label", self.phone_words[label], label_w - mm(1)), GREY))
            ops.append(Text(font, num_x, base, shown))
            y += fm_p.height() + mm(0.4)
        if len(row.phones) > MAX_PHONES:
            more = fill(translate("CallSheet", "%1 more"), len(row.phones) - MAX_PHONES)
            y = self._lines(ops, "phone_label", [more], px + label_w, y, GREY)
        if not row.phones:
            y = self._lines(ops, "step", [translate("CallSheet", "(no phone)")], px + label_w,
                            y, GREY)
        phones_bottom = y
        # outcome boxes, then a notes area down to the bottom of the row
        ox, ow = self.x_outcome + pad, self.outcome_w - 2 * pad
        y = self._outcome_boxes(ops, ox, top, ow)
        notes_top = y + mm(0.8)
        fm_b = self.fm["box"]
        notes_min = notes_top + 2 * mm(5.5)
        height = max(info_bottom, phones_bottom, notes_min, self.min_row - pad) + pad
        height = min(height, self.body_h)
        label = translate("CallSheet", "Notes")
        ops.append(Text("box", ox, notes_top + fm_b.ascent(), label, GREY))
        rule_x = ox + self.text_width("box", label) + mm(1.5)  # the first rule follows 备注
        rule = notes_top + mm(5.5)
        while rule <= height - pad + 0.01:
            ops.append(Line(rule_x, rule, ox + ow, rule, mm(0.15), LIGHT))
            rule_x, rule = ox, rule + mm(5.5)
        ops.append(Line(0, height, self.width, height, mm(0.2), GREY))
        return Block(height, ops)

    def _step_line(self, ops: list, row: CallSheetRow, x: float, y: float, w: float) -> float:
        """The cadence step and an overdue / due-today badge, on one line."""
        state = row.due_state(self.sheet.day)
        badge = ""
        if state == "overdue":
            badge = with_number(row.days_overdue or (self.sheet.day - row.due).days,
                                translate("CallSheet", "1 day overdue"),
                                translate("CallSheet", "%1 days overdue"))
        elif state == "today":
            badge = translate("CallSheet", "Today")
        if not badge and not row.step:
            return y
        fm = self.fm["step"]
        base = y + fm.ascent()
        cx = x
        if badge:
            fm_b = self.fm["badge"]
            bw = self.text_width("badge", badge) + self.mm(2)
            rect = QRectF(cx, base - fm_b.ascent() - self.mm(0.4), bw, fm_b.height() + self.mm(0.5))
            inverse = state == "overdue"
            ops.append(Box(rect, self.mm(0.25), BLACK, BLACK if inverse else None))
            ops.append(Text("badge", cx + self.mm(1), base, badge, WHITE if inverse else BLACK))
            cx += bw + self.mm(2)
        if row.step:
            ops.append(Text("step", cx, base, self.elide("step", row.step, x + w - cx)))
        return y + max(fm.height(), self.fm["badge"].height() + self.mm(0.5)) + self.mm(0.4)

    def _outcome_boxes(self, ops: list, x: float, top: float, width: float) -> float:
        """☐Reached ☐No answer ☐Replied ☐No reply (☐接通 ☐未接 ☐已回复 ☐未回复), the outcome
        words of the timeline, in a grid: four across when they fit, else two."""
        fm = self.fm["box"]
        side = self.mm(3.2)
        gap = self.mm(1)
        labels = [channel_label(code, self.lang) for code in OUTCOME_CODES]
        item_w = side + gap + max(self.text_width("box", t) for t in labels) + self.mm(2)
        cols = 4 if item_w * 4 <= width else 2
        col_w = width / cols
        line_h = max(fm.height(), side) + self.mm(1.2)
        for i, label in enumerate(labels):
            cx = x + (i % cols) * col_w
            mid = top + (i // cols) * line_h + line_h / 2 - self.mm(0.6)
            ops.append(Box(QRectF(cx, mid - side / 2, side, side), self.mm(0.3)))
            ops.append(Text("box", cx + side + gap,
                             mid + (fm.ascent() - fm.descent()) / 2, label))
        return top + (len(labels) + cols - 1) // cols * line_h

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
        for number, page in enumerate(pages, 1):
            if number > 1:
                new_page()
            state = PainterState()  # what the painter was given on this page
            self._replay(painter, self.header.ops, 0.0, state)
            y = self.header.height
            for i in page:
                self._replay(painter, blocks[i].ops, y, state)
                y += blocks[i].height
            if not self.sheet.rows:
                empty = translate("CallSheet", "No leads to call in this group.") \
                    if self.sheet.title else translate("CallSheet", "No leads to call today.")
                fm = self.fm["step"]
                self._replay(painter, [Text("step", 0, y + self.mm(6) + fm.ascent(),
                                             empty, GREY)], 0.0, state)
            self._replay(painter, self._footer_ops(number, len(pages)), 0.0, state)

    def _replay(self, painter: QPainter, ops: list, dy: float,
                state: PainterState | None = None) -> None:
        draw(painter, ops, dy, self.fonts, self.colors, state)
