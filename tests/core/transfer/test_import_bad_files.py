"""Files that are no contact list, or a damaged one, named .csv/.xlsx/.vcf: the import refuses
them with one sentence the user can act on (what the file is, what to do), never a preview of
binary noise, an "Exported by Contact Book" with no rows, or a library's exception text."""
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.core import backup
from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import FileUnreadable
from desktop_app.core.transfer.exporting.run import export_contacts
from desktop_app.core.transfer.importing import guess_mapping, open_source, run_import

ROOT = Path(__file__).resolve().parents[3]
PNG = (ROOT / "resources" / "screenshots" / "timeline.png").read_bytes()  # a real image


@pytest.fixture
def xlsx_bytes(db, tmp_path):
    demo.generate(40, seed=2, now=datetime(2026, 3, 1))
    path = tmp_path / "leads.xlsx"
    export_contacts(contacts.ids(), path)
    return path.read_bytes()


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def _refused(path: Path) -> str:
    with pytest.raises(FileUnreadable) as caught:
        open_source(path)
    text = str(caught.value)
    for raw in ("Error", "Exception", "zip file", "KeyError", "openpyxl", "Traceback"):
        assert raw not in text, text
    return text


@pytest.mark.parametrize("name", ["photo.csv", "photo.xlsx", "photo.vcf", "photo.txt"])
def test_an_image_under_any_name_is_said_to_be_one(tmp_path, name):
    """A PNG named .csv was read as GB18030 text: a preview of noise and "2 bytes are not
    valid gb18030"; named .vcf it was "Exported by Contact Book: every column is recognised"."""
    path = tmp_path / name
    path.write_bytes(PNG)
    assert _refused(path) == (f"{name} is a PNG file, not a contact list: import a CSV, an "
                              "Excel .xlsx or a vCard .vcf.")


def test_a_database_or_backup_is_not_imported(db_path, db, tmp_path):
    copy = tmp_path / "contacts-backup.csv"
    backup.write_backup(db_path, copy)
    assert "is a database (a Contact Book database or backup?)" in _refused(copy)


def test_a_file_of_zero_bytes_only(tmp_path):
    path = tmp_path / "leads.csv"
    path.write_bytes(b"\0" * 5000)  # a copy that was never written out: "up to 1 row", Next
    assert "holds only zero bytes" in _refused(path)


@pytest.mark.parametrize("cut", [10, 2], ids=["10 bytes", "half"])
def test_a_truncated_workbook_is_named_damaged_without_zip_jargon(tmp_path, xlsx_bytes, cut):
    """Was "not a readable .xlsx file (File is not a zip file)"."""
    path = tmp_path / "leads.xlsx"
    path.write_bytes(xlsx_bytes[:cut] if cut > 2 else xlsx_bytes[:len(xlsx_bytes) // cut])
    assert _refused(path) == ("leads.xlsx is not a readable .xlsx workbook: it is damaged (cut "
                              "short?) or another kind of file. Open it in Excel or WPS and save "
                              "it again as .xlsx, or export a CSV.")


def test_a_zip_that_is_no_workbook(tmp_path):
    """A Word file renamed .xlsx: was "(KeyError: "There is no item named
    '[Content_Types].xml' in the archive")" or openpyxl's own words."""
    path = tmp_path / "leads.xlsx"
    path.write_bytes(_docx())
    assert "is a zip archive but not an Excel workbook" in _refused(path)


def test_a_workbook_under_another_name_is_read(tmp_path, xlsx_bytes, db):
    """An .xlsx saved as "名单.csv": "openpyxl does not support .csv file format"."""
    path = tmp_path / "名单.csv"
    path.write_bytes(xlsx_bytes)
    source = open_source(path)
    assert source.format == "xlsx" and source.estimated_rows() == 40
    report = run_import(source, guess_mapping(source))
    assert report.rows == 40 and report.skipped == []


def test_a_text_file_without_a_vcard(tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text("这不是名片\nhello\n", encoding="utf-8")
    assert _refused(path) == ("phone.vcf holds no vCard: no line BEGIN:VCARD (a contact "
                              "exported from a phone starts so).")


@pytest.mark.parametrize("first", ["BMW Leasing,13800000001", "MZ Trading,13800000001"])
def test_text_that_starts_like_a_signature_is_still_text(tmp_path, first):
    """The signatures that are also words ("BM", "MZ") need their binary bytes after them."""
    path = tmp_path / "leads.csv"
    path.write_text(f"{first}\n宝马,13800000002\n", encoding="utf-8")
    assert open_source(path).format == "csv"
