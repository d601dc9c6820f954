"""`report` and `spend` on the command line: the hand-computed numbers in json, and bad input
refused with one line and nothing changed."""
import json

import pytest

from desktop_app.cli import main
from tests.core.reports import known


@pytest.fixture
def cli(db_path, capsys):
    from desktop_app.core.storage.db import close_database, open_database

    db = open_database(db_path)
    known.build()
    close_database(db, backup=False)

    def run(*argv):
        code = main([*argv, "--db", str(db_path)])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_funnel_json_has_the_hand_computed_numbers(cli):
    code, out, _ = cli("report", "funnel", "--period", "2026Q4", "--format", "json",
                       "--today", "2026-12-20")
    assert code == 0
    data = json.loads(out)
    assert [s["reached"] for s in data["stages"]] == [11, 9, 6, 4, 3]
    assert [s["lost"] for s in data["stages"]] == [0, 2, 0, 1, 0]
    assert (data["won_amount"], data["median_days_to_won"]) == (180_000, 32)
    assert data["stages"][2]["filter"] == "created:2026Q4 reached:意向"


def test_sources_json_and_the_custom_range(cli):
    code, out, _ = cli("report", "sources", "--from", "2026-10-01", "--to", "2026-12-31",
                       "--format", "json")
    assert code == 0
    rows = {r["value"]: r for r in json.loads(out)["rows"]}
    assert (rows["抖音"]["won_amount"], rows["抖音"]["roi"], rows["知乎"]["mark"]) == \
        (150_000, 5.0, "best")
    assert (rows["小红书"]["leads"], rows["小红书"]["roi"], rows["小红书"]["mark"]) == (0, 0.0, "worst")


def test_table_csv_and_xlsx(cli, tmp_path):
    code, out, _ = cli("report", "sources", "--period", "2026Q4")
    assert code == 0 and "抖音" in out and "Total" in out and "*" in out
    code, out, _ = cli("report", "activity", "--period", "2026Q4", "--week", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("Week,Channel,Touches")
    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"r.{suffix}"
        assert cli("report", "funnel", "--period", "2026Q4", "--out", str(target))[0] == 0
        assert target.stat().st_size > 0


def test_spend_set_and_list(cli):
    assert cli("spend", "set", "--source", "抖音", "--month", "2026-12", "--amount", "2万")[0] == 0
    code, out, _ = cli("spend", "list", "--format", "json")
    assert {"source": "抖音", "month": "2026-12", "amount": 20000} in json.loads(out)
    code, out, _ = cli("spend", "set", "--source", "无线索来源", "--month", "2026-10",
                       "--amount", "100")
    assert code == 0  # a source without leads may have spend


@pytest.mark.parametrize("argv, words", [
    (("report", "funnel", "--period", "2026Q5"), "Unknown period"),
    (("report", "funnel", "--period", "2026-13"), "Unknown period"),
    (("report", "funnel", "--period", "0001-01"), "Unknown period"),  # was "out of range"
    (("report", "funnel", "--period", "0001Q1"), "Unknown period"),
    (("report", "funnel", "--from", "2026-12-01", "--to", "2026-11-01"), "ends"),
    (("report", "sources", "--period", "2026Q4", "--filter", "created:2026-13"), "period"),
    (("spend", "set", "--source", "抖音", "--month", "2026-13", "--amount", "100"), "not a month"),
    (("spend", "set", "--source", "抖音", "--month", "2026-10", "--amount", "-5"), "negative"),
    (("spend", "set", "--source", "抖音", "--month", "2026-10", "--amount", "很多"),
     "not an amount"),
    (("spend", "set", "--source", " ", "--month", "2026-10", "--amount", "5"), "source"),
])
def test_bad_input_gets_one_clear_line_and_changes_nothing(cli, argv, words):
    _, before, _ = cli("spend", "list", "--format", "json")
    code, out, err = cli(*argv)
    assert code != 0 and words in err and len(err.strip().splitlines()) == 1
    assert cli("spend", "list", "--format", "json")[1] == before


@pytest.mark.parametrize("lang, header", [("zh_CN", "来源,新线索,已联系率"),
                                          ("en", "Source,New leads,Contacted %")])
def test_out_writes_the_windows_file_in_the_windows_language(cli, tmp_path, monkeypatch, lang,
                                                             header):
    """On a Chinese machine `report --out` wrote English headers and notes to the file a
    salesperson opens in Excel/WPS, unlike the window's Export and the call sheet; and a PDF
    (the window's third export) was refused."""
    import subprocess

    monkeypatch.setenv("CONTACT_BOOK_LANG", lang)
    target = tmp_path / "r.csv"
    assert cli("report", "sources", "--period", "2026Q4", "--out", str(target))[0] == 0
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith(header)
    assert ("合计" if lang == "zh_CN" else "Total") in text
    pdf = tmp_path / "r.pdf"
    assert cli("report", "funnel", "--period", "2026Q4", "--out", str(pdf))[0] == 0
    shown = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert ("漏斗" if lang == "zh_CN" else "Funnel") in shown and "2026Q4" in shown


def test_out_with_another_suffix_is_refused_and_writes_nothing(cli, tmp_path):
    target = tmp_path / "r.txt"
    code, _, err = cli("report", "sources", "--period", "2026Q4", "--out", str(target))
    assert code != 0 and "needs a .csv, .xlsx or .pdf name" in err
    assert not target.exists()


def test_every_period_the_help_names_is_one_and_every_named_one_is_there():
    """``report --period``'s help lists the periods a salesperson can type (the named ones
    all, ``last-year`` included), and each of them parses."""
    import argparse
    from datetime import date

    from desktop_app.commands import report_cmd
    from desktop_app.core.reports import periods

    parser = argparse.ArgumentParser()
    report_cmd.register(parser.add_subparsers(), argparse.ArgumentParser(add_help=False))
    sub = parser._subparsers._group_actions[0].choices["report"]
    text = next(a.help for a in sub._actions if a.dest == "period")
    listed = text.split(" (default")[0].split(", or in Chinese")[0].split(", ")
    for word in listed:
        periods.parse(word, date(2026, 11, 15))
    assert {w for w in periods.RELATIVE if w.isascii()} <= set(listed)
