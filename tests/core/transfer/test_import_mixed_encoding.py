"""A CSV whose lines are not all in one encoding (a UTF-8 export with a row typed in a GBK
editor, or the reverse): every line is read in its own encoding and a warning names the lines
in the minority one. Files in one encoding read as before, without a warning. Real bytes."""
import codecs
from datetime import datetime

import pytest

from desktop_app.core.contacts import demo
from desktop_app.core.contacts import records as contacts
from desktop_app.core.transfer.exporting.run import export_contacts
from desktop_app.core.transfer.importing import encoding as enc
from desktop_app.core.transfer.importing import guess_mapping, open_source, run_import

HEADER = "姓名,手机,公司\n"
ROW_A = "王芳,13912345678,华信科技\n"
ROW_B = "李强,13800001111,北京贸易\n"
ROW_C = "赵敏,13700002222,深圳电子\n"


def _rows(n):
    return "".join(f"客户{i}号,139{i:08d},上海第{i}公司\n" for i in range(n))


def _names(path, db):
    source = open_source(path)
    report = run_import(source, guess_mapping(source))
    assert report.skipped == []
    return source, sorted(r.name for r in contacts.get_many(contacts.ids()))


def test_a_tiny_utf8_file_with_one_gbk_line_keeps_every_name(tmp_path, db):
    """Read whole as GB18030, the two UTF-8 lines became 濮撳悕,鎵嬫満… with no warning."""
    path = tmp_path / "leads.csv"
    path.write_bytes((HEADER + ROW_A).encode("utf-8") + ROW_B.encode("gbk"))
    source, names = _names(path, db)
    assert source.encoding == "utf-8" and source.headers == ["姓名", "手机", "公司"]
    assert source.warnings == [
        "The file mixes two encodings: line 3 is GBK/GB18030, the rest UTF-8. Each line was "
        "read in its own encoding; check that row."]
    assert names == ["李强", "王芳"]


def test_a_gbk_file_with_utf8_lines_names_the_utf8_ones(tmp_path):
    path = tmp_path / "leads.csv"
    path.write_bytes((HEADER + ROW_A + ROW_B).encode("gbk") + ROW_C.encode("utf-8")
                     + "孙丽,13600003333,杭州商贸\n".encode("utf-8") + ROW_A.encode("gbk"))
    text, name, warnings, bad = enc.decode_lines(path.read_bytes())
    assert (text, name, bad) == (HEADER + ROW_A + ROW_B + ROW_C + "孙丽,13600003333,杭州商贸\n"
                                 + ROW_A, "gb18030", [])
    assert warnings == ["The file mixes two encodings: 2 lines are UTF-8 (4, 5), the rest "
                        "GBK/GB18030. Each line was read in its own encoding; check those rows."]


def test_a_utf8_bom_file_with_one_gbk_line(tmp_path):
    """With a BOM the GBK line's bytes were replaced by U+FFFD: the name was lost."""
    data = codecs.BOM_UTF8 + (HEADER + ROW_A).encode("utf-8") + ROW_B.encode("gbk")
    text, name, warnings, bad = enc.decode_lines(data)
    assert (text, name, bad) == (HEADER + ROW_A + ROW_B, "utf-8-sig", [])
    assert warnings and "line 3 is GBK/GB18030" in warnings[0]


def test_a_long_utf8_file_with_gbk_lines_loses_nothing(tmp_path, db):
    """A longer file was read as UTF-8 with the GBK lines' bytes replaced by U+FFFD."""
    path = tmp_path / "leads.csv"
    body = _rows(300)
    path.write_bytes((HEADER + body).encode("utf-8") + ROW_B.encode("gbk")
                     + ROW_C.encode("utf-8") + "孙丽,13600003333,杭州商贸\r\n".encode("gbk"))
    source, names = _names(path, db)
    assert source.encoding == "utf-8"
    assert source.warnings == [
        "The file mixes two encodings: 2 lines are GBK/GB18030 (302, 304), the rest UTF-8. "
        "Each line was read in its own encoding; check those rows."]
    assert len(names) == 303 and {"李强", "赵敏", "孙丽", "客户299号"} <= set(names)
    assert not any("\ufffd" in n for n in names)


def test_many_minority_lines_are_listed_briefly(tmp_path):
    lines = [(f"客户{i}号,139{i:08d},上海\n").encode("gbk" if i % 3 == 0 else "utf-8")
             for i in range(60)]
    text, name, warnings, _ = enc.decode_lines(b"".join(lines))
    assert name == "utf-8" and text == _plain(60)
    assert warnings[0].startswith("The file mixes two encodings: 20 lines are GBK/GB18030 (1, "
                                  "4, 7, 10, 13, 16, 19, 22, 25, 28, …), the rest UTF-8.")


def _plain(n):
    return "".join(f"客户{i}号,139{i:08d},上海\n" for i in range(n))


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"),
    ("gb18030", "gb18030")])
@pytest.mark.parametrize("rows", [1, 400], ids=["short", "long"])
def test_a_file_in_one_encoding_is_read_whole_without_warning(encoding, expected, rows):
    text = HEADER + _rows(rows)
    assert enc.decode_lines(text.encode(encoding)) == (text, expected, [], [])


def test_utf8_with_a_stray_byte_stays_utf8_with_its_byte_replaced():
    """Not a GBK line: most of it is good UTF-8 (the stray byte is reported, as before)."""
    data = (HEADER + _rows(3)).encode() + "重".encode() + b"\x81" + "庆人民广场,1390,公司\n".encode()
    text, name, warnings, bad = enc.decode_lines(data)
    assert name == "utf-8" and bad == [5] and "重\ufffd庆人民广场" in text
    assert warnings == ["1 bytes are not valid utf-8 (the first on line 5); they were "
                        "replaced by \ufffd"]


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"], ids=["CR", "CRLF", "LF"])
def test_a_stray_byte_is_reported_on_its_line_whatever_the_line_ends(end):
    """Old Mac Excel ends lines with CR alone: a replaced byte on line 5 was reported on line 1,
    as only LF was counted."""
    data = (HEADER + _rows(3)).replace("\n", end).encode() + "重".encode() + b"\x81" \
        + f"庆人民广场,1390,公司{end}".encode() + f"张伟,1391,公司{end}".encode()
    _text, name, warnings, bad = enc.decode_lines(data)
    assert name == "utf-8" and bad == [5]
    assert warnings == ["1 bytes are not valid utf-8 (the first on line 5); they were "
                        "replaced by \ufffd"]


def test_a_chosen_encoding_is_used_as_it_is(tmp_path):
    """The wizard's (or --encoding's) choice overrides the guess: no line-by-line reading."""
    data = (HEADER + ROW_A).encode("utf-8") + ROW_B.encode("gbk")
    text, name, warnings, bad = enc.decode_lines(data, "utf-8")
    assert name == "utf-8" and set(bad) == {3} and "\ufffd" in text and "mixes" not in warnings[0]


def test_a_gbk_export_of_real_names_is_never_taken_for_mixed(tmp_path, db):
    """GBK text is valid UTF-8 by chance in some short lines (as Latin or Cyrillic letters):
    2,000 demo leads exported as GB18030 read back whole, without a warning."""
    demo.generate(2000, seed=11, now=datetime(2026, 3, 1))
    path = tmp_path / "export.csv"
    export_contacts(contacts.ids(), path, encoding="gb18030")
    data = path.read_bytes()
    assert enc.decode_lines(data) == (data.decode("gb18030"), "gb18030", [], [])


def test_a_mixed_file_with_cr_only_line_ends_keeps_every_name(tmp_path, db):
    """Old Mac Excel ends lines with CR alone: the file was split on LF only, so it was one
    line in neither encoding and the GBK row's name and company became U+FFFD."""
    path = tmp_path / "leads.csv"
    path.write_bytes((HEADER + ROW_A).replace("\n", "\r").encode("utf-8")
                     + ROW_B.replace("\n", "\r").encode("gbk"))
    source, names = _names(path, db)
    assert source.encoding == "utf-8" and source.warnings == [
        "The file mixes two encodings: line 3 is GBK/GB18030, the rest UTF-8. Each line was "
        "read in its own encoding; check that row."]
    assert names == ["李强", "王芳"]


def test_crlf_line_ends_are_kept_and_counted_once(tmp_path):
    data = (HEADER + ROW_A).replace("\n", "\r\n").encode("utf-8") \
        + ROW_B.replace("\n", "\r\n").encode("gbk")
    text, name, warnings, bad = enc.decode_lines(data)
    assert (text, name, bad) == ((HEADER + ROW_A + ROW_B).replace("\n", "\r\n"), "utf-8", [])
    assert "line 3 is GBK/GB18030" in warnings[0]


@pytest.mark.parametrize("utf8_row", ["张伟强,13600004444,广州\n", "王,13600003333,Shanghai\n"],
                         ids=["three-character-name", "one-character-name"])
def test_a_gbk_file_with_a_utf8_line_of_an_odd_run_of_characters(tmp_path, db, utf8_row):
    """A UTF-8 run of 1 or 3 characters is an odd number of bytes: the file was no longer
    valid GB18030 as a whole and was guessed Windows-1252 — every GBK row read as ÐÕÃû...,
    the contacts imported under mojibake names (the UTF-8 line alone read right)."""
    rows = "".join(f"客户{i}号,139{i:08d},上海第{i}公司\n" for i in range(30))
    path = tmp_path / "leads.csv"
    path.write_bytes((HEADER + rows).encode("gbk") + utf8_row.encode("utf-8"))
    source, names = _names(path, db)
    assert source.encoding == "gb18030" and source.headers == ["姓名", "手机", "公司"]
    assert source.warnings == [
        "The file mixes two encodings: line 32 is UTF-8, the rest GBK/GB18030. Each line was "
        "read in its own encoding; check that row."]
    assert utf8_row.split(",")[0] in names and "客户7号" in names
