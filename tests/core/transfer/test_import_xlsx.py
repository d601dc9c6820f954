"""Excel import: streaming read, numbers as phones, header row, zip bombs, XML attacks."""
import zipfile

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import FileUnreadable
from desktop_app.core.transfer.importing import open_source, run_import
from desktop_app.core.transfer.importing import xlsx_reader


def _book(path, rows, title="客户"):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.create_sheet("空表")
    wb.save(path)


def test_xlsx_with_title_row_numbers_and_dates(tmp_path, db):
    import datetime as dt

    path = tmp_path / "leads.xlsx"
    _book(path, [["2024 客户名单"], ["客户名称", "手机号", "联系人", "跟进日期", "销售额"],
                 ["壹点零壹", 13812345678, "叶辉", dt.date(2024, 3, 1), 50000],
                 [None, None, None], ["华信", 13987654321.0, "王芳", None, "1千万"]])
    source = open_source(path)
    assert source.format == "xlsx" and source.sheet == "客户" and source.sheets == ["客户", "空表"]
    assert source.header_line == 2
    assert [r.cells[:2] for r in source.preview()] == [["壹点零壹", "13812345678"],
                                                       ["华信", "13987654321"]]
    report = run_import(source)
    assert report.created == 2
    records = {r.name: r for r in contacts.get_many(contacts.ids())}
    assert records["叶辉"].company == "壹点零壹"  # 客户名称 beside 联系人 is the company
    assert records["叶辉"].phones[0].e164 == "+8613812345678"
    assert records["叶辉"].deal_value == 50000 and records["王芳"].deal_value == 10_000_000


def test_sheet_choice_and_missing_sheet(tmp_path):
    path = tmp_path / "x.xlsx"
    _book(path, [["姓名"], ["甲"]])
    assert open_source(path, sheet="空表").headers == []
    with pytest.raises(FileUnreadable, match="no sheet"):
        open_source(path, sheet="nope")


def test_not_a_zip(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(FileUnreadable):
        open_source(path)


def test_zip_bomb_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<x/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            block = b"\0" * (1024 * 1024)
            for _ in range(60):
                f.write(block)
    with pytest.raises(FileUnreadable, match="zip bomb"):
        open_source(path)


def test_total_size_cap(tmp_path, monkeypatch):
    path = tmp_path / "x.xlsx"
    _book(path, [["姓名"], ["甲"]])
    monkeypatch.setattr(xlsx_reader, "MAX_UNCOMPRESSED", 1000)
    with pytest.raises(FileUnreadable, match="unpacks to"):
        open_source(path)


def _poison(path, src, entity_decl, use):
    """Copy the workbook ``src`` to ``path`` with a DOCTYPE in the sheet's XML."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                text = data.decode()
                if "?>" in text:
                    head, rest = text.split("?>", 1)
                    head += "?>"
                else:
                    head, rest = "", text
                assert "<v>" in rest
                text = head + entity_decl + rest.replace("<v>", f"<v>{use}", 1)
                data = text.encode()
            zout.writestr(item, data)


@pytest.mark.parametrize("decl", [
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
    '<!DOCTYPE x [<!ENTITY d SYSTEM "file:///etc/passwd">]>',
])
def test_xml_entity_attacks_refused(tmp_path, decl):
    src = tmp_path / "ok.xlsx"
    _book(src, [["姓名", "数"], ["甲", 1]])
    path = tmp_path / "evil.xlsx"
    _poison(path, src, decl, "&d;")
    with pytest.raises(FileUnreadable):
        source = open_source(path)
        list(source.rows())


def test_a_zip_of_a_future_version_is_unreadable_not_an_internal_error(tmp_path):
    """zipfile raises NotImplementedError for a "version needed to extract" it does not know
    (a mutated file found it): the import says the file is unreadable."""
    import openpyxl

    from desktop_app.core.errors import FileUnreadable
    from desktop_app.core.transfer.importing import open_source

    path = tmp_path / "future.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "手机"])
    wb.save(path)
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")  # the first central directory entry
    data[central + 6:central + 8] = (210).to_bytes(2, "little")  # needs version 21.0
    path.write_bytes(bytes(data))
    with pytest.raises(FileUnreadable, match="not a readable .xlsx"):
        open_source(path)
