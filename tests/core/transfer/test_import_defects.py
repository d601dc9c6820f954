"""Import defects of issue #16 (data safety): each test reproduces one and checks the fix."""
import csv
import io
from datetime import datetime

import pytest

from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.transfer.exporting.run import export_contacts
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
    assert "line" not in report.warnings[0].detail and "\ufffd" in report.warnings[0].detail
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


# --- 7. a merge never folds a different lead into another, never drops a tag field ----------

NOW = datetime(2026, 3, 2, 9, 0)


def _lead_csv(path, rows):
    path.write_text(_csv_text([["标签", "电话", "备注"]] + rows), encoding="utf-8")
    return path


def _csv_text(rows):
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _stored(record):
    return (tuple(record.values().items()),
            tuple((p.label, p.raw, p.e164, p.digits) for p in record.phones))


@pytest.mark.parametrize("policy", ["merge", "skip"])
def test_same_name_and_company_but_another_lead_is_kept(tmp_path, db, policy):
    chongqing, _ = contacts.create(
        contacts.values_from_tag("重庆-华夏餐饮-设备-20万-陈艳-校长-官网"), ["13800000001"], now=NOW)
    path = _lead_csv(tmp_path / "x.csv", [["天津-华夏餐饮-直播-80万-陈艳-副总-公众号", "13900000002",
                                           "要报价"]])
    report = run_import(open_source(path), duplicates=policy, now=NOW)
    assert (report.created, report.merged, report.skipped) == (1, 0, [])
    assert [w.line for w in report.warnings] == [2]
    assert "重庆-华夏餐饮-设备-20万-陈艳-校长-官网" in report.warnings[0].detail
    assert "City 天津, not 重庆" in report.warnings[0].detail
    tags = sorted(r.tag for r in contacts.get_many(contacts.ids()))
    assert tags == ["天津-华夏餐饮-直播-80万-陈艳-副总-公众号", "重庆-华夏餐饮-设备-20万-陈艳-校长-官网"]
    assert contacts.get(chongqing).notes == ""  # untouched
    assert report.other_leads == 1 and report.duplicates == 0  # the dry run's page says so
    assert "1 alike but another lead" in report.summary()


def test_a_row_fills_only_what_does_not_conflict(tmp_path, db):
    """An incomplete tag matching by name + company merges; a later row that conflicts with
    what the merge filled in is another lead."""
    ye, _ = contacts.create({"name": "叶辉", "company": "壹点"}, now=NOW)
    path = _lead_csv(tmp_path / "x.csv", [["上海-壹点-咨询--叶辉", "", ""],
                                          ["北京-壹点-咨询--叶辉", "", ""],
                                          ["上海-壹点-咨询-1千万-叶辉", "", ""]])
    report = run_import(open_source(path), now=NOW)
    assert (report.created, report.merged) == (1, 2)
    assert contacts.get(ye).tag == "上海-壹点-咨询-1千万-叶辉"
    assert sorted(r.city for r in contacts.get_many(contacts.ids())) == ["上海", "北京"]


def test_skipped_duplicate_is_named_by_its_tag(tmp_path, db):
    contacts.create(contacts.values_from_tag("重庆-华夏餐饮-设备-20万-陈艳-校长-官网"),
                    ["13800000001"], now=NOW)
    path = _lead_csv(tmp_path / "x.csv", [["", "138 0000 0001", ""]])
    report = run_import(open_source(path), duplicates="skip", now=NOW)
    assert [i.detail for i in report.skipped] == [
        'same phone as "重庆-华夏餐饮-设备-20万-陈艳-校长-官网"']


@pytest.fixture
def demo_export(tmp_path, db_path):
    """2,000 demo leads exported as our CSV: (path, database, stored records by id)."""
    from desktop_app.core.storage.db import open_database

    database = open_database(db_path)
    demo.generate(2000, seed=16, now=NOW)
    ids = contacts.ids(sort="created_at", descending=False)
    before = {r.id: r for r in contacts.get_many(ids)}
    path = tmp_path / "demo.csv"
    export_contacts(ids, path)
    yield path, database, before
    database.close()


def test_demo_round_trip_into_the_same_database_changes_nothing(demo_export):
    path, _, before = demo_export
    assert len({(r.name, r.company) for r in before.values()}) < 2000  # the file has leads
    # that share name and company (the case that lost leads)
    report = run_import(open_source(path), duplicates="merge", now=NOW)
    assert (report.rows, report.created, report.merged, report.skipped) == (2000, 0, 2000, [])
    assert report.merged_unchanged == 2000
    after = {r.id: r for r in contacts.get_many(contacts.ids())}
    assert {i: _stored(r) for i, r in after.items()} == {i: _stored(r) for i, r in before.items()}


def test_demo_round_trip_into_a_fresh_database_loses_nothing(demo_export, tmp_path):
    from desktop_app.core.storage.db import open_database

    path, database, before = demo_export
    database.close()
    fresh = open_database(tmp_path / "fresh" / "contacts.sqlite3")
    try:
        report = run_import(open_source(path), duplicates="merge", now=NOW)
        assert (report.rows, report.created, report.merged, report.skipped) == (2000, 2000, 0, [])
        after = contacts.get_many(contacts.ids())
        assert sorted(_stored(r) for r in after) == sorted(_stored(r) for r in before.values())
    finally:
        fresh.close()


def test_a_value_written_another_way_is_merged_and_kept_in_the_notes(tmp_path, db):
    ye, _ = contacts.create({"name": "王芳", "company": "阿里", "city": "杭州",
                             "email": "wf@a.cn"}, ["13700001111"], now=NOW)
    path = tmp_path / "x.csv"
    path.write_text("姓名,手机,公司,城市,邮箱\n王芳,13700001111,阿里巴巴,杭州市,fang@b.cn\n",
                    encoding="utf-8")
    report = run_import(open_source(path), now=NOW)
    assert (report.created, report.merged) == (0, 1)
    r = contacts.get(ye)
    assert (r.company, r.city, r.email) == ("阿里", "杭州", "wf@a.cn")
    assert r.notes == "城市: 杭州市\n公司: 阿里巴巴\n邮箱: fang@b.cn"


# --- 5 and 9. a hostile .xlsx: a huge <dimension>, a far-away row, a lone surrogate ------------

def _cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _xlsx(path, rows_xml, dimension="A1:XFD1048576"):
    """A minimal .xlsx written by hand (no spreadsheet library would write these)."""
    import zipfile

    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="{dimension}"/><sheetData>{rows_xml}</sheetData></worksheet>')
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
            '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="客户" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


def test_xlsx_with_a_huge_dimension_reads_only_its_cells(tmp_path, db, monkeypatch):
    from desktop_app.core.transfer.importing import xlsx_reader

    rows = (f'<row r="1">{_cell("A1", "姓名")}{_cell("B1", "手机")}</row>'
            f'<row r="2">{_cell("A2", "叶辉")}{_cell("B2", "13812345678")}</row>'
            f'<row r="1048576">{_cell("A1048576", "王芳")}{_cell("B1048576", "13987654321")}'
            f'{_cell("XFD1048576", "远")}</row>')
    path = _xlsx(tmp_path / "huge.xlsx", rows)
    assert path.stat().st_size < 10_000
    made = []  # every row's list of cells is as wide as its last filled column (<= the cap)
    real = xlsx_reader.RawRow

    def counting(line, cells, **kw):
        made.append(len(cells))
        return real(line, cells, **kw)

    monkeypatch.setattr(xlsx_reader, "RawRow", counting)
    report = run_import(open_source(path), now=NOW)
    assert (report.created, report.skipped) == (2, [])
    assert max(made) == 2 and len(made) <= 9  # 3 rows (no padding), read 3 times at most
    assert [w.line for w in report.warnings] == [1048576]
    assert "column 1000" in report.warnings[0].detail
    assert sorted(r.name for r in contacts.get_many(contacts.ids())) == ["叶辉", "王芳"]


def test_xlsx_lone_surrogate_is_replaced_with_a_warning(tmp_path, db):
    rows = (f'<row r="1">{_cell("A1", "姓名")}{_cell("B1", "手机")}{_cell("C1", "备注")}</row>'
            f'<row r="2">{_cell("A2", "叶辉")}{_cell("B2", "13812345678")}'
            f'{_cell("C2", "坏_xD800_字 好_xD83D__xDE00_")}</row>')
    report = run_import(open_source(_xlsx(tmp_path / "s.xlsx", rows, "A1:C2")), now=NOW)
    assert (report.created, report.skipped) == (1, [])
    assert [w.line for w in report.warnings] == [2] and "column 3" in report.warnings[0].detail
    assert contacts.get(contacts.ids()[0]).notes == "坏\ufffd字 好😀"


# --- 9. vCard: a NUL in CHARSET=, bad quoted-printable ---------------------------------------

def _vcf(path, *cards):
    path.write_bytes(b"".join(b"BEGIN:VCARD\r\nVERSION:2.1\r\n" + c + b"END:VCARD\r\n"
                              for c in cards))
    return path


def test_vcard_nul_in_charset_is_a_warning_not_an_internal_error(tmp_path, db):
    path = _vcf(tmp_path / "x.vcf",
                b"FN;CHARSET=UTF-8\x00:\xe5\x8f\xb6\xe8\xbe\x89\r\nTEL;CELL:13812345678\r\n",
                b"FN:\xe7\x8e\x8b\xe8\x8a\xb3\r\nTEL;CELL:13987654321\r\n")
    report = run_import(open_source(path), now=NOW)
    assert (report.created, report.skipped) == (2, [])
    assert [w.line for w in report.warnings] == [3]  # the property's line, not the card's
    assert report.warnings[0].detail.startswith("unknown CHARSET")
    assert sorted(r.name for r in contacts.get_many(contacts.ids())) == sorted(["叶辉", "王芳"])


@pytest.mark.parametrize("charset", ["rot13", "base64", "undefined", "idna"])
def test_vcard_charset_that_is_not_a_text_encoding_is_a_warning(tmp_path, db, charset):
    """CHARSET=rot13 (a bytes-to-bytes codec) printed "internal error: LookupError",
    CHARSET=undefined "internal error: UnicodeError"."""
    path = _vcf(tmp_path / "x.vcf",
                b"FN;CHARSET=" + charset.encode() + b":\xe5\x8f\xb6\xe8\xbe\x89\r\n"
                b"TEL;CELL:13812345678\r\n")
    report = run_import(open_source(path), now=NOW)
    assert (report.created, report.skipped) == (1, [])
    assert [w.detail for w in report.warnings] == [
        f"unknown CHARSET {charset!r} in FN; read as UTF-8"]
    assert [r.name for r in contacts.get_many(contacts.ids())] == ["叶辉"]


@pytest.mark.parametrize("encoding", ["rot13", "zlib", "undefined", "idna"])
def test_csv_encoding_that_is_not_a_text_encoding_is_guessed_instead(tmp_path, db, encoding):
    """``import --encoding rot13`` printed "internal error: LookupError: 'rot13' is not a
    text encoding"; ``--encoding undefined`` or ``idna`` "internal error: UnicodeError"."""
    path = tmp_path / "leads.csv"
    path.write_bytes("姓名,手机\n王芳,13912345678\n".encode("gb18030"))
    source = open_source(path, encoding=encoding)
    assert source.encoding == "gb18030"
    assert [str(w) for w in source.warnings] == [f"unknown encoding {encoding!r}; guessed instead"]
    assert run_import(source, now=NOW).created == 1
    assert [r.name for r in contacts.get_many(contacts.ids())] == ["王芳"]


def test_vcard_bad_quoted_printable_is_reported_with_line_and_field(tmp_path, db):
    path = _vcf(tmp_path / "x.vcf",
                b"FN:Ye Hui\r\nTEL;CELL:13812345678\r\n"
                b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=8F=B6=ZZ=E8=BE\r\n",
                b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E8=8A=B3\r\n"
                b"TEL;CELL:13987654321\r\n")
    report = run_import(open_source(path), now=NOW)
    assert (report.created, report.skipped) == (2, [])
    assert [w.line for w in report.warnings] == [5]
    assert report.warnings[0].detail.startswith("bad quoted-printable in NOTE")
    assert "王芳" in [r.name for r in contacts.get_many(contacts.ids())]


# --- 6. field caps ------------------------------------------------------------------------------

def test_huge_cells_are_cut_and_reported(tmp_path, db):
    big = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(300_000))
    tag = "-".join(["上海", "壹点", big, "1千万", "叶辉", "总监", "知乎", big])
    path = tmp_path / "x.csv"
    path.write_text(_csv_text([["标签", "手机", "备注", "微信", "地址"],
                               [tag, "13812345678", big, "w" * 500, big]]), encoding="utf-8")
    report = run_import(open_source(path), now=NOW)
    assert report.created == 1
    r = contacts.get(contacts.ids()[0])
    assert (r.city, r.company, r.product, r.name) == ("上海", "壹点", big[:200], "叶辉")
    assert r.tag_extra == big[:200] and r.wechat == "w" * 100
    assert r.notes == big[:10_000]  # the notes column and 地址 together, cut to 10,000
    details = [w.detail for w in report.warnings]
    assert set(w.line for w in report.warnings) == {2}
    assert "Product: cut to 200 characters (it had 300000)" in details
    assert "Extra tag: cut to 200 characters (it had 300000)" in details
    assert "微信: cut to 100 characters (it had 500)" in details
    assert f"Notes: cut to 10000 characters (it had {10_000 + 1 + 4 + 10_000})" in details


def test_pinyin_index_of_a_long_field_is_bounded():
    from desktop_app.core.search import index

    long = "上海" * 50_000
    assert index.pinyin_document(long) == index.pinyin_document(long[:index.MAX_PINYIN_TEXT])


def test_a_duplicate_without_tag_or_name_is_named_by_its_phone_or_email(tmp_path, db):
    contacts.create({"email": "ye@example.com"}, ["13800000002"], now=NOW)
    contacts.create({"email": "chen@example.com"}, [], now=NOW)
    path = tmp_path / "x.csv"
    path.write_text("手机,邮箱\n13800000002,\n,chen@example.com\n", encoding="utf-8")
    report = run_import(open_source(path), duplicates="skip", now=NOW)
    details = [i.detail for i in report.skipped]
    assert details[0] == 'same phone as "13800000002"'
    assert not any("#" in d for d in details)


# --- a warning about a line of its own is reported at that line, once ------------------------

def test_a_warning_carrying_its_line_gets_no_second_line_prefix(tmp_path, db):
    """"line 6: line 10: no ':' ..." was the report's text: the card's line, then the
    property's. Now the property's line alone, in the text and the CSV report."""
    path = tmp_path / "two.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:上海-甲-咨询-1万-王-CEO-知乎\r\n"
                     "TEL:13800000001\r\nEND:VCARD\r\n"  # lines 1-5; the next card: 6-12
                     "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:北京-乙-软件-2万-李-CTO-抖音\r\n"
                     "TEL:13800000002\r\nthis line has no colon\r\nNOTE;CHARSET=X-FOO:hi\r\n"
                     "END:VCARD\r\n".encode("utf-8"))
    report = run_import(open_source(path), now=NOW)
    assert report.created == 2
    warnings = report.to_text().split("Warnings:\n")[1].splitlines()
    assert warnings == ["  line 10: no ':' in “this line has no colon”, ignored",
                        "  line 11: unknown CHARSET 'X-FOO' in NOTE; read as UTF-8"]
    rows = list(csv.reader(io.StringIO(report.to_csv())))[1:]
    assert [(r[0], r[3][:9]) for r in rows] == [("10", "no ':' in"), ("11", "unknown C")]

    multi = tmp_path / "multi.csv"  # a row of lines 2-3 whose bad byte is on line 3
    multi.write_bytes("姓名,手机,备注\n王芳,13912345678,\"好\n坏".encode("utf-8") + b"\xe5\x9d"
                      + "字\"\n李强,13912345679,ok\n".encode("utf-8"))
    report = run_import(open_source(multi), now=NOW)
    assert report.created == 2
    assert report.to_text().split("Warnings:\n")[1].splitlines() == [
        "  line 3: bytes that are not valid utf-8 were replaced by \ufffd"]
