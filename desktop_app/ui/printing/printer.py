"""Print, preview or save a ``core.followup.callsheet.CallSheet`` as PDF (layout in ``sheet_layout``).

Entry points: ``render(sheet, device)`` (any QPdfWriter or QPrinter), ``write_pdf`` (atomic:
temp file then rename), ``print_preview`` / ``print_with_dialog`` for the window.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter

from desktop_app.core.followup.callsheet import CallSheet
from desktop_app.core.errors import ContactBookError
from desktop_app.ui.printing.fonts import cjk_family
from desktop_app.ui.printing.sheet_layout import (MARGINS_MM, PAPERS, PDF_DPI, SheetLayout,
                                                  title_text)

__all__ = ["RenderError", "SheetLayout", "cjk_family", "page_layout", "page_count", "render",
           "pdf_writer", "write_pdf", "write_pdf_with", "make_printer", "preview_dialog",
           "preview_paint", "print_preview", "print_with_dialog"]


class RenderError(ContactBookError):
    pass


def page_layout(paper: str = "a4", landscape: bool = False) -> QPageLayout:
    try:
        size = QPageSize(PAPERS[paper.lower()])
    except KeyError:
        raise RenderError(f"Unknown paper {paper!r}; use one of {', '.join(PAPERS)}.") from None
    orientation = QPageLayout.Orientation.Landscape if landscape else \
        QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def page_count(sheet: CallSheet, device: QPagedPaintDevice) -> int:
    return len(SheetLayout(sheet, device).paginate()[1])


def render(sheet: CallSheet, device: QPagedPaintDevice) -> int:
    """Paint ``sheet`` on ``device`` (its current page layout); returns the page count."""
    layout = SheetLayout(sheet, device)
    blocks, pages = layout.paginate()
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("Cannot start printing (the printer or file is not available).")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout.paint(painter, blocks, pages, device.newPage)
    finally:
        painter.end()
    return len(pages)


def pdf_writer(path: str | os.PathLike, sheet: CallSheet, paper: str = "a4",
               landscape: bool = False) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    layout = page_layout(paper, landscape)
    title = f"{title_text(sheet)} {sheet.day.isoformat()}"
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("Contact Book")
    return writer


def write_pdf(sheet: CallSheet, path: str | os.PathLike, paper: str = "a4",
              landscape: bool = False) -> int:
    """Write the sheet as a PDF at ``path`` (temp file in the same folder, then rename: no
    half-written file is ever left at ``path``). Returns the page count."""
    page_layout(paper, landscape)  # a bad paper name fails before any file is made
    return write_pdf_with(lambda tmp: pdf_writer(tmp, sheet, paper, landscape),
                          lambda writer: render(sheet, writer), path)


def write_pdf_with(make_writer, paint, path: str | os.PathLike):
    """``paint(make_writer(temp path))`` then put the file at ``path`` (``atomic_path``: a
    rename, or a copy into a pipe or device): a PDF is whole or not there. QPdfWriter says
    nothing when the disk fills up, so a PDF without its end (``%%EOF``) is refused too: a
    full disk left a cut-off sheet and "Wrote ...". Returns what ``paint`` returns."""
    from desktop_app.core.storage.atomic_file import atomic_path

    path = Path(path)
    if not path.parent.is_dir():
        raise RenderError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    with atomic_path(path) as tmp:
        writer = make_writer(str(tmp))
        result = paint(writer)
        del writer  # closes the file
        if not _whole_pdf(tmp):
            raise RenderError(f"Could not write {path} completely (is the disk full?); "
                              "nothing was written there.")
    return result


def _whole_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            f.seek(max(0, os.path.getsize(path) - 1024))
            return b"%%EOF" in f.read()
    except OSError:
        return False


# --- the window's print actions (QtPrintSupport is loaded only when used) --------------------

def make_printer(paper: str = "a4", landscape: bool = False, sheet: CallSheet | None = None):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    layout = page_layout(paper, landscape)
    name = f"{title_text(sheet)} {(sheet.day if sheet is not None else date.today()).isoformat()}"
    printer.setPageLayout(layout)
    printer.setDocName(name)
    return printer


def preview_dialog(sheet: CallSheet, parent=None, paper: str = "a4", landscape: bool = False):
    """The QPrintPreviewDialog of ``sheet``, opening at the page's width."""
    # the dialog and the sheet on it are in the window's language
    return preview_paint(lambda p: render(sheet, p), make_printer(paper, landscape, sheet),
                         QCoreApplication.translate("Printing", "Print Preview · Call Sheet"),
                         parent)


def preview_paint(paint, printer, title: str, parent=None):
    """A QPrintPreviewDialog that paints with ``paint(printer)``, opening at the page's width
    (Qt's default, the whole page, is about half size on a laptop screen)."""
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # lives as long as the dialog
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    print_key(dialog)
    fit_width = dialog.findChild(QAction, "fitWidthAction")  # also checks its toolbar button
    if fit_width is not None:
        fit_width.trigger()
    else:
        dialog.findChild(QPrintPreviewWidget).setZoomMode(
            QPrintPreviewWidget.ZoomMode.FitToWidth)
    return dialog


_QT_PRINT = ("QPrintPreviewDialog", "Print")  # Qt's translation (not in ours: no lupdate here)


def print_key(dialog) -> None:
    """Ctrl+P prints from the preview: its Print button is a toolbar button Tab never reaches,
    and Qt gives it no key (the keyboard could look at the sheet but not print it)."""
    from PySide6.QtGui import QAction, QKeySequence

    text = QCoreApplication.translate(*_QT_PRINT)  # Qt's own text, as the button shows it
    for action in dialog.findChildren(QAction):
        if action.text() == text and action.shortcut().isEmpty():
            action.setShortcut(QKeySequence.StandardKey.Print)
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            return


def print_preview(sheet: CallSheet, parent=None, paper: str = "a4",
                  landscape: bool = False) -> int:
    """Show the preview (paper and orientation can be changed there); returns its exec()
    result. Printing from the preview paints the sheet again on the real printer."""
    dialog = preview_dialog(sheet, parent, paper, landscape)
    dialog.resize(1000, 800)
    return dialog.exec()


def print_with_dialog(sheet: CallSheet, parent=None, paper: str = "a4",
                      landscape: bool = False) -> bool:
    """The system print dialog, then print; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = make_printer(paper, landscape, sheet)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render(sheet, printer)
    return True
