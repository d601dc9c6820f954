"""The printed call sheet: pages, order, fonts and the PDF file itself."""
import math
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop_app.core.followup.callsheet import CallSheet, CallSheetRow, LastInteraction  # noqa: E402

TODAY = date(2026, 11, 24)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋"


def make_rows(count: int) -> tuple[CallSheetRow, ...]:
    """Distinct names and phones; some overdue, some with a cadence step, a last interaction,
    a second phone or a long tag, so rows have different heights."""
    rows = []
    for i in range(count):
        name = SURNAMES[i % 20] + GIVEN[(i // 20) % 10] + f"{i:03d}"
        phones = (f"138 {i:04d} 5678",) + ((f"021 6123 {i:04d}",) if i % 7 == 0 else ())
        labels = ("手机",) + (("办公",) if i % 7 == 0 else ())
        extra = "-备注很长很长很长很长很长很长很长很长很长很长很长很长" * 2 if i % 11 == 0 else ""
        rows.append(CallSheetRow(
            contact_id=i + 1, tag=f"上海-壹点零壹影响力-咨询-1千万-{name}-创始人-知乎{extra}",
            name=name, phones=phones, phone_labels=labels, stage="proposal",
            deal_value=10**7 - i, deal_size="1千万",
            step="黄金七天 · 第3天" if i % 3 else "",
            due=TODAY - timedelta(days=i % 4) if i % 2 else None, days_overdue=i % 4 if i % 2 else 0,
            last=LastInteraction(TODAY - timedelta(days=3), "电话", "未接",
                                 "说下周再打，老板出差了，预算要等下个季度批下来，先发资料和案例") if i % 5 else None,
        ))
    return tuple(rows)


def pdf_pages_text(path: Path) -> list[str]:
    """Each page's text; pdftotext when installed (it merges Qt's doubled fake-bold text),
    else pypdf with repeated lines dropped."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
        pages = out.split("\f")
        return pages[:-1] if pages and not pages[-1].strip() else pages
    texts = []
    for page in pypdf.PdfReader(str(path)).pages:
        lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
        texts.append("\n".join(x for i, x in enumerate(lines) if i == 0 or x != lines[i - 1]))
    return texts


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def printing(qapp):
    from desktop_app.ui.printing import printer as printing

    return printing


def expected_pages(printing, sheet, tmp_path, paper="a4", landscape=False):
    writer = printing.pdf_writer(tmp_path / "measure.pdf", sheet, paper, landscape)
    layout = printing.SheetLayout(sheet, writer)
    blocks, pages = layout.paginate()
    return layout, blocks, pages


def test_200_rows_page_count_order_and_no_split(printing, chinese, tmp_path):
    sheet = CallSheet(TODAY, "张三", make_rows(200), title="上海")
    layout, blocks, pages = expected_pages(printing, sheet, tmp_path)
    # the layout's own arithmetic: each page holds what fits, the next row did not fit
    assert sum(len(p) for p in pages) == 200 and [i for p in pages for i in p] == list(range(200))
    for page, nxt in zip(pages, pages[1:]):
        used = sum(blocks[i].height for i in page)
        assert used <= layout.body_h + 0.01 < used + blocks[nxt[0]].height
    most = math.floor(layout.body_h / layout.min_row)
    assert len(pages) >= math.ceil(200 / most) > 10

    out = tmp_path / "sheet.pdf"
    assert printing.write_pdf(sheet, out) == len(pages)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == len(pages)
    width, height = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 portrait, in points

    texts = [flat(t) for t in pdf_pages_text(out)]
    assert len(texts) == len(pages)
    for number, (text, rows) in enumerate(zip(texts, pages), 1):
        assert f"第 {number} / {len(pages)} 页" in text
        assert "张三" in text and "2026年11月24日 星期二" in text and "共 200 人" in text
        # every row of this page, whole (name, tag start and phones), in order; no other row
        positions = []
        for i in rows:
            r = sheet.rows[i]
            assert r.name in text and r.tag[:20] in text
            for phone in r.phones:
                assert phone in text
            positions.append(text.index(r.phones[0]))
        assert positions == sorted(positions)
        others = set(range(200)) - set(rows)
        assert not any(sheet.rows[i].phones[0] in text for i in others)


def test_paper_and_orientation(printing, tmp_path):
    sheet = CallSheet(TODAY, "", make_rows(30))
    sizes = {}
    for paper, landscape in (("a4", False), ("a4", True), ("letter", False), ("letter", True)):
        out = tmp_path / f"{paper}-{landscape}.pdf"
        _, _, pages = expected_pages(printing, sheet, tmp_path, paper, landscape)
        assert printing.write_pdf(sheet, out, paper, landscape) == len(pages)
        reader = pypdf.PdfReader(str(out))
        assert len(reader.pages) == len(pages)
        box = reader.pages[0].mediabox
        sizes[paper, landscape] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {("a4", False): (595, 842), ("a4", True): (842, 595),
                     ("letter", False): (612, 792), ("letter", True): (792, 612)}
    with pytest.raises(printing.RenderError):
        printing.write_pdf(sheet, tmp_path / "x.pdf", "a3")


def test_chinese_font_is_embedded(printing, chinese, tmp_path):
    from PySide6.QtGui import QFontDatabase

    family = printing.cjk_family()
    if QFontDatabase.WritingSystem.SimplifiedChinese not in QFontDatabase.writingSystems(family):
        pytest.skip("no font with Chinese glyphs installed")
    out = tmp_path / "fonts.pdf"
    printing.write_pdf(CallSheet(TODAY, "张三", make_rows(3)), out)
    fonts = {}
    for page in pypdf.PdfReader(str(out)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in
                                               ("/FontFile", "/FontFile2", "/FontFile3"))
            assert "/ToUnicode" in font  # text can be searched and copied
    squashed = family.replace(" ", "")
    assert any(squashed in name for name in fonts), fonts
    assert all(fonts.values()), fonts  # every font embedded
    text = flat(pdf_pages_text(out)[0])
    assert "每日电话清单" in text and "接通" in text and "未回复" in text


def test_empty_sheet_is_one_page(printing, tmp_path, request):
    out = tmp_path / "empty.pdf"
    assert printing.write_pdf(CallSheet(TODAY, "张三", ()), out) == 1
    assert "No leads to call today." in flat(pdf_pages_text(out)[0])
    request.getfixturevalue("chinese")
    assert printing.write_pdf(CallSheet(TODAY, "张三", ()), out) == 1
    assert "今天没有要联系的客户" in flat(pdf_pages_text(out)[0])


def test_tall_rows_are_capped_and_never_split(printing, tmp_path):
    row = CallSheetRow(1, "上海-" + "很长的公司名" * 80, "叶辉",
                       tuple(f"138 0000 {i:04d}" for i in range(12)), ("手机",) * 12,
                       last=LastInteraction(TODAY, "电话", "未接", "长" * 80))
    sheet = CallSheet(TODAY, "", (row,) * 30)
    layout, blocks, pages = expected_pages(printing, sheet, tmp_path)
    assert all(b.height <= layout.body_h for b in blocks)
    out = tmp_path / "tall.pdf"
    assert printing.write_pdf(sheet, out) == len(pages)
    assert len(pypdf.PdfReader(str(out)).pages) == len(pages)


def test_write_pdf_leaves_no_half_file(printing, tmp_path, monkeypatch):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"old")

    def boom(sheet, device):
        raise printing.RenderError("printer on fire")

    monkeypatch.setattr(printing, "render", boom)
    with pytest.raises(printing.RenderError):
        printing.write_pdf(CallSheet(TODAY, "", make_rows(3)), out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    with pytest.raises(printing.RenderError, match="does not exist"):
        printing.write_pdf(CallSheet(TODAY, "", ()), tmp_path / "nope" / "x.pdf")


def _mount_tmpfs(target, size: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
                          capture_output=True).returncode == 0


def test_a_pdf_cut_off_by_a_full_disk_is_refused(printing, tmp_path):
    """QPdfWriter says nothing when the disk fills up: the CLI printed "Wrote ...: 20 leads,
    2 pages" over a file without its end (found by a CLI exploration helper)."""
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"old")

    def cut_off(writer):  # what a full disk leaves: the start of a PDF
        Path(writer).write_bytes(b"%PDF-1.4\n1 0 obj\n")

    with pytest.raises(printing.RenderError, match="completely"):
        printing.write_pdf_with(lambda tmp: tmp, cut_off, out)
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    small = tmp_path / "small"
    if not _mount_tmpfs(small, "24k"):
        pytest.skip("needs root and mount (tmpfs) for a real full disk")
    try:
        with pytest.raises(printing.RenderError):
            printing.write_pdf(CallSheet(TODAY, "", make_rows(60)), small / "sheet.pdf")
        assert [p.name for p in small.iterdir()] == []
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)


def test_preview_paints_on_the_printer(printing, monkeypatch, tmp_path):
    """The preview dialog's paintRequested renders the sheet on its QPrinter (here printing
    to a PDF file, since a test machine has no printer; the dialog is not shown)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    painted = []
    real_render = printing.render
    monkeypatch.setattr(printing, "render",
                        lambda sheet, device: painted.append(real_render(sheet, device)))
    out = tmp_path / "printer.pdf"

    def fake_exec(self):
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        self.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert printing.print_preview(CallSheet(TODAY, "张三", make_rows(25)), paper="letter",
                                  landscape=True) == 0
    assert len(painted) == 1 and painted[0] >= 2
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == painted[0]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)


# --- the command line --------------------------------------------------------------------------

def test_cli_writes_pdf(db_path, qapp, capsys, tmp_path, fixed_today, monkeypatch):
    from desktop_app.cli import main

    monkeypatch.setenv("CONTACT_BOOK_LANG", "zh_CN")  # a Chinese machine: a Chinese sheet
    db_path.parent.mkdir(parents=True)  # add creates a database only in an existing folder

    assert main(["add", "--db", str(db_path), "--tag", "上海-远航-咨询-8万-李强-CEO-知乎",
                 "--phone", "13900001111", "--stage", "报价"]) == 0
    assert main(["add", "--db", str(db_path), "--tag", "上海-启明-咨询-1千万-叶辉-创始人-知乎",
                 "--phone", "13812345678", "--stage", "意向"]) == 0
    assert main(["add", "--db", str(db_path), "--tag", "北京-华信-软件-50万-王芳-采购经理-抖音",
                 "--phone", "13700002222"]) == 0
    capsys.readouterr()
    out = tmp_path / "sheet.pdf"
    code = main(["callsheet", "--db", str(db_path), "--filter", "上海", "--date", "2026-11-24",
                 "--salesperson", "张三", "--pdf", str(out)])
    printed, err = capsys.readouterr()
    assert code == 0 and "2 leads, 1 page" in printed and err == ""
    text = flat(pdf_pages_text(out)[0])
    assert text.index("139 0000 1111") < text.index("138 1234 5678")  # 报价 before 意向
    assert "王芳" not in text and "张三" in text and "2026年11月24日" in text

    # without --filter: the day's due follow-ups (one overdue, one due that day)
    today = fixed_today(date(2026, 11, 24))
    assert main(["cadence", "start", "--db", str(db_path), "--contact", "3", "--template",
                 "golden-week", "--from", str(today - timedelta(days=4))]) == 0
    assert main(["cadence", "start", "--db", str(db_path), "--contact", "2", "--template",
                 "golden-week"]) == 0
    capsys.readouterr()
    code = main(["callsheet", "--db", str(db_path), "--pdf", str(tmp_path / "day.pdf")])
    printed, err = capsys.readouterr()
    assert code == 0 and "2 leads, 1 page" in printed, err
    text = flat(pdf_pages_text(tmp_path / "day.pdf")[0])
    assert text.index("137 0000 2222") < text.index("138 1234 5678")  # overdue first
    assert "黄金七天" in text and "李强" not in text
    code = main(["callsheet", "--db", str(db_path), "--filter", "", "--date", "tomorrow",
                 "--pdf", str(tmp_path / "x.pdf")])
    _, err = capsys.readouterr()
    assert code == 1 and "not a date" in err and err.count("\n") == 1


def test_cli_headless_process(db_path, tmp_path):
    """A scheduled task: no display, no QT_QPA_PLATFORM; letter landscape; exits cleanly."""
    db_path.parent.mkdir(parents=True)  # demo creates a database only in an existing folder
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CONTACT_BOOK_SALESPERSON"] = "李四"
    root = Path(__file__).resolve().parents[3]
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop_app", *a, "--db",  # noqa: E731
                                     str(db_path)], capture_output=True, text=True, env=env,
                                    cwd=root, timeout=120)
    assert run("demo", "--contacts", "700", "--seed", "3").returncode == 0
    out = tmp_path / "headless.pdf"
    proc = run("callsheet", "--filter", "", "--paper", "letter", "--landscape", "--pdf", str(out))
    assert proc.returncode == 0, proc.stderr
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    assert "李四" in pdf_pages_text(out)[0]
    assert f", {len(reader.pages)} pages" in proc.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["headless.pdf"]



@pytest.mark.parametrize("channel, words, peewee", [
    ("电话", "Call · No answer", False),  # built-in codes: the sheet needs no models
    ("私信", "Direct message", True),  # a behaviour of one's own is read from its table
])
def test_the_days_sheet_reads_without_peewee_unless_a_behaviour_is_named(
        db_path, capsys, tmp_path, channel, words, peewee):
    """``callsheet`` of a day on a current file opens it without peewee (issue #15, as ``due``
    does); the last interaction's channel is worded all the same, a behaviour's too."""
    from desktop_app.cli import main
    from desktop_app.core.storage.db import close_database, open_database

    db_path.parent.mkdir(parents=True)
    day = "2026-11-24"
    assert main(["add", "--db", str(db_path), "--tag", "上海-远航-咨询-8万-李强-CEO-知乎",
                 "--phone", "13900001111"]) == 0
    assert main(["log", "--db", str(db_path), "--contact", "1", "--channel", channel,
                 "--outcome", "未接", "--at", "2026-11-20 10:00"]) == 0
    assert main(["cadence", "start", "--db", str(db_path), "--contact", "1", "--template",
                 "golden-week", "--from", day]) == 0
    for _ in range(2):  # as the window leaves it: indexed, with fresh planner statistics
        close_database(open_database(db_path), backup=False)
    capsys.readouterr()
    out = tmp_path / "day.pdf"
    probe = ("import sys\nfrom desktop_app.cli import main\n"
             f"code = main(['callsheet', '--db', {str(db_path)!r}, '--date', {day!r}, "
             f"'--pdf', {str(out)!r}])\n"
             "print(code, 'peewee' in sys.modules)\n")
    env = dict(os.environ, CONTACT_BOOK_LANG="en")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120, cwd=Path(__file__).resolve().parents[3])
    assert done.stdout.splitlines()[-1] == f"0 {peewee}", done.stderr
    assert words in flat(pdf_pages_text(out)[0])


def test_preview_opens_fitting_the_page_width_with_the_ui_title(printing, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = printing.preview_dialog(CallSheet(TODAY, "张三", make_rows(3)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QPrintPreviewWidget).zoomMode() == \
        QPrintPreviewWidget.ZoomMode.FitToWidth
    assert dialog.windowTitle() == "Print Preview · Call Sheet"


class _CountingMetrics:
    """A layout's font metrics that count the calls of Qt's ``elidedText``."""

    def __init__(self, metrics):
        self.metrics, self.elided = metrics, 0

    def __getattr__(self, name):
        return getattr(self.metrics, name)

    def elidedText(self, *args):
        self.elided += 1
        return self.metrics.elidedText(*args)


def test_eliding_asks_qt_only_for_a_text_that_does_not_fit_and_cuts_as_qt_does(
        printing, chinese, tmp_path):
    from PySide6.QtCore import Qt

    sheet = CallSheet(day=TODAY, salesperson="王芳", rows=make_rows(3))
    layout, _, _ = expected_pages(printing, sheet, tmp_path)
    texts = ["王芳", "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎", "Grade A · Proposal · 150M",
             "说下周再打，老板出差了", "x", "", "138 1234 5678"]
    for font in ("name", "meta", "tag", "step"):
        real = layout.fm[font]
        counting = layout.fm[font] = _CountingMetrics(real)
        for text in texts:
            wide = real.horizontalAdvance(text)
            for width in (wide + 5, wide + 0.01, wide, wide - 0.01, wide - 1, wide / 2, 0.0):
                expected = real.elidedText(text, Qt.TextElideMode.ElideRight, width)
                asked = counting.elided
                assert layout.elide(font, text, width) == expected, (font, text, width)
                if width >= wide:
                    assert counting.elided == asked, (font, text, width)  # fits: no Qt call
        layout.fm[font] = real


class _MeasuringMetrics:
    """A layout's font metrics that count each text Qt is asked to measure."""

    def __init__(self, metrics, font, measured):
        self.metrics, self.font, self.measured = metrics, font, measured

    def __getattr__(self, name):
        return getattr(self.metrics, name)

    def horizontalAdvance(self, text):
        self.measured[(self.font, text)] += 1
        return self.metrics.horizontalAdvance(text)


def test_each_text_is_measured_once_per_sheet(printing, tmp_path):
    """Rows repeat their outcome words, "Notes", badges, steps and phone labels: Qt measures
    each (font, text) once per sheet, however many rows show it (it was every time)."""
    from collections import Counter

    sheet = CallSheet(TODAY, "张三", make_rows(60))
    writer = printing.pdf_writer(tmp_path / "measure.pdf", sheet)
    layout = printing.SheetLayout(sheet, writer)
    measured = Counter()
    layout.fm = {k: _MeasuringMetrics(fm, k, measured) for k, fm in layout.fm.items()}
    blocks, _ = layout.paginate()
    assert len(blocks) == 60
    assert measured and max(measured.values()) == 1, measured.most_common(3)


class _CountingPainter:
    """Just what ``ops.draw`` calls, counted."""

    def __init__(self):
        self.pens = self.fonts = self.drawn = 0

    def setPen(self, pen):
        self.pens += 1

    def setFont(self, font):
        self.fonts += 1

    def setBrush(self, brush):
        pass

    def drawText(self, *where_and_what):
        self.drawn += 1

    drawLine = drawRect = drawGlyphRun = drawText


def test_a_row_changes_pen_and_font_a_few_times(printing, tmp_path):
    """A row draws its lines and boxes, then its grey texts, then its black ones (the PDF
    engine writes a pen's whole state each time it changes: ~19 times a row before)."""
    from desktop_app.ui.printing.ops import PainterState, draw

    sheet = CallSheet(TODAY, "张三", make_rows(40))
    layout, blocks, _ = expected_pages(printing, sheet, tmp_path)
    for block in blocks:
        painter = _CountingPainter()
        draw(painter, block.ops, layout.fonts, layout.pens, layout.colors, PainterState())
        assert painter.drawn >= len(block.ops) and painter.pens <= 8 and painter.fonts <= 10, (
            painter.pens, painter.fonts)


class _ShapingPainter:
    """A real QPainter that counts the texts Qt shapes (``drawText``) and the shaped texts
    drawn again (``drawGlyphRun``)."""

    def __init__(self, painter):
        self.painter, self.shaped, self.reused = painter, 0, 0

    def __getattr__(self, name):
        return getattr(self.painter, name)

    def drawText(self, *args):
        self.shaped += 1
        self.painter.drawText(*args)

    def drawGlyphRun(self, *args):
        self.reused += 1
        self.painter.drawGlyphRun(*args)


def test_texts_every_row_has_are_shaped_once_and_still_read_as_text(printing, chinese,
                                                                     tmp_path):
    """The outcome words, "Notes", a phone's label and a step are the same on many rows: Qt
    shapes each once per sheet and draws its glyphs again (~9,000 of 14,000 texts of 1,000
    leads were shaped on every row); the PDF reads the same."""
    from PySide6.QtGui import QPainter

    sheet = CallSheet(TODAY, "张三", make_rows(60))
    out = tmp_path / "shaped.pdf"
    writer = printing.pdf_writer(out, sheet)
    layout = printing.SheetLayout(sheet, writer)
    blocks, pages = layout.paginate()
    real = QPainter(writer)
    painter = _ShapingPainter(real)
    layout.paint(painter, blocks, pages, writer.newPage)
    real.end()
    del writer
    texts = [flat(t) for t in pdf_pages_text(out)]
    assert len(texts) == len(pages)
    for text, rows in zip(texts, pages):
        for word in ("接通", "已回复", "未回复", "手机"):
            assert text.count(word) == len(rows), word
        assert text.count("备注") == len(rows) + 1  # and the column's title
        assert text.count("第3天") == sum(bool(sheet.rows[i].step) for i in rows)
    assert painter.reused >= 60 * 6 and painter.shaped < 60 * 8, (painter.shaped, painter.reused)
