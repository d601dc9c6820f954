"""CSV/TSV import: encodings, delimiters, headers, mapping, duplicates, cancel, undo, report."""
import csv
import io

import pytest

from desktop_app.core.contacts import editing
from desktop_app.core.contacts import records as contacts
from desktop_app.core.errors import FileUnreadable, NotFound, ValidationError
from desktop_app.core.transfer.importing import (
    guess_mapping,
    open_source,
    parse_overrides,
    run_import,
    undo_import,
)
from desktop_app.core.transfer.importing.phonefast import normalize_phone
from desktop_app.core.contacts.phones import normalize

ROWS = [
    ["姓名", "手机", "公司", "城市", "职位", "来源", "产品", "销售额", "备注", "微信", "邮箱"],
    ["叶辉", "138 1234 5678", "壹点零壹影响力", "上海", "创始人", "知乎", "咨询", "1千万",
     "说过\"下周\"再聊, 记得\n带资料", "yehui", "ye@example.cn"],
    ["王𠀀", "13987654321", "华信𡃁", "北京", "采购经理", "抖音", "软件", "50万", "", "", ""],
    ["张三", "021-6123 4567", "远航; 科技", "深圳", "CEO", "展会", "SaaS", "5千", "a;b", "", ""],
]


def _write(path, text: str, encoding: str) -> None:
    path.write_bytes(text.encode(encoding))


def _csv_text(rows, delimiter=",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _rows(path, **kw):
    source = open_source(path, **kw)
    return source, [r.cells for r in source.rows()]


@pytest.mark.parametrize("encoding, delimiter, suffix", [
    ("utf-8", ",", ".csv"),
    ("utf-8-sig", ",", ".csv"),
    ("gbk", ",", ".csv"),
    ("gb18030", ",", ".csv"),
    ("utf-16", "\t", ".txt"),  # Excel's "Unicode text"
    ("utf-8", ";", ".csv"),
    ("gb18030", "\t", ".tsv"),
    ("utf-16-le", ",", ".csv"),  # no BOM
])
def test_encodings_and_delimiters_give_identical_rows(tmp_path, encoding, delimiter, suffix):
    rows = ROWS if encoding != "gbk" else [[c.replace("𠀀", "二").replace("𡃁", "仁") for c in r]
                                           for r in ROWS]
    path = tmp_path / f"leads{suffix}"
    _write(path, _csv_text(rows, delimiter), encoding)
    source, got = _rows(path)
    assert source.headers == rows[0]
    assert got == rows[1:]
    assert source.delimiter == delimiter
    if encoding in ("gbk", "gb18030"):
        assert source.encoding == "gb18030"


def test_gb18030_four_byte_characters(tmp_path):
    path = tmp_path / "x.csv"
    _write(path, "姓名,城市\n王𠀀,𡃁城\n", "gb18030")
    assert _rows(path)[1] == [["王𠀀", "𡃁城"]]


def test_huge_field_and_nul_and_ragged_rows(tmp_path, db):
    big = "备" * 300_000
    path = tmp_path / "x.csv"
    _write(path, f"姓名,备注\n甲,{big}\n乙\x00,x,多出来\n", "utf-8")
    report = run_import(open_source(path))
    assert report.created == 2 and not report.skipped
    notes = {r.name: r.notes for r in contacts.get_many(contacts.ids())}
    assert notes["甲"] == big[:10_000]  # cut to the notes' cap, and reported
    assert [(w.line, w.detail) for w in report.warnings] == [
        (2, "备注: cut to 10000 characters (it had 300000)")]
    assert notes["乙"] == "x\nColumn 3: 多出来"  # a cell past the last header is kept


def test_title_row_above_headers_and_line_numbers(tmp_path, db):
    path = tmp_path / "x.csv"
    _write(path, "2024年客户名单,,\n姓名,手机,公司\n叶辉,13812345678,壹点\n,,\n,,\n王芳,,华信\n",
           "utf-8")
    source = open_source(path)
    assert source.headers == ["姓名", "手机", "公司"] and source.header_line == 2
    assert [r.line for r in source.rows()] == [3, 6]


def test_quoted_newlines_keep_line_numbers(tmp_path, db):
    path = tmp_path / "x.csv"
    _write(path, '姓名,备注\n甲,"一\n二\n三"\n,\n乙,x\n', "utf-8")
    assert [(r.line, r.cells) for r in open_source(path).rows()] == [
        (2, ["甲", "一\n二\n三"]), (6, ["乙", "x"])]


@pytest.mark.parametrize("header, target, label", [
    ("姓名", "name", ""), ("客户姓名", "name", ""), ("联系人", "name", ""),
    ("手机号", "phone", "手机"), ("联系电话", "phone", ""), ("手机号码", "phone", "手机"),
    ("公司名称", "company", ""), ("单位", "company", ""), ("城市", "city", ""),
    ("职务", "title", ""), ("渠道", "source", ""), ("意向产品", "product", ""),
    ("预算", "deal_size", ""), ("备注", "notes", ""), ("微信号", "wechat", ""),
    ("电子邮箱", "email", ""), ("备注名", "tag", ""), ("标签", "tag", ""),
    ("Mobile Phone", "phone", "手机"), ("Business Phone", "phone", "办公"),
    ("E-mail Address", "email", ""), ("Job Title", "title", ""), ("Company", "company", ""),
    ("First Name", "name_given", ""), ("Last Name", "name_family", ""),
    ("Phone 1 - Value", "phone", ""), ("Phone 1 - Type", "phone_label", ""),
    ("E-mail 1 - Value", "email", ""), ("Organization 1 - Name", "company", ""),
    ("Organization 1 - Title", "title", ""), ("Notes", "notes", ""), ("手机2", "phone", "手机"),
    ("阶段", "stage", ""), ("ID", "ignore", ""),
])
def test_headers_recognised(header, target, label):
    from desktop_app.core.transfer.importing.headers import recognise

    col = recognise(header)
    assert col is not None and col.target == target and col.label == label


def test_google_contacts_csv(tmp_path, db):
    rows = [["Name", "Given Name", "Family Name", "Notes", "Group Membership",
             "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
             "Phone 2 - Type", "Phone 2 - Value", "Organization 1 - Name",
             "Organization 1 - Title"],
            ["", "辉", "叶", "老客户", "* myContacts", "* Work", "ye@example.cn ::: y2@x.cn",
             "Mobile", "+86 138-1234-5678 ::: 139 8765 4321", "Work", "021 6123 4567",
             "壹点零壹", "创始人"]]
    path = tmp_path / "google.csv"
    _write(path, _csv_text(rows), "utf-8")
    assert run_import(open_source(path)).created == 1
    r = contacts.get(contacts.ids()[0])
    assert (r.name, r.company, r.title, r.email) == ("叶辉", "壹点零壹", "创始人", "ye@example.cn")
    assert [(p.label, p.e164) for p in r.phones] == [
        ("手机", "+8613812345678"), ("手机", "+8613987654321"), ("办公", "+862161234567")]
    assert r.notes == "老客户\n邮箱: y2@x.cn"


GOOGLE_HEADER = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
    "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes",
    "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label",
    "Phone 1 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Website 1 - Label",
    "Website 1 - Value", "Relation 1 - Label", "Relation 1 - Value", "Event 1 - Label",
    "Event 1 - Value", "IM 1 - Label", "IM 1 - Service", "IM 1 - Value",
    "Custom Field 1 - Label", "Custom Field 1 - Value"]


def test_google_contacts_csv_keeps_what_its_vcard_keeps(tmp_path, db):
    """Google Contacts' CSV (the export of contacts.google.com): its addresses, web pages,
    messengers, relatives, dates and custom fields were dropped (every numbered column but
    phones, e-mails, organisation and city was "ignore"), while the vCard export of the same
    contacts keeps them in the notes, a line each. The street, region, ... parts of an address
    are in its Formatted column: they are not repeated."""
    row = dict.fromkeys(GOOGLE_HEADER, "")
    row.update({
        "First Name": "娜", "Last Name": "李", "Organization Name": "华夏餐饮",
        "Organization Title": "采购经理", "Notes": "展会认识", "Labels": "* myContacts",
        "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "lina@huaxia.example.cn",
        "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+86 139 0013 9000",
        "Address 1 - Label": "Work",
        "Address 1 - Formatted": "科苑路 8 号\n南山区, 深圳, 广东 518057\nCN",
        "Address 1 - Street": "科苑路 8 号", "Address 1 - City": "深圳",
        "Address 1 - Region": "广东", "Address 1 - Postal Code": "518057",
        "Address 1 - Country": "CN", "Website 1 - Label": "Work",
        "Website 1 - Value": "https://huaxia.example.cn", "Relation 1 - Label": "Spouse",
        "Relation 1 - Value": "王强", "Event 1 - Label": "Anniversary",
        "Event 1 - Value": "2015-06-01", "IM 1 - Label": "Other", "IM 1 - Service": "QQ",
        "IM 1 - Value": "12345678", "Custom Field 1 - Label": "客户等级",
        "Custom Field 1 - Value": "VIP"})
    path = tmp_path / "contacts.csv"
    _write(path, _csv_text([GOOGLE_HEADER, [row[h] for h in GOOGLE_HEADER]]), "utf-8")
    assert run_import(open_source(path)).created == 1
    r = contacts.get(contacts.ids()[0])
    assert (r.name, r.company, r.title, r.city) == ("李娜", "华夏餐饮", "采购经理", "深圳")
    assert r.notes.splitlines() == [
        "展会认识", "地址: 科苑路 8 号", "南山区, 深圳, 广东 518057", "CN",
        "网址: https://huaxia.example.cn", "相关人: 王强", "日期: 2015-06-01",
        "即时通讯: 12345678", "自定义: VIP"]


OUTLOOK_HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage",
    "Notes", "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority",
    "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2",
    "User 3", "User 4", "Web Page"]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_outlook_csv_leaves_its_placeholders_out_of_the_notes(tmp_path, db, encoding):
    """Outlook's export (File › Open & Export › Export to a file › CSV) writes the same
    placeholders for every contact; each contact's notes read "展会" and then "Anniversary:
    0/0/00", "E-mail Type: SMTP", "E-mail Display Name: 张伟 (zw@huawei.com)", "Gender:
    Unspecified", "Initials: Z.W.", "Priority: Normal", "Private: False", "Sensitivity: Normal".
    What the contact really has (a street, categories) is kept."""
    row = dict.fromkeys(OUTLOOK_HEADER, "")
    row.update({"First Name": "伟", "Last Name": "张", "Company": "华为", "Job Title": "采购经理",
                "Business Street": "坂田华为基地", "Business City": "深圳",
                "Mobile Phone": "138 0013 8000", "Anniversary": "0/0/00", "Birthday": "0/0/00",
                "E-mail Address": "zw@huawei.com", "E-mail Type": "SMTP",
                "E-mail Display Name": "张伟 (zw@huawei.com)", "Gender": "Unspecified",
                "Initials": "Z.W.", "Priority": "Normal", "Private": "False",
                "Sensitivity": "Normal", "Notes": "展会", "Categories": "客户"})
    path = tmp_path / "outlook.csv"
    _write(path, _csv_text([OUTLOOK_HEADER, [row[h] for h in OUTLOOK_HEADER]]), encoding)
    assert run_import(open_source(path)).created == 1
    r = contacts.get(contacts.ids()[0])
    assert (r.name, r.company, r.title, r.city, r.email) == (
        "张伟", "华为", "采购经理", "深圳", "zw@huawei.com")
    assert r.notes.splitlines() == ["展会", "Business Street: 坂田华为基地", "Categories: 客户"]


def test_outlook_csv_keeps_an_anniversary_and_a_gender_that_are_filled_in(tmp_path, db):
    """Leaving out Outlook's placeholders dropped its Anniversary and Gender columns whole: a
    real anniversary (5/20/2010) or gender was lost, where a phone's vCard keeps them. Their
    placeholders (0/0/00, Unspecified) still stay out."""
    rows = []
    for name, anniversary, gender in (("张伟", "5/20/2010", "Male"), ("李娜", "0/0/00",
                                                                      "Unspecified")):
        row = dict.fromkeys(OUTLOOK_HEADER, "")
        row.update({"First Name": name[1:], "Last Name": name[0], "Mobile Phone":
                    "138 0013 800" + str(len(rows)), "Anniversary": anniversary,
                    "Gender": gender, "Birthday": "0/0/00", "E-mail Type": "SMTP",
                    "Priority": "Normal", "Private": "False", "Sensitivity": "Normal"})
        rows.append([row[h] for h in OUTLOOK_HEADER])
    path = tmp_path / "outlook.csv"
    _write(path, _csv_text([OUTLOOK_HEADER, *rows]), "utf-8-sig")
    assert run_import(open_source(path)).created == 2
    notes = {r.name: r.notes for r in contacts.get_many(contacts.ids())}
    assert notes == {"张伟": "Anniversary: 5/20/2010\nGender: Male", "李娜": ""}


def test_a_lists_own_priority_column_is_kept(tmp_path, db):
    """One or two of those headers in a list of one's own are its columns, not Outlook's."""
    path = tmp_path / "leads.csv"
    _write(path, _csv_text([["姓名", "手机", "Priority", "性别"], ["王芳", "13700137000", "高", "女"]]),
           "utf-8")
    run_import(open_source(path))
    assert contacts.get(contacts.ids()[0]).notes.splitlines() == ["Priority: 高", "性别: 女"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_a_lists_birthdays_and_nicknames_go_to_the_notes(tmp_path, db, encoding):
    """A 生日 (birthday) column was "ignore": a salesperson's list lost its birthdays, which
    the same contacts' vCards keep ("生日: 1985-04-12"). Outlook's empty date 0/0/00 is no
    birthday."""
    path = tmp_path / "客户.csv"
    _write(path, _csv_text([["姓名", "手机", "生日", "昵称", "备注"],
                            ["李娜", "13900139000", "1985-04-12", "娜娜", "老客户"],
                            ["王芳", "13700137000", "0/0/00", "", ""]]), encoding)
    run_import(open_source(path))
    notes = {r.name: r.notes for r in contacts.get_many(contacts.ids())}
    assert notes == {"李娜": "老客户\n生日: 1985-04-12\n昵称: 娜娜", "王芳": ""}


def test_outlook_csv_title_is_not_the_job(tmp_path, db):
    rows = [["Title", "First Name", "Last Name", "Company", "Job Title", "Mobile Phone",
             "Home Phone", "E-mail Address"],
            ["Mr.", "John", "Doe", "IBM", "Money Counter", "(905) 555-1234", "905-666-1234",
             "john@ibm.com"]]
    path = tmp_path / "outlook.csv"
    _write(path, _csv_text(rows), "cp1252")
    run_import(open_source(path))
    r = contacts.get(contacts.ids()[0])
    assert (r.name, r.company, r.title) == ("John Doe", "IBM", "Money Counter")
    assert [p.label for p in r.phones] == ["手机", "家庭"]


def test_tag_column_fills_the_seven_fields_and_fields_override(tmp_path, db):
    rows = [["备注名", "电话", "职位"],
            ["上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎-额外", "13812345678", "董事长"]]
    path = tmp_path / "x.csv"
    _write(path, _csv_text(rows), "utf-8")
    run_import(open_source(path))
    r = contacts.get(contacts.ids()[0])
    assert (r.city, r.company, r.product, r.deal_size, r.name, r.title, r.source, r.tag_extra) \
        == ("上海", "壹点零壹影响力", "咨询", "1千万", "叶辉", "董事长", "知乎", "额外")
    assert r.deal_value == 10_000_000


def test_headerless_file_guessed_from_values(tmp_path, db):
    path = tmp_path / "x.csv"
    _write(path, "上海-壹点-咨询-1万-叶辉-创始人-知乎,13812345678,ye@example.cn\n"
                 "北京-华信-软件-2万-王芳-经理-抖音,13987654321,wf@example.cn\n", "utf-8")
    source = open_source(path)
    assert source.header_line == 0
    assert [c.target for c in guess_mapping(source)] == ["tag", "phone", "email"]
    assert run_import(source).created == 2


def test_mapping_overrides(tmp_path, db):
    path = tmp_path / "x.csv"
    _write(path, _csv_text([["客户", "号码", "杂项"], ["华为", "13812345678", "x"]]), "utf-8")
    source = open_source(path)
    columns = guess_mapping(source)
    for i, col in parse_overrides("客户=company, 3=notes", source.headers).items():
        columns[i] = col
    run_import(source, columns)
    r = contacts.get(contacts.ids()[0])
    assert (r.company, r.notes, r.phones[0].raw) == ("华为", "x", "13812345678")
    with pytest.raises(ValueError):
        parse_overrides("nope=name", source.headers)
    with pytest.raises(ValueError):
        parse_overrides("1=bogus", source.headers)


def test_bad_email_and_stage_go_to_notes_not_lost(tmp_path, db):
    path = tmp_path / "x.csv"
    _write(path, _csv_text([["姓名", "邮箱", "阶段"], ["甲", "not-an-email", "谈崩了"],
                            ["乙", "b@x.cn", "意向"]]), "utf-8")
    report = run_import(open_source(path))
    assert report.created == 2 and len(report.warnings) == 2
    a, b = sorted(contacts.get_many(contacts.ids()), key=lambda r: r.id)
    assert a.email == "" and "not-an-email" in a.notes and "谈崩了" in a.notes
    assert a.stage == "lead" and b.stage == "interested" and b.email == "b@x.cn"


def _leads(tmp_path, rows):
    path = tmp_path / "leads.csv"
    _write(path, _csv_text([["姓名", "手机", "公司", "备注", "邮箱"]] + rows), "utf-8")
    return path


def test_duplicates_by_phone_then_name_company(tmp_path, db):
    contacts.create({"name": "叶辉", "company": "壹点"}, ["+86 138 1234 5678"])
    contacts.create({"name": "王芳", "company": "华信"})
    path = _leads(tmp_path, [
        ["叶总", "13812345678", "", "新备注", "ye@x.cn"],  # same phone
        ["王芳", "13900000000", "华信", "", ""],  # same name+company
        ["新人", "13700000000", "远航", "", ""],
        ["新人", "137 0000 0000", "", "", ""],  # same phone as the row above
        ["", "", "", "", ""],
    ])
    counts = {}
    for policy in ("merge", "skip", "create"):
        r = run_import(open_source(path), duplicates=policy, dry_run=True)
        counts[policy] = (r.created, r.merged, len(r.skipped))
        assert (r.duplicates_by_phone, r.duplicates_by_name_company) == (2, 1)
    assert counts == {"merge": (1, 3, 0), "skip": (1, 0, 3), "create": (4, 0, 0)}
    assert contacts.count() == 2  # dry runs wrote nothing

    report = run_import(open_source(path), duplicates="skip")
    assert [(i.line, i.code) for i in report.skipped] == [(2, "duplicate"), (3, "duplicate"),
                                                          (5, "duplicate")]
    assert "line 4" in report.skipped[2].detail


def test_merge_fills_blanks_and_undo_reverts(tmp_path, db):
    ye, _ = contacts.create({"name": "叶辉", "company": "壹点", "notes": "老备注"},
                            ["13812345678"])
    path = _leads(tmp_path, [["叶总", "13812345678", "壹点", "新备注", "ye@x.cn"],
                             ["叶总", "+86 13812345678", "", "", ""],
                             ["新人", "13700000000", "远航", "", ""]])
    report = run_import(open_source(path))
    assert (report.created, report.merged, report.merged_unchanged) == (1, 2, 1)
    r = contacts.get(ye)
    # the name differs: the contact's is kept, the file's is in the notes, and the report says so
    assert (r.name, r.company, r.email, r.notes) == ("叶辉", "壹点", "ye@x.cn",
                                                     "老备注\n新备注\n姓名: 叶总")
    assert [w.line for w in report.warnings] == [2, 3]
    assert "merged into 壹点-叶辉 (same phone)" in report.warnings[0].detail
    assert contacts.count() == 2
    result = undo_import(report.batch_id)
    assert (result.removed, result.reverted, result.kept) == (1, 1, 0)
    r = contacts.get(ye)
    assert (r.email, r.notes) == ("", "老备注") and contacts.count() == 1
    with pytest.raises(ValidationError):
        undo_import(report.batch_id)
    with pytest.raises(NotFound):
        undo_import(999)


def test_undo_keeps_later_edits_and_reverts_phones(tmp_path, db):
    ye, _ = contacts.create({"name": "叶辉", "company": "壹点"}, ["13812345678"])
    path = _leads(tmp_path, [["", "13812345678\n13999999999", "", "", "ye@x.cn"]])
    report = run_import(open_source(path))
    assert [p.raw for p in contacts.get(ye).phones] == ["13812345678", "13999999999"]
    editing.update(ye, {"email": "edited@x.cn"})
    result = undo_import(report.batch_id)
    r = contacts.get(ye)
    assert r.email == "edited@x.cn" and [p.raw for p in r.phones] == ["13812345678"]
    assert result.kept == 1


def test_cancel_leaves_database_as_before(tmp_path, db):
    contacts.create({"name": "原有"})
    rows = [[f"人{i}", f"13{i:09d}", "", "", ""] for i in range(6000)]
    path = _leads(tmp_path, rows)
    seen = []

    def cancel():
        return len(seen) > 0 and seen[-1][0] >= 5500

    report = run_import(open_source(path), progress=lambda d, t: seen.append((d, t)),
                        cancel=cancel)
    assert report.cancelled and report.batch_id is None and report.created == 0
    assert contacts.count() == 1
    assert seen and all(t >= d for d, t in seen)
    report = run_import(open_source(path), progress=lambda d, t: seen.append((d, t)))
    assert report.created == 6000 and seen[-1] == (6000, 6000)
    assert contacts.count() == 6001


def test_report_lists_skipped_rows_and_saves(tmp_path, db):
    path = _leads(tmp_path, [["", "", "", "", ""], ["甲", "13812345678", "", "", ""],
                             ["甲", "13812345678", "", "", ""]])
    (tmp_path / "leads.csv").write_bytes((tmp_path / "leads.csv").read_bytes()
                                         + b'"unterminated,\n')
    report = run_import(open_source(path), duplicates="skip")
    assert report.created == 2  # an unterminated quote runs to the end: kept, not lost
    assert "unterminated," in {r.name for r in contacts.get_many(contacts.ids())}
    text = report.to_text()
    assert "line 4: duplicate" in text and "Created 2" in text
    report.save(tmp_path / "r.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text("utf-8-sig"))))
    assert rows[0] == ["line", "kind", "reason", "detail"] and ["4", "skipped", "duplicate"] == \
        rows[1][:3]
    report.save(tmp_path / "r.txt")
    assert (tmp_path / "r.txt").read_text() == text


def test_unreadable_files(tmp_path):
    with pytest.raises(FileUnreadable):
        open_source(tmp_path / "missing.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(FileUnreadable, match="xls"):
        open_source(old)
    with pytest.raises(FileUnreadable):
        open_source(tmp_path)


def test_fast_phone_path_agrees_with_phonenumbers():
    for raw in ("13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
                "+8613812345678", "19912345678", "12345678901", "021-6123 4567", "8613812345678",
                "+1 415 555 0100", "110"):
        assert normalize_phone(raw, "手机") == normalize(raw, "手机"), raw


def test_numbers_learned_by_a_merge_match_later_rows(tmp_path, db):
    path = _leads(tmp_path, [["甲", "13800000001", "", "", ""],
                             ["甲", "13800000001\n13800000002", "", "b", ""],
                             ["", "13800000002", "", "c", ""]])
    report = run_import(open_source(path))
    assert (report.created, report.merged) == (1, 2)
    [r] = contacts.get_many(contacts.ids())
    assert [p.raw for p in r.phones] == ["13800000001", "13800000002"] and r.notes == "b\nc"


def test_two_merges_into_one_contact_undo_in_order(tmp_path, db):
    ye, _ = contacts.create({"name": "叶辉"}, ["13812345678"])
    path = _leads(tmp_path, [["", "13812345678", "壹点", "一", ""]] + [["x", str(i), "", "", ""]
                                                                    for i in range(5001)]
                  + [["", "13812345678", "", "二", "ye@x.cn"]])
    report = run_import(open_source(path))
    r = contacts.get(ye)
    assert (r.company, r.notes, r.email) == ("壹点", "一\n二", "ye@x.cn")
    undo_import(report.batch_id)
    r = contacts.get(ye)
    assert (r.company, r.notes, r.email) == ("", "", "") and contacts.count() == 1


def test_preview_shows_rows_as_stored(tmp_path, db):
    from desktop_app.core.transfer.importing import preview

    path = _leads(tmp_path, [["叶辉", "138 1234 5678", "壹点", "", "bad"]])
    source = open_source(path)
    [row] = preview(source, guess_mapping(source))
    assert row.values["name"] == "叶辉" and row.phones[0].e164 == "+8613812345678"
    assert row.warnings and "bad" in row.values["notes"]


def test_single_column_with_header(tmp_path, db):
    path = tmp_path / "x.csv"
    _write(path, "手机号\n13812345678\n13987654321\n", "utf-8")
    source = open_source(path)
    assert source.header_line == 1
    assert run_import(source).created == 2


def test_two_merges_in_one_chunk_undo_counts(tmp_path, db):
    ye, _ = contacts.create({"name": "叶辉", "notes": "原"}, ["13812345678"])
    path = _leads(tmp_path, [["", "13812345678", "", "一", ""], ["", "13812345678", "", "二", ""]])
    report = run_import(open_source(path))
    assert contacts.get(ye).notes == "原\n一\n二"
    result = undo_import(report.batch_id)
    assert (result.reverted, result.kept) == (2, 0) and contacts.get(ye).notes == "原"


def test_excel_sep_hint_and_scientific_phones(tmp_path, db):
    path = tmp_path / "x.csv"
    _write(path, "sep=;\n姓名;手机\n甲;1.38123E+10\n乙;13812345678\n", "utf-8")
    source = open_source(path)
    assert source.delimiter == ";" and source.headers == ["姓名", "手机"]
    report = run_import(source)
    assert report.created == 2 and "scientific" in report.warnings[0].detail
    assert report.warnings[0].line == 3


def test_locked_database_gives_a_clear_error(tmp_path, db, db_path):
    import sqlite3

    from desktop_app.core.errors import DatabaseBusy

    path = _leads(tmp_path, [["甲", "13812345678", "", "", ""]])
    db.execute_sql("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="locked by another program"):
            run_import(open_source(path))
    finally:
        other.rollback()
        other.close()
    assert run_import(open_source(path)).created == 1


def test_imported_leads_are_searchable_and_start_their_timeline(tmp_path, db):
    from desktop_app.core.search import query
    from desktop_app.core.timeline import records as timeline

    rows = [["姓名", "城市", "公司", "来源", "手机"],
            ["叶辉", "上海", "壹点零壹", "知乎", "13812345678"],
            ["王芳", "北京", "华信", "抖音", "13900001111"]]
    path = tmp_path / "leads.csv"
    _write(path, _csv_text(rows), "utf-8")
    assert run_import(open_source(path)).created == 2
    # the filter's full-text index knows them at once: pinyin, a phone fragment, a field
    for text, name in (("yh", "叶辉"), ("beijing", "王芳"), ("0000111", "王芳"),
                       ("source:知乎", "叶辉")):
        found = contacts.get_many(contacts.ids(query.parse(text).where))
        assert [r.name for r in found] == [name], text
    first = contacts.ids(query.parse("叶辉").where)[0]
    assert [e.kind for e in timeline.entries(first)] == ["imported"]


def test_a_file_of_e_mails_without_phones_imported_again_merges_instead_of_duplicating(
        tmp_path, db):
    path = tmp_path / "mail.csv"
    _write(path, _csv_text([["姓名", "邮箱", "公司", "城市"],
                            ["叶辉", "Ye.Hui@Example.cn", "", "上海"],
                            ["王芳", "wf@example.cn", "", "北京"],
                            ["王芳姐", "WF@EXAMPLE.CN ", "", ""]]), "utf-8")  # line 4: line 3's
    first = run_import(open_source(path))
    assert (first.created, first.merged, first.duplicates_by_email) == (2, 1, 1)
    assert "1 by e-mail" in first.summary()
    again = run_import(open_source(path))
    assert (again.created, again.merged, again.duplicates_by_email) == (0, 3, 3)
    assert contacts.count() == 2
    skipped = run_import(open_source(path), duplicates="skip")
    assert [(i.line, i.detail) for i in skipped.skipped] == [
        (2, 'same e-mail as "上海-叶辉"'), (3, 'same e-mail as "北京-王芳"'),
        (4, 'same e-mail as "北京-王芳"')]


def test_matching_by_e_mail_comes_after_the_phone_and_keeps_the_other_lead_rule(tmp_path, db):
    by_phone, _ = contacts.create({"name": "叶辉", "city": "上海"}, ["13812345678"])
    by_mail, _ = contacts.create({"name": "叶辉", "city": "上海", "email": "ye@x.cn"})
    other, _ = contacts.create({"name": "陈艳", "city": "重庆", "product": "设备",
                                "email": "chen@x.cn"})
    gone, _ = contacts.create({"name": "赵四", "email": "zhao@x.cn"})
    contacts.trash([gone])
    path = _leads(tmp_path, [
        ["叶辉", "138 1234 5678", "", "电话优先", "YE@x.cn"],  # the phone's contact wins
        ["陈艳", "", "", "", "Chen@X.cn"],  # the same lead
        ["赵四", "", "", "", "zhao@x.cn"],  # a trashed contact is no match
    ])
    report = run_import(open_source(path))
    assert (report.created, report.merged) == (1, 2)
    assert (report.duplicates_by_phone, report.duplicates_by_email) == (1, 1)
    assert "电话优先" in contacts.get(by_phone).notes
    assert "电话优先" not in contacts.get(by_mail).notes

    tianjin = tmp_path / "tianjin.csv"  # same e-mail, another city and product: another lead
    _write(tianjin, _csv_text([["姓名", "邮箱", "城市", "产品"],
                               ["陈艳", "chen@x.cn", "天津", "直播"]]), "utf-8")
    report = run_import(open_source(tianjin))
    assert (report.created, report.merged, report.duplicates) == (1, 0, 0)
    assert [w.detail for w in report.warnings] == [
        'same e-mail as "重庆-设备-陈艳", but a different lead (City 天津, not 重庆): imported '
        "as a new contact"]
    assert contacts.get(other).city == "重庆"
