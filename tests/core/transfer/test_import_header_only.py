"""A list saved before any lead was typed in: only its header row, as Excel, WPS or a colleague
leave it. The import went through ("Created 0, merged 0, skipped 0 of 0 rows"), made a backup
first, recorded import #1 of nothing, and the wizard offered to undo it. It is refused with one
sentence that says why, and nothing is written."""
import openpyxl
import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import FileUnreadable
from desktop_app.core.transfer.importing import list_batches, open_source, run_import

HEADER = ["姓名", "手机", "公司", "城市", "来源"]


def _csv(path, encoding):
    path.write_bytes((",".join(HEADER) + "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_a_csv_with_only_its_header_is_refused_and_nothing_recorded(db, tmp_path, encoding):
    source = open_source(_csv(tmp_path / "客户名单.csv", encoding))
    assert source.header_line == 1 and source.headers == HEADER  # it is read as a list
    for dry_run in (True, False):
        with pytest.raises(FileUnreadable) as caught:
            run_import(source, dry_run=dry_run)
        assert str(caught.value) == ("客户名单.csv holds only its header row (line 1): no "
                                     "contacts below it, nothing to import.")
    assert list_batches() == [] and contacts.count() == 0


def test_a_sheet_with_only_its_header_is_refused_by_name(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "客户"
    book.active.append(HEADER)
    book.save(tmp_path / "leads.xlsx")
    source = open_source(tmp_path / "leads.xlsx")
    with pytest.raises(FileUnreadable) as caught:
        source.check_rows()
    assert str(caught.value) == ('The sheet "客户" of leads.xlsx holds only its header row: no '
                                 "contacts below it, nothing to import.")
    with pytest.raises(FileUnreadable):
        run_import(source)
    assert list_batches() == []


def test_one_row_below_the_header_is_enough(db, tmp_path):
    path = _csv(tmp_path / "one.csv", "utf-8-sig")
    with path.open("a", encoding="utf-8") as f:
        f.write("王伟,13812345678,华为,上海,知乎\r\n")
    source = open_source(path)
    source.check_rows()
    report = run_import(source)
    assert (report.created, report.batch_id) == (1, list_batches()[0]["id"])
