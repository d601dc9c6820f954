"""The measured layout of a call sheet: fonts, columns, rows as drawing operations, pages.

``SheetLayout`` measures every row in the device's own font metrics and splits the rows into
pages, a row going to the next page whole when it does not fit; ``paint`` then draws each page
with the same header (date, salesperson, totals), column titles and footer ("第 1 / 3 页").
Measuring first is what makes the page count exact and a split row impossible.
Chinese text uses an explicit CJK family (``cjk_family``) so a PDF embeds real glyphs.
"""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPageSize, QPagedPaintDevice,
    QPainter,
)

from desktop_app.core.followup.callsheet import CallSheet, CallSheetRow, round_amount
from desktop_app.ui.printing.fonts import cjk_family, digits_family, set_font
from desktop_app.ui.printing.ops import BLACK, COLORS, GREY, LIGHT, WHITE, Block, Box, Line, Text, draw

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(12, 12, 12, 12)
PDF_DPI = 600  # plenty for text; coordinates stay small
OUTCOME_BOXES = ("接通", "未接", "已回复", "未回复")
MAX_PHONES = 3
WEEKDAYS = "一二三四五六日"
_TOKENS = re.compile(r" |[0-9A-Za-z\u00C0-\u024F.,:;!?'\"()\[\]@#%&+/=_*-]+|.")
_NO_LINE_START = set("，。、；：！？）》」』】〉…%,.;:!?)]")


def tr(text: str) -> str:
    return QCoreApplication.translate("CallSheet", text)


def day_text(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


def totals_text(sheet: CallSheet) -> str:
    t = sheet.totals
    parts = [tr("共 %1 人").replace("%1", str(t.rows))]
    if t.overdue or t.due_today:
        parts.append(tr("逾期 %1").replace("%1", str(t.overdue)))
        parts.append(tr("今日 %1").replace("%1", str(t.due_today)))
    if t.deal_value:
        parts.append(tr("金额合计 %1").replace("%1", round_amount(t.deal_value)))
    return " · ".join(parts)


class SheetLayout:
    """Fonts, columns and measured rows of one sheet on one device (QPdfWriter or QPrinter)."""

    def __init__(self, sheet: CallSheet, device: QPagedPaintDevice):
        self.sheet = sheet
        self.device = device
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
        labels = [t for r in sheet.rows for t in r.phone_labels[:MAX_PHONES] if t]
        widest = max((self.text_width("phone_label", t) for t in set(labels)), default=0.0)
        self.label_w = min(widest + mm(1.5), mm(14)) if labels else 0.0
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
        Latin text, inside a word only when it is longer than a line; no line starts with
        closing punctuation. The last allowed line is elided with '…' when text goes on.

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
        if len(lines) > max_lines:
            rest = " ".join(lines[max_lines - 1:])
            lines = lines[:max_lines - 1] + [self.elide(font, rest, full)]
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
        ops.append(Text("title", 0, y + fm_t.ascent(), tr("每日电话清单")))
        date_s = day_text(s.day)
        ops.append(Text("head_bold", self.width - self.text_width("head_bold", date_s),
                         y + fm_t.ascent(), date_s))
        y += fm_t.height() + mm(1)
        fm_h = self.fm["head"]
        left = []
        if s.salesperson:
            left.append(tr("销售：%1").replace("%1", s.salesperson))
        if s.title:
            left.append(tr("分组：%1").replace("%1", s.title))
        elif not s.title and s.rows and all(r.due is not None for r in s.rows):
            left.append(tr("今日跟进"))
        totals = totals_text(s)
        tw = self.text_width("head", totals)
        left_text = self.elide("head", "    ".join(left), self.width - tw - mm(6))
        ops.append(Text("head", 0, y + fm_h.ascent(), left_text))
        ops.append(Text("head", self.width - tw, y + fm_h.ascent(), totals))
        y += fm_h.height()
        if s.truncated:
            note = tr("只列出前 %1 人（共 %2 人）").replace("%1", str(len(s.rows))).replace(
                "%2", str(s.matched))
            ops.append(Text("head", 0, y + fm_h.ascent(), note, GREY))
            y += fm_h.height()
        y += mm(2)
        ops.append(Line(0, y, self.width, y, mm(0.5)))
        y += mm(1)
        fm_c = self.fm["colhead"]
        base = y + fm_c.ascent()
        ops.append(Text("colhead", self.x_info, base, tr("客户 · 命名标签 · 跟进 · 上次联系"), GREY))
        ops.append(Text("colhead", self.x_phone + self.pad, base, tr("电话"), GREY))
        ops.append(Text("colhead", self.x_outcome + self.pad, base, tr("结果 · 备注"), GREY))
        y += fm_c.height() + mm(1)
        ops.append(Line(0, y, self.width, y, mm(0.25)))
        return Block(y, ops)

    def _footer_ops(self, page: int, pages: int) -> list:
        fm = self.fm["foot"]
        base = self.height - fm.descent()
        num = tr("第 %1 / %2 页").replace("%1", str(page)).replace("%2", str(pages))
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
        grade = tr("%1级").replace("%1", row.grade) if row.grade else ""
        meta = " · ".join(p for p in (grade, row.stage_label, row.deal_text) if p)
        meta_w = self.text_width("meta", meta) if meta else 0.0
        name = self.elide("name", row.name or tr("（无姓名）"), max(w - meta_w - mm(3), w * 0.4))
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
            head = "  ".join(p for p in (f"{last.on.month}-{last.on.day:02d}" if last.on.year
                                         == self.sheet.day.year else last.on.isoformat(),
                                         " · ".join(q for q in (last.channel, last.outcome)
                                                    if q)) if p)
            text = tr("上次 %1").replace("%1", head) + (f"：{last.note}" if last.note else "")
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
                ops.append(Text("phone_label", px, base,
                                 self.elide("phone_label", label, label_w - mm(1)), GREY))
            ops.append(Text(font, num_x, base, shown))
            y += fm_p.height() + mm(0.4)
        if len(row.phones) > MAX_PHONES:
            more = tr("另有 %1 个号码").replace("%1", str(len(row.phones) - MAX_PHONES))
            y = self._lines(ops, "phone_label", [more], px + label_w, y, GREY)
        if not row.phones:
            y = self._lines(ops, "step", [tr("（无电话）")], px + label_w, y, GREY)
        phones_bottom = y
        # outcome boxes, then a notes area down to the bottom of the row
        ox, ow = self.x_outcome + pad, self.outcome_w - 2 * pad
        y = self._outcome_boxes(ops, ox, top, ow)
        notes_top = y + mm(0.8)
        fm_b = self.fm["box"]
        notes_min = notes_top + 2 * mm(5.5)
        height = max(info_bottom, phones_bottom, notes_min, self.min_row - pad) + pad
        height = min(height, self.body_h)
        label = tr("备注")
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
            badge = tr("逾期 %1 天").replace("%1", str(row.days_overdue or
                                                    (self.sheet.day - row.due).days))
        elif state == "today":
            badge = tr("今天")
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
        """☐接通 ☐未接 ☐已回复 ☐未回复 in a grid: four across when they fit, else two."""
        fm = self.fm["box"]
        side = self.mm(3.2)
        gap = self.mm(1)
        labels = [tr(t) for t in OUTCOME_BOXES]
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
            self._replay(painter, self.header.ops, 0.0)
            y = self.header.height
            for i in page:
                self._replay(painter, blocks[i].ops, y)
                y += blocks[i].height
            if not self.sheet.rows:
                empty = tr("这个分组里没有要联系的客户。") if self.sheet.title else \
                    tr("今天没有要联系的客户。")
                fm = self.fm["step"]
                self._replay(painter, [Text("step", 0, y + self.mm(6) + fm.ascent(),
                                             empty, GREY)], 0.0)
            self._replay(painter, self._footer_ops(number, len(pages)), 0.0)

    def _replay(self, painter: QPainter, ops: list, dy: float) -> None:
        draw(painter, ops, dy, self.fonts, self.colors)
