"""Bad input met by the commands (an adversarial pass): each gets one clear line, exit 1, and
changes nothing."""
import sqlite3

from desktop_app.cli import main


def _run(capsys, *argv, db):
    code = main([*argv, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_another_programs_sqlite_file_is_refused_by_reading_and_writing_commands(tmp_path,
                                                                                  capsys):
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        con.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    con.close()
    before = path.read_bytes()
    for argv in (["list"], ["add", "--tag", "上海-甲-咨询-1万-王-CEO-知乎"]):
        code, out, err = _run(capsys, *argv, db=path)
        assert code == 1 and out == ""
        assert err.startswith("contact-book: ") and "not a Contact Book database" in err
        assert "moz_places" in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before
    with sqlite3.connect(path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master")]
    con.close()
    assert tables == ["moz_places"]
