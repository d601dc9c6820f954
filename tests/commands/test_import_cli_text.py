"""The import's lines in the terminal are English, as the rest of the CLI's: the file's own
texts (its headers, a phone label, a sheet's name) stand in quotes. The columns line read
"姓名→name, 手机→phone, 标签→tag": the file's Chinese run into our words."""
import re

import openpyxl


def outside_quotes(line: str) -> str:
    """The line without the quoted texts and the arrows (as the timeline's 线索 → 意向)."""
    return re.sub(r'"[^"]*"', "", line).replace("→", "")


def test_the_columns_line_quotes_the_files_own_words(cli, tmp_path):
    data = tmp_path / "客户.csv"
    data.write_text("姓名,手机,办公电话,城市,标签\n王伟,13812345678,02112345678,上海,\n",
                    encoding="utf-8")
    code, out, err = cli("import", str(data))
    assert code == 0 and out.startswith("Created 1,")
    (line,) = [x for x in err.splitlines() if "columns:" in x]
    assert line.endswith('columns: "姓名" → name, "手机" → phone, "办公电话" → phone labelled '
                         '"办公", "城市" → city, "标签" → tag')
    assert outside_quotes(line.split(": ", 1)[1]).isascii()  # after the file's name


def test_a_sheet_is_named_in_quotes_and_a_file_without_headers_by_our_words(cli, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "客户"
    book.active.append(["姓名", "电话"])
    book.active.append(["王伟", "13812345678"])
    book.save(tmp_path / "leads.xlsx")
    code, _, err = cli("import", str(tmp_path / "leads.xlsx"))
    assert code == 0 and 'sheet "客户"; columns: "姓名" → name, "电话" → phone' in err
    plain = tmp_path / "plain.csv"
    plain.write_text("13912345678,李娜\n13912345679,张三\n", encoding="utf-8")
    code, _, err = cli("import", str(plain), "--dry-run")
    (line,) = [x for x in err.splitlines() if "columns:" in x]
    assert code == 0 and outside_quotes(line).isascii() and "Column 1 → phone" in line


def test_a_skipped_row_names_the_lead_by_its_tag_in_quotes(cli, tmp_path):
    """"skipped line 2: duplicate: same phone as 上海-王伟": the tag ran into the English
    words, where the columns line quotes the file's texts."""
    data = tmp_path / "客户.csv"
    data.write_text("姓名,手机,城市\n王伟,13812345678,上海\n", encoding="utf-8")
    assert cli("import", str(data))[0] == 0
    code, out, err = cli("import", str(data), "--duplicates", "skip")
    assert code == 0 and out.startswith("Created 0, merged 0, skipped 1 of 1 rows")
    (line,) = [x for x in err.splitlines() if "skipped line" in x]
    assert line == '  skipped line 2: duplicate: same phone as "上海-王伟"'
    assert outside_quotes(line).isascii()


def test_a_csv_with_only_its_header_is_refused_before_the_backup(cli, db_path, tmp_path):
    """It printed "Created 0, merged 0, skipped 0 of 0 rows ...; import #1." and exit 0, after
    a backup before the import: an import of nothing that `undo-import` then listed."""
    from desktop_app.core.backup import backup_dir

    data = tmp_path / "客户.csv"
    data.write_bytes("姓名,手机,公司\r\n".encode("gb18030"))
    before = sorted(p.name for p in backup_dir(db_path).glob("*")) \
        if backup_dir(db_path).exists() else []
    code, out, err = cli("import", str(data))
    assert (code, out) == (1, "")
    assert err.strip() == ("contact-book: 客户.csv holds only its header row (line 1): no "
                           "contacts below it, nothing to import.")
    after = sorted(p.name for p in backup_dir(db_path).glob("*")) \
        if backup_dir(db_path).exists() else []
    assert after == before
    code, out, _ = cli("undo-import", "1")
    assert code != 0  # no import #1 was recorded


def test_a_dry_run_says_what_it_would_do_in_every_verb(cli, tmp_path):
    """It read "Dry run, nothing written: would create 0, merged 6, skipped 0 of 6 rows": as
    if the six rows had been merged into the book."""
    data = tmp_path / "客户.csv"
    data.write_text("姓名,手机,公司,备注\n王伟,13812345678,华为,\n李娜,13912345678,腾讯,\n",
                    encoding="utf-8-sig")
    assert cli("import", str(data))[0] == 0
    data.write_text("姓名,手机,公司,备注\n王伟,13812345678,华为,\n张三,13712345678,阿里,\n"
                    "李娜,13912345678,百度,\n,,,只有备注\n", encoding="utf-8-sig")
    code, out, _ = cli("import", str(data), "--dry-run")
    assert code == 0
    assert out.startswith("Dry run, nothing written: would create 2, merge 1, skip 1 of 4 rows "
                          "from 客户.csv;")
    assert "another lead (a naming-tag field differs), would be imported as new." in out
    code, out, _ = cli("import", str(data))
    assert out.startswith("Created 2, merged 1, skipped 1 of 4 rows from 客户.csv;")
    assert "another lead (a naming-tag field differs), imported as new; import #2." in out


def test_a_vcard_lists_no_columns_and_refuses_a_mapping(cli, corpus_dir):
    """A phone's .vcf printed 'columns: "标签" → tag, "城市" → city, "公司" → company, ...':
    fourteen Chinese headers that are in no vCard (our own names for its fields). And
    --mapping 姓名=ignore was taken, although the window says a vCard's fields cannot be
    remapped: the card imported without its name."""
    card = corpus_dir / "vcard" / "ezvcard__John_Doe_IPHONE.vcf"
    code, out, err = cli("import", str(card), "--dry-run")
    assert code == 0 and out.startswith("Dry run, nothing written: would create 1,")
    assert err.splitlines()[0] == "ezvcard__John_Doe_IPHONE.vcf: vcard"
    assert "标签" not in err and "columns" not in err
    code, out, err = cli("import", str(card), "--mapping", "姓名=ignore")
    assert (code, out) == (1, "")
    assert "--mapping: the fields of a vCard are read as they are" in err
    code, out, _ = cli("list")
    assert "0 contacts" in out


def test_a_refused_mapping_opens_no_database_and_takes_no_backup(corpus_dir, tmp_path, capsys):
    """The refusal came after the database was created (or opened) and its before-import
    backup taken: a new book and a backup of nothing, for a command that did nothing."""
    from desktop_app.cli import main
    from desktop_app.core.backup import backup_dir

    db = tmp_path / "new" / "contacts.sqlite3"
    db.parent.mkdir()
    card = corpus_dir / "vcard" / "ezvcard__John_Doe_IPHONE.vcf"
    assert main(["import", str(card), "--mapping", "姓名=ignore", "--db", str(db)]) == 1
    assert "--mapping: the fields of a vCard" in capsys.readouterr().err
    assert sorted(p.name for p in db.parent.iterdir()) == []
    assert not backup_dir(db).exists()


def test_a_workbook_of_a_template_sheet_names_its_other_sheets(cli, tmp_path):
    """Its first sheet only titles (a template), the leads on the next: the command stopped
    at the first sheet without a word of the others or of --sheet."""
    book = openpyxl.Workbook()
    book.active.title = "模板"
    book.active.append(["姓名", "手机"])
    leads = book.create_sheet("客户")
    leads.append(["姓名", "手机"])
    leads.append(["王伟", "13812345678"])
    book.save(tmp_path / "leads.xlsx")
    code, out, err = cli("import", str(tmp_path / "leads.xlsx"))
    assert (code, out) == (1, "")
    assert err.strip() == ('contact-book: The sheet "模板" of leads.xlsx holds only its header '
                           'row: no contacts below it, nothing to import. Its other sheets: '
                           '"客户"; choose one with --sheet.')
    code, out, _ = cli("import", str(tmp_path / "leads.xlsx"), "--sheet", "客户")
    assert code == 0 and out.startswith("Created 1,")


def test_the_same_list_again_changes_nothing_and_is_not_recorded(cli, tmp_path):
    """Imported twice (merge, the default): the second was "Created 0, merged 1 ...; import #2",
    listed by undo-import as one that can be undone, though it changed nothing."""
    data = tmp_path / "客户.csv"
    data.write_text("姓名,手机,城市\n王伟,13812345678,上海\n", encoding="utf-8")
    assert cli("import", str(data))[0] == 0
    code, out, _ = cli("import", str(data))
    assert code == 0 and out.startswith("Created 0, merged 1,"), out
    assert "1 of the merged added nothing new; nothing changed, not recorded as an import." in out
    code, out, _ = cli("undo-import")
    assert code == 0 and out.count("\n") == 1 and out.startswith("#1\t"), out
