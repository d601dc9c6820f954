"""Import defects of issue #16 (data safety): each test reproduces one and checks the fix."""
import csv
import io

from desktop_app.core.contacts import records as contacts
from desktop_app.core.transfer.importing import guess_mapping, open_source, run_import

SEMICOLON_HEADERS = ["姓名", "手机", "公司", "城市", "职位", "来源", "产品", "销售额", "备注"]


def _semicolon_rows(n=50):
    return [[f"陈{i}艳", f"1381234{i:04d}", f"华夏餐饮{i}", "重庆", "副总", "公众号", "直播设备",
             f"{i + 1}万", f"第{i}行的备注"] for i in range(n)]


def _csv_bytes(rows, delimiter=";") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _by_phone():
    return {r.phones[0].raw: r for r in contacts.get_many(contacts.ids())}


# --- 1. a UTF-8 file with a bad byte is still read as UTF-8 -----------------------------------

def _check_semicolon_import(path, rows, bad_line):
    source = open_source(path)
    assert source.encoding == "utf-8" and source.delimiter == ";"
    assert source.headers == SEMICOLON_HEADERS
    columns = guess_mapping(source)
    assert [c.target for c in columns] == ["name", "phone", "company", "city", "title",
                                           "source", "product", "deal_size", "notes"]
    report = run_import(source, columns)
    assert (report.created, report.rows, report.skipped) == (50, 50, [])
    assert [w.line for w in report.warnings] == [bad_line]
    assert f"line {bad_line}" in report.warnings[0].detail and "\ufffd" in report.warnings[0].detail
    stored = _by_phone()
    assert len(stored) == 50
    return stored


def test_utf8_cut_inside_a_character_keeps_every_column(tmp_path, db):
    rows = _semicolon_rows()
    data = _csv_bytes([SEMICOLON_HEADERS] + rows).rstrip(b"\r\n")
    assert data.endswith("行的备注".encode())
    path = tmp_path / "semicolon_utf8.csv"
    path.write_bytes(data[:-2])  # the last character 注 (3 bytes) is cut after its first byte
    stored = _check_semicolon_import(path, rows, bad_line=51)
    for row in rows[:-1]:
        r = stored[row[1]]
        assert [r.name, r.company, r.city, r.title, r.source, r.product, r.deal_size,
                r.notes] == [row[0]] + row[2:]
    assert stored[rows[-1][1]].notes == "第49行的备\ufffd"
    assert not any(r.name == "姓名" for r in stored.values())  # the header is no contact


def test_utf8_with_one_stray_byte_keeps_every_column(tmp_path, db):
    rows = _semicolon_rows()
    lines = _csv_bytes([SEMICOLON_HEADERS] + rows).split(b"\r\n")
    lines[10] = lines[10].replace("重庆".encode(), "重".encode() + b"\xff" + "庆".encode())
    path = tmp_path / "semicolon_utf8.csv"
    path.write_bytes(b"\r\n".join(lines))
    stored = _check_semicolon_import(path, rows, bad_line=11)
    for i, row in enumerate(rows):
        r = stored[row[1]]
        assert r.city == ("重\ufffd庆" if i == 9 else "重庆")
        assert [r.name, r.company, r.title, r.product, r.notes] == [row[0], row[2], row[4],
                                                                     row[6], row[8]]


def test_gbk_is_not_taken_for_utf8_with_bad_bytes(tmp_path):
    path = tmp_path / "gbk.csv"
    rows = [SEMICOLON_HEADERS] + _semicolon_rows(5)
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    path.write_bytes(out.getvalue().encode("gbk"))
    source = open_source(path)
    assert source.encoding == "gb18030" and source.headers == SEMICOLON_HEADERS


# --- 2. columns nothing was recognised for go to the notes ------------------------------------

def test_unmapped_column_goes_to_the_notes_under_its_header(tmp_path, db):
    path = tmp_path / "x.csv"
    path.write_text("姓名,手机,地址,备注\n叶辉,13812345678,北京,老客户\n", encoding="utf-8")
    report = run_import(open_source(path))
    assert report.created == 1
    assert contacts.get(contacts.ids()[0]).notes == "老客户\n地址: 北京"


def test_unmapped_column_without_header_row_is_kept_as_column_n(tmp_path, db):
    path = tmp_path / "x.csv"
    path.write_text("13812345678,北京朝阳\n13912345678,上海\n", encoding="utf-8")
    source = open_source(path)
    assert source.header_line == 0
    assert source.headers[1].template == "Column {number}"  # translated by the UI
    run_import(source)
    notes = {r.phones[0].raw: r.notes for r in contacts.get_many(contacts.ids())}
    assert notes == {"13812345678": "Column 2: 北京朝阳", "13912345678": "Column 2: 上海"}


def test_ignore_chosen_by_the_user_still_drops_the_column(tmp_path, db):
    path = tmp_path / "x.csv"
    path.write_text("姓名,手机,地址\n叶辉,13812345678,北京\n", encoding="utf-8")
    source = open_source(path)
    columns = guess_mapping(source)
    assert columns[2].target == "notes" and columns[2].label == "地址"
    columns[2] = None  # the wizard's "(ignore)"
    run_import(source, columns)
    assert contacts.get(contacts.ids()[0]).notes == ""
