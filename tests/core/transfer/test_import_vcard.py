"""vCard import: the real corpus, 2.1 quoted-printable with charsets, folds inside UTF-8
characters, groups, photos, broken and hostile cards, the naming tag as full name."""
import time

import pytest

from desktop_app.core.contacts import records as contacts
from desktop_app.core.transfer.importing import open_source, run_import
from desktop_app.core.transfer.importing.vcard import read_cards

# file -> cards imported (every card that has a name, phone or e-mail): every corpus file has
# one, and every file named here is in the corpus
EXPECTED = {
    "ezvcard__John_Doe_ANDROID.vcf": 6, "ezvcard__John_Doe_BLACK_BERRY.vcf": 1,
    "ezvcard__John_Doe_EVOLUTION.vcf": 1, "ezvcard__John_Doe_GMAIL.vcf": 1,
    "ezvcard__John_Doe_IPHONE.vcf": 1, "ezvcard__John_Doe_LOTUS_NOTES.vcf": 1,
    "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf": 1, "ezvcard__John_Doe_MS_OUTLOOK.vcf": 1,
    "ezvcard__fullcontact.vcf": 1, "ezvcard__gmail-list.vcf": 3, "ezvcard__gmail-single.vcf": 1,
    "ezvcard__gmail-single2.vcf": 1, "ezvcard__outlook-2003.vcf": 1,
    "ezvcard__outlook-2007.vcf": 1, "ezvcard__rfc2426-example.vcf": 2,
    "ezvcard__rfc6350-example.vcf": 1,
    "ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf": 1,
    "kcontacts__testfullvcard.vcf": 1, "kcontacts__vcard1.vcf": 1, "kcontacts__vcard10.vcf": 5,
    "kcontacts__vcard11.vcf": 1, "kcontacts__vcard12.vcf": 1, "kcontacts__vcard13.vcf": 1,
    "kcontacts__vcard14.vcf": 1, "kcontacts__vcard15.vcf": 1, "kcontacts__vcard2.vcf": 1,
    "kcontacts__vcard3.vcf": 1, "kcontacts__vcard4.vcf": 1, "kcontacts__vcard5.vcf": 1,
    "kcontacts__vcard6.vcf": 1, "kcontacts__vcard7.vcf": 0, "kcontacts__vcard8.vcf": 1,
    "kcontacts__vcard9.vcf": 1, "kcontacts__vcard_extension_case_normalization.vcf": 1,
    "kcontacts__vcard_legacy_messaging_fields.vcf": 1,
    "kcontacts__vcardwithitemasapplesupport.vcf": 1, "vobject__radicale-1587.vcf": 1,
}


def _import(path, **kw):
    report = run_import(open_source(path), duplicates="create", **kw)
    records = contacts.get_many(sorted(contacts.ids(), key=int)) if report.batch_id else []
    return report, [r for r in records if r.import_batch_id == report.batch_id]


def test_every_corpus_file_imports(corpus_dir, db):
    files = sorted((corpus_dir / "vcard").glob("*.vcf"))
    names = {p.name for p in files}
    assert not names - set(EXPECTED), f"corpus files without an expectation: {names - set(EXPECTED)}"
    assert not set(EXPECTED) - names, f"expected but not in the corpus: {set(EXPECTED) - names}"
    for path in files:
        report, records = _import(path)
        assert report.created == len(records) == EXPECTED[path.name], path.name
        assert not [i for i in report.skipped if i.code != "empty"], (path.name, report.skipped)


def _one(corpus_dir, name):
    report, records = _import(corpus_dir / "vcard" / name)
    return report, records


def test_corpus_names_phones_and_fields(corpus_dir, db):
    _, [outlook] = _one(corpus_dir, "ezvcard__John_Doe_MS_OUTLOOK.vcf")
    assert outlook.name == "Mr. John Richter James Doe Sr." and outlook.company == "IBM"
    assert outlook.title == "Money Counter" and outlook.email == "john.doe@ibm.cm"
    assert [(p.label, p.raw) for p in outlook.phones] == [("办公", "(905) 555-1234"),
                                                          ("家庭", "(905) 666-1234")]
    _, [iphone] = _one(corpus_dir, "ezvcard__John_Doe_IPHONE.vcf")  # \r\r\n and a folded photo
    assert iphone.name == "Mr. John Richter James Doe Sr."
    assert "905-222-1234" in [p.raw for p in iphone.phones]
    _, cards = _one(corpus_dir, "ezvcard__John_Doe_ANDROID.vcf")  # 2.1 quoted-printable UTF-8
    assert cards[2].name == "Ñ Ñ Ñ Ñ Ñ" and cards[2].phones[0].raw == "123456789"
    assert cards[3].name == "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ" and len(cards[3].phones) == 4
    _, [greek] = _one(corpus_dir, "kcontacts__vcard9.vcf")  # folds split UTF-8 characters
    assert greek.name.startswith("βγδεαβγδ1βγδ") and "\ufffd" not in greek.name
    assert greek.notes.startswith("Длинный комментарий на русском языке, чтобы")
    _, docs = _one(corpus_dir, "kcontacts__vcard10.vcf")  # QP soft breaks mid-sequence
    assert docs[3].title == "Facharzt für Allgemeinmedizin"
    assert "Mo   8–12, 15–18" in docs[3].notes
    _, [gmail] = _one(corpus_dir, "ezvcard__gmail-single.vcf")  # item1. groups
    assert [(p.label, p.raw) for p in gmail.phones] == [("手机", "555 555 1111"),
                                                        ("GRAND_CENTRAL", "555 555 2222")]
    _, [holmes] = _one(corpus_dir, "kcontacts__testfullvcard.vcf")  # 4.0 tel: URIs
    assert holmes.phones[0].raw == "+44-555-555-5555 ext. 5555"
    report, [ximian] = _one(corpus_dir, "kcontacts__vcard4.vcf")  # "FN" without a colon
    assert ximian.company == "Ximian, Inc." and report.warnings
    _, [ian] = _one(corpus_dir, "kcontacts__vcard3.vcf")  # lower-case 2.1
    assert (ian.name, ian.company, ian.title) == ("ian geiser", "Source eXtreme",
                                                  "VP of Engineering")


VCARD_GBK_QP = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:" + "".join(
        f"={b:02X}" for b in "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎".encode("gbk")) + "\r\n"
    "TEL;CELL:138 1234 5678\r\nEND:VCARD\r\n")


def test_gbk_quoted_printable_naming_tag_fills_fields(tmp_path, db):
    path = tmp_path / "phone.vcf"
    path.write_bytes(VCARD_GBK_QP.encode("ascii"))
    _, [r] = _import(path)
    assert (r.city, r.company, r.product, r.deal_size, r.name, r.title, r.source) == (
        "上海", "壹点零壹影响力", "咨询", "1千万", "叶辉", "创始人", "知乎")
    assert r.phones[0].label == "手机" and r.phones[0].e164 == "+8613812345678"


def test_gbk_file_without_charset(tmp_path, db):
    path = tmp_path / "gbk.vcf"
    path.write_bytes("BEGIN:VCARD\nVERSION:3.0\nFN:张三\nORG:华为技术\nEND:VCARD\n".encode("gbk"))
    _, [r] = _import(path)
    assert (r.name, r.company) == ("张三", "华为技术")


def test_fold_inside_a_utf8_character(tmp_path, db):
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:叶辉\r\nNOTE:上海市".encode()
    data = data[:-2] + b"\r\n " + data[-2:] + b"\r\nEND:VCARD\r\n"
    path = tmp_path / "fold.vcf"
    path.write_bytes(data)
    _, [r] = _import(path)
    assert r.notes == "上海市"


def test_broken_card_reported_rest_imported(tmp_path, db):
    text = ("BEGIN:VCARD\nVERSION:3.0\nFN:甲\nTEL:13812345678\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\n" + "AGENT:\nBEGIN:VCARD\n" * 10 + "FN:x\n"
            + "END:VCARD\n" * 11 +
            "garbage between cards\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:乙\nPHOTO;ENCODING=b;TYPE=JPEG:AAAA\n \n  BBBB\n"
            "END:VCARD\n"
            "BEGIN:VCARD\nFN:丙 (no END)\n")
    path = tmp_path / "mixed.vcf"
    path.write_text(text)
    report, records = _import(path)
    assert [r.name for r in records] == ["甲", "乙", "丙 (no END)"]
    assert [(i.line, i.code) for i in report.skipped] == [(6, "empty"), (9, "unreadable")]
    assert "nested" in report.skipped[1].detail


def test_missing_end_does_not_swallow_the_next_cards(tmp_path, db):
    path = tmp_path / "noend.vcf"
    path.write_text("BEGIN:VCARD\nFN:甲\nBEGIN:VCARD\nFN:乙\nEND:VCARD\n"
                    "BEGIN:VCARD\nFN:丙\nAGENT:\nBEGIN:VCARD\nFN:agent\nEND:VCARD\nEND:VCARD\n")
    report, records = _import(path)
    assert [r.name for r in records] == ["甲", "乙", "丙"]
    assert any("END:VCARD" in w.detail for w in report.warnings)


def test_3000_deep_nesting_rejected_politely(tmp_path, db):
    text = ("BEGIN:VCARD\nVERSION:2.1\nFN:ok\nEND:VCARD\n"
            + "BEGIN:VCARD\nVERSION:2.1\nAGENT:\n" * 3000 + "FN:deep\n" + "END:VCARD\n" * 3000
            + "BEGIN:VCARD\nVERSION:2.1\nFN:after\nEND:VCARD\n")
    path = tmp_path / "deep.vcf"
    path.write_text(text)
    started = time.perf_counter()
    report, records = _import(path)
    assert time.perf_counter() - started < 5
    assert [r.name for r in records] == ["ok", "after"]
    assert len(report.skipped) == 1 and "nested" in report.skipped[0].detail


def test_50_mb_photo_dropped_card_kept(tmp_path, db):
    path = tmp_path / "photo.vcf"
    with open(path, "wb") as f:
        f.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:")
        chunk = b"A" * 74
        for _ in range(50 * 1024 * 1024 // 77):
            f.write(chunk + b"\r\n ")
        f.write(b"AAAA\r\nTEL:13812345678\r\nEND:VCARD\r\n")
        f.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:" + b"x" * (3 * 1024 * 1024)
                + b"\r\nFN:Long Note\r\nEND:VCARD\r\n")
        f.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:" + b"y" * (17 * 1024 * 1024)
                + b"\r\nFN:Too Long Note\r\nEND:VCARD\r\n")
    started = time.perf_counter()
    report, records = _import(path)
    assert time.perf_counter() - started < 20
    assert [r.name for r in records] == ["Big Photo", "Long Note", "Too Long Note"]
    assert records[0].phones[0].raw == "13812345678"
    assert records[1].notes == "x" * 10_000 and records[2].notes == ""  # the notes' cap
    assert [(w.line, w.detail.split(": ", 1)[-1]) for w in report.warnings] == [
        (4, "PHOTO over 2 MB, skipped"), (report.warnings[1].line,
                                          "cut to 10000 characters (it had 3145728)"),
        (report.warnings[1].line + 7, "NOTE over 16 MB, dropped")]  # the 2nd card's line + 7


def test_naming_tag_convention_only_for_five_parts_or_more():
    cards = list(read_cards(b"BEGIN:VCARD\nFN:Jean-Pierre Dupont-Smith\nEND:VCARD\n"))
    from desktop_app.core.transfer.importing.vcard_row import card_to_cells
    from desktop_app.core.transfer.exporting.columns import index

    cells, _ = card_to_cells(cards[0])
    assert cells[index("name")] == "Jean-Pierre Dupont-Smith" and cells[index("tag")] == ""


def test_utf16_vcard(tmp_path, db):
    path = tmp_path / "u16.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王芳\r\nEND:VCARD\r\n".encode("utf-16"))
    _, [r] = _import(path)
    assert r.name == "王芳"


@pytest.mark.parametrize("label, expected", [("_$!<Mobile>!$_", "手机"), ("微信电话", "微信电话")])
def test_apple_labels(tmp_path, db, label, expected):
    path = tmp_path / "apple.vcf"
    path.write_text(f"BEGIN:VCARD\nFN:甲\nitem1.TEL:13812345678\nitem1.X-ABLabel:{label}\n"
                    "END:VCARD\n")
    _, [r] = _import(path)
    assert r.phones[0].label == expected


PHONE_CARD = """BEGIN:VCARD
VERSION:3.0
FN:李娜
N:李;娜;;;
ORG:华夏餐饮;采购部;华东区
TITLE:采购经理
NICKNAME:娜娜
TEL;TYPE=CELL:13900000002
item1.ADR;TYPE=WORK:;;南山区科技园科苑路 8 号;深圳;广东;518057;中国
item1.X-ABLabel:_$!<Work>!$_
ADR;TYPE=HOME:;;12 Baker St;London;;NW1 6XE;UK
URL:https\\://huaxia.example.cn
BDAY:19850412
X-QQ:12345678
item2.X-ABRELATEDNAMES:王强
item2.X-ABLabel:_$!<Spouse>!$_
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==
REV:2026-01-01T00:00:00Z
X-SOMETHING-NEW:a value nobody here knows
END:VCARD
"""


def test_what_has_no_field_of_its_own_goes_to_the_notes(tmp_path, db):
    """A phone's card: its street addresses, web page, birthday, nickname, department, QQ and
    relatives were dropped silently (only the city and the company were kept)."""
    path = tmp_path / "phone.vcf"
    path.write_text(PHONE_CARD, encoding="utf-8")
    _, [r] = _import(path)
    assert (r.name, r.company, r.title, r.city) == ("李娜", "华夏餐饮", "采购经理", "深圳")
    assert r.notes.splitlines() == [
        "部门: 采购部 / 华东区",
        "地址(办公): 中国广东深圳南山区科技园科苑路 8 号 518057",
        "地址(家庭): 12 Baker St, London, NW1 6XE, UK",
        "生日: 1985-04-12",
        "昵称: 娜娜",
        "网址: https://huaxia.example.cn",
        "QQ: 12345678",
        "相关人(配偶): 王强",
        "X-SOMETHING-NEW: a value nobody here knows",
    ]  # not the photo, the revision or the labels' own lines


def test_a_naming_tag_card_keeps_an_org_or_title_the_tag_does_not_say(tmp_path, db):
    tag = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"
    path = tmp_path / "tag.vcf"
    path.write_text(f"BEGIN:VCARD\nFN:{tag}\nORG:上海壹点零壹影响力文化传播有限公司\n"
                    f"TITLE:创始人\nEND:VCARD\nBEGIN:VCARD\nFN:{tag.replace('叶辉', '叶明')}\n"
                    "ORG:壹点零壹影响力\nEND:VCARD\n", encoding="utf-8")
    _, [one, two] = _import(path)
    assert one.company == "壹点零壹影响力" and one.notes == "公司: 上海壹点零壹影响力文化传播有限公司"
    assert two.notes == ""  # the same company and title as the tag: nothing to add


def test_an_address_that_only_names_the_city_adds_nothing(tmp_path, db):
    path = tmp_path / "city.vcf"
    path.write_text("BEGIN:VCARD\nFN:甲\nADR:;;;杭州;;;\nEND:VCARD\n", encoding="utf-8")
    _, [r] = _import(path)
    assert r.city == "杭州" and r.notes == ""


def test_corpus_addresses_birthdays_and_web_pages_are_kept(corpus_dir, db):
    _, [outlook] = _one(corpus_dir, "ezvcard__outlook-2007.vcf")
    lines = outlook.notes.splitlines()
    for expected in ("部门: TheDepartment", "地址(办公): TheOffice, 222 Broadway, New York, NY 99999, USA",
                     "生日: 1922-03-10", "昵称: Mike", "网址(办公): http://mikeangstadt.name",
                     "角色: TheProfession", "上级: TheManagerName", "配偶: TheSpouse"):
        assert expected in lines, (expected, lines)
    _, [holmes] = _one(corpus_dir, "kcontacts__testfullvcard.vcf")
    assert "地址: 221B Baker Street, London, NW1, United Kingdom" in holmes.notes.splitlines()
    assert "分组: FICTION, LITERATURE" in holmes.notes.splitlines()


def test_a_line_without_a_colon_is_quoted_as_text():
    """It was quoted as bytes: no ':' in b'\\xe6\\x9d\\x8e...'."""
    data = "BEGIN:VCARD\r\nFN:李娜\r\n这一行没有冒号\r\nEND:VCARD\r\n".encode("utf-8")
    [card] = list(read_cards(data))
    assert [str(w) for w in card.warnings] == ["no ':' in “这一行没有冒号”, ignored"]
