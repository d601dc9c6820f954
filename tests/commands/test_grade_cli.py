"""`grade rules` and `grade apply` name a grade's procedure as the salesperson knows it (its
cadence template's name), with the key beside it for --procedure."""


def test_the_procedures_are_named_by_their_templates(cli):
    code, out, _ = cli("grade", "rules")
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("procedures:"))
    assert line == ("procedures: A -> 21天成交 (close-21), B -> 黄金七天 (golden-week), "
                    "C -> 长期培育 (nurture)")


def test_apply_says_which_procedure_started(cli):
    assert cli("add", "--tag", "上海-华信-咨询-5万-叶辉-经理-知乎", "--phone", "13812345678")[0] == 0
    assert cli("bulk", "--all", "--set", "grade=C")[0] == 0
    code, out, _ = cli("grade", "apply", "--filter", "叶辉")
    assert code == 0
    assert "长期培育 (nurture): started for 1 lead" in out.splitlines()


def test_the_content_report_has_headers_says_how_it_fills_and_that_it_is_all_time(cli):
    """The salesperson saw 'content  kind  sent  replies ...' (lower-case keys) over nothing,
    and --period 2026-11 was taken without a word although it changes nothing."""
    code, out, err = cli("report", "content", "--period", "2026-11")
    assert code == 0
    assert out.splitlines()[0] == "Content report"  # a title, as the other reports have
    assert out.splitlines()[1].split() == ["Content", "Kind", "Sent", "Replies", "Reply",
                                           "rate", "Won", "deals", "Won", "value"]
    assert "No content pieces yet" in out and "all time" in err
    assert cli("content", "add", "华信案例", "--kind", "案例")[0] == 0
    code, out, err = cli("report", "content")
    assert code == 0 and err == "" and "No content pieces yet" not in out
    assert out.splitlines()[3].split() == ["华信案例", "案例", "0", "0", "—", "0", "0"]


def test_the_content_report_writes_json_csv_and_a_file_as_the_other_reports(cli, tmp_path):
    """`report content --format json`, `--format csv` and `--out FILE` printed the table: the
    file was never written, and nothing said so (exit 0)."""
    import csv
    import json

    assert cli("add", "--tag", "上海-华信-咨询-5万-叶辉-经理-知乎", "--phone", "13812345678")[0] == 0
    assert cli("content", "add", "华信案例", "--kind", "案例")[0] == 0
    assert cli("log", "--filter", "叶辉", "--channel", "微信", "--outcome", "已回复",
               "--content", "华信案例", "--at", "2026-11-20 10:00")[0] == 0
    code, out, _ = cli("report", "content", "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"id": 1, "name": "华信案例", "kind": "案例", "sent": 1,
                                "replies": 1, "reply_rate": 1.0, "won": 0, "won_value": 0}]
    code, out, _ = cli("report", "content", "--format", "csv")
    assert code == 0 and list(csv.reader(out.splitlines()))[1][:4] == ["华信案例", "案例", "1", "1"]
    path = tmp_path / "content.csv"
    code, _, err = cli("report", "content", "--out", str(path))
    assert code == 0 and f"Wrote {path}" in err
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Content" and rows[1][:5] == ["华信案例", "案例", "1", "1", "100.0%"]
