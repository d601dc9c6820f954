"""A report leaves the window: exported as CSV/xlsx (``core.reports.export``), saved as PDF or
printed (a QTextDocument of the title, the funnel as bars, the table and its notes, painted
through the printing layer's page layout and preview)."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop_app.core.errors import ContactBookError
from desktop_app.core.reports.tables import Table
from desktop_app.ui.common.core_text import error_core_text, message_text
from desktop_app.ui.common.words import stage_names
from desktop_app.ui.printing import printer as printing
from desktop_app.ui.printing.fonts import cjk_family
from desktop_app.ui.reports.funnel_chart import COLOURS
from desktop_app.ui.reports.table_model import shown_text


def report_html(table: Table, report, kind: str) -> str:
    """The report as HTML for QTextDocument: title, funnel bars, the table, the notes."""
    family = html.escape(cjk_family() or "sans-serif")
    parts = [f'<html><body style="font-family: \'{family}\'; font-size: 9pt;">',
             f"<h2>{html.escape(message_text(table.title))}</h2>"]
    if kind == "funnel" and report is not None and report.stages:
        top = report.stages[0].reached or 1
        parts.append('<table width="100%" cellspacing="0" cellpadding="2">')
        for i, row in enumerate(report.stages):
            pct = min(100, max(1, round(100 * row.reached / top)))
            colour = COLOURS[min(i, len(COLOURS) - 1)]
            label = f"{stage_names()[row.stage]} {row.reached:,}"
            rate = "" if row.step_rate is None else f" · {row.step_rate * 100:.1f}%"
            rest = f'<td width="{100 - pct}%"></td>' if pct < 100 else ""
            parts.append(
                f'<tr><td width="25%">{html.escape(label)}{rate}</td><td width="75%">'
                f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="{pct}%" bgcolor="{colour}">&nbsp;</td>{rest}</tr></table>'
                f"</td></tr>")
        parts.append("</table><br/>")
    parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="3" '
                 'style="border-collapse: collapse; border-color: #999;"><tr>')
    for _key, header, kind_ in table.columns:
        align = "left" if kind_ == "text" else "right"
        parts.append(f'<th align="{align}" bgcolor="#eeeeee">'
                     f"{html.escape(message_text(header))}</th>")
    parts.append("</tr>")
    for row, mark in zip(table.rows, table.marks or [""] * len(table.rows)):
        bg = {"best": ' bgcolor="#d5f5e3"', "worst": ' bgcolor="#fadbd8"'}.get(mark, "")
        parts.append(f"<tr{bg}>")
        for key, _header, kind_ in table.columns:
            text = shown_text(row.get(key), kind_, key, short=False)
            if key == "roi" and mark in ("best", "worst"):
                text = ("▲ " if mark == "best" else "▼ ") + text
            text = html.escape(text)
            if mark == "total":
                text = f"<b>{text}</b>"
            align = "left" if kind_ == "text" else "right"
            parts.append(f'<td align="{align}">{text}</td>')
        parts.append("</tr>")
    parts.append("</table>")
    for note in table.notes:
        parts.append(f'<p style="color: #555;">{html.escape(message_text(note))}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def paint_report(table: Table, report, kind: str, device) -> None:
    """Lay the report out on ``device``'s pages (a QPrinter or QPdfWriter) and paint it."""
    document = QTextDocument()
    document.setHtml(report_html(table, report, kind))
    document.print_(device)  # laid out on the device's pages at its resolution


def _landscape(table: Table) -> bool:
    return len(table.columns) > 7


def write_report_pdf(table: Table, report, kind: str, path) -> None:
    def make_writer(tmp):
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        layout = printing.page_layout("a4", _landscape(table))
        writer.setPageLayout(layout)
        writer.setTitle(message_text(table.title))
        writer.setCreator("Contact Book")
        return writer

    printing.write_pdf_with(make_writer, lambda w: paint_report(table, report, kind, w), path)


def export_report(parent, table: Table, report, kind: str) -> str | None:
    """Ask for a file (CSV, Excel or PDF) and write the report there; returns the path."""
    # (literal contexts: lupdate filed a module's own tr() under none: these read in English
    # in the Chinese window)
    csv_f = QCoreApplication.translate("Reports", "CSV (*.csv)")
    xlsx_f = QCoreApplication.translate("Reports", "Excel workbook (*.xlsx)")
    pdf_f = QCoreApplication.translate("Reports", "PDF (*.pdf)")
    name = message_text(table.title).replace(" ", "-").replace("/", "-")
    title = QCoreApplication.translate("Reports", "Export Report")
    path, chosen = QFileDialog.getSaveFileName(parent, title, name, f"{csv_f};;{xlsx_f};;{pdf_f}")
    if not path:
        return None
    suffix = {csv_f: ".csv", xlsx_f: ".xlsx", pdf_f: ".pdf"}.get(chosen, ".csv")
    if not path.lower().endswith((".csv", ".xlsx", ".pdf")):
        path += suffix
    try:
        save_report(table, report, kind, path)
    except (ContactBookError, OSError) as e:
        text = error_core_text(e) if isinstance(e, ContactBookError) else str(e)
        QMessageBox.warning(parent, title, text)
        return None
    window = parent.window()
    while window is not None and not isinstance(window, QMainWindow):  # (from a dialog: the
        window = window.parentWidget()  # window behind it; none: the dialog says it itself)
    if window is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "Reports", "Saved the report to %1.").replace("%1", path), 15_000)
    return path


def save_report(table: Table, report, kind: str, path: str) -> None:
    """Write ``table`` to ``path`` by its suffix: .csv, .xlsx or .pdf (atomically)."""
    if path.lower().endswith(".pdf"):
        write_report_pdf(table, report, kind, path)
        return
    from desktop_app.core.reports import export

    export.write(table, path, header=message_text,
                 text=lambda value, key: shown_text(value, "text", key))


def preview_report(parent, table: Table, report, kind: str) -> int:
    """The print preview of the report (print from there)."""
    from PySide6.QtPrintSupport import QPrinter

    device = QPrinter(QPrinter.PrinterMode.HighResolution)
    device.setPageLayout(printing.page_layout("a4", _landscape(table)))
    device.setDocName(message_text(table.title))
    dialog = printing.preview_paint(lambda p: paint_report(table, report, kind, p), device,
                                    QCoreApplication.translate("Reports",
                                                               "Print Preview · Report"),
                                    parent)
    dialog.resize(1000, 800)
    return dialog.exec()


__all__ = [
    "export_report",
    "paint_report",
    "preview_report",
    "report_html",
    "save_report",
    "write_report_pdf",
]
