"""The content report leaves its dialog as the Reports tab's reports do: Export writes CSV, xlsx
(numbers as numbers) and PDF with the columns ``contact-book report content`` prints; Print
opens the preview. It had no way out of the window (a salesperson takes it to Excel/WPS)."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import datetime, timedelta

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import touches
from desktop_app.core.grading import content
from desktop_app.ui.grading.content_report import ContentReport

NOW = datetime(2026, 11, 25, 10, 0)


@pytest.fixture
def pieces(db):
    """华信案例 sent 3 times (1 reply), to a lead won at 120万; 报价单 sent once, no reply."""
    won = contacts.create({"name": "叶辉", "stage": "won", "deal_size": "120万"}, now=NOW)[0]
    other = contacts.create({"name": "陈静", "stage": "interested"}, now=NOW)[0]
    content.add("华信案例", "案例")
    content.add("报价单", "报价")
    touches.log(won, "微信", "已回复", at=NOW - timedelta(days=3), now=NOW, content="华信案例")
    touches.log(other, "微信", at=NOW - timedelta(days=2), now=NOW, content="华信案例")
    touches.log(other, "邮件", at=NOW - timedelta(days=1), now=NOW, content="华信案例")
    touches.log(other, "邮件", at=NOW - timedelta(days=1), now=NOW, content="报价单")
    return db


def cli_csv(db_path) -> list[list[str]]:
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db_path), "report",
                          "content", "--format", "csv"], capture_output=True, text=True,
                         check=True).stdout
    return list(csv.reader(io.StringIO(out)))


def export_to(qtbot, monkeypatch, report, path, chosen: str = ""):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen))
    report.export_button.click()
    return path


def test_the_content_report_exports_the_clis_columns_with_numbers_as_numbers(
        qtbot, pieces, db_path, tmp_path, monkeypatch):
    report = ContentReport()
    qtbot.addWidget(report)
    assert report.export_button.isEnabled() and report.print_button.isEnabled()
    cli = cli_csv(db_path)
    assert cli[0] == ["Content", "Kind", "Sent", "Replies", "Reply rate", "Won deals",
                      "Won value"]
    assert cli[1][:5] == ["华信案例", "案例", "3", "1", "0.3333333333333333"]

    export_to(qtbot, monkeypatch, report, tmp_path / "c.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert [sheet.cell(3, c).value for c in range(1, 8)] == cli[0]
    rows = [[sheet.cell(r, c).value for c in range(1, 8)] for r in (4, 5)]
    assert rows[0][:4] == ["华信案例", "案例", 3, 1]  # numbers, not text
    assert rows[0][4] == pytest.approx(1 / 3) and sheet.cell(4, 5).number_format == "0.0%"
    assert rows[0][5:] == [1, 1_200_000] and sheet.cell(4, 7).number_format == "#,##0"
    assert rows[1][:6] == ["报价单", "报价", 1, 0, 0, 0]
    assert [[str(v) for v in row[:4]] for row in rows] == [r[:4] for r in cli[1:]]
    assert report.saved_label.text() == f"Saved the report to {tmp_path / 'c.xlsx'}."

    export_to(qtbot, monkeypatch, report, tmp_path / "c", "CSV (*.csv)")  # the suffix added
    with open(tmp_path / "c.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == cli[0] and rows[1] == ["华信案例", "案例", "3", "1", "33.3%", "1",
                                             "1200000"]

    export_to(qtbot, monkeypatch, report, tmp_path / "c.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "c.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Content report" in text and "Reply rate" in text
    assert "华信案例" in text and "33.3%" in text and "1,200,000" in text


def test_a_failed_export_says_why_in_the_dialog_and_writes_nothing(
        qtbot, pieces, tmp_path, monkeypatch, message_boxes):
    report = ContentReport()
    qtbot.addWidget(report)
    export_to(qtbot, monkeypatch, report, tmp_path / "no" / "c.xlsx")
    message_boxes.expect("warning")
    assert not (tmp_path / "no").exists() and report.saved_label.isHidden()


def test_an_empty_content_report_has_nothing_to_export(qtbot, db):
    report = ContentReport()
    qtbot.addWidget(report)
    assert not report.export_button.isEnabled() and not report.print_button.isEnabled()
    report.name.setText("华信案例")
    report.add_button.click()
    assert report.export_button.isEnabled()
