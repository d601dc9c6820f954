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
    assert out.splitlines()[0].split() == ["Content", "Kind", "Sent", "Replies", "Reply",
                                           "rate", "Won", "deals", "Won", "value"]
    assert "No content pieces yet" in out and "all time" in err
    assert cli("content", "add", "华信案例", "--kind", "案例")[0] == 0
    code, out, err = cli("report", "content")
    assert code == 0 and err == "" and "No content pieces yet" not in out
    assert out.splitlines()[2].split() == ["华信案例", "案例", "0", "0", "—", "0", "0"]
