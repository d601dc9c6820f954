"""Phones too short to format, through every command that shows one (in-process: the
call sheet reuses the session's QApplication, see conftest.py)."""


def test_short_numbers_do_not_break_today_the_calendar_file_or_the_call_sheet(tmp_path,
                                                                                capsys):
    from desktop_app.cli import main

    db = tmp_path / "contacts.sqlite3"

    def run(*argv):
        return main([*argv, "--db", str(db)])
    assert run("add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎", "--phone", "0") == 0
    assert run("add", "--tag", "北京-乙-软件-2万-李-CTO-抖音", "--phone", "+86",
               "--phone", "13812345678") == 0
    assert run("cadence", "start", "--filter", "title:CEO,CTO", "--template", "golden-week",
               "--from", "2026-03-02") == 0
    capsys.readouterr()
    assert run("due", "--date", "2026-03-02") == 0
    out = capsys.readouterr().out
    assert [line.split()[-1] for line in out.splitlines()[2:4]] == ["+86", "0"]
    assert run("due", "--date", "2026-03-02", "--ics", str(tmp_path / "due.ics")) == 0
    assert "\\n+86\n" in (tmp_path / "due.ics").read_text(encoding="utf-8")
    assert run("callsheet", "--date", "2026-03-02", "--filter", "",
               "--pdf", str(tmp_path / "sheet.pdf")) == 0
    capsys.readouterr()
    assert run("list") == 0
    assert "13812345678" not in capsys.readouterr().out  # shown as 138 1234 5678
