"""`grade rules` and `grade apply` name a grade's procedure as the salesperson knows it (its
cadence template's name), with the key beside it for --procedure."""
import pytest

from desktop_app.cli import main


@pytest.fixture
def cli(db_path, capsys):
    from desktop_app.core.storage.db import close_database, open_database

    db = open_database(db_path)
    close_database(db, backup=False)

    def run(*argv):
        code = main([*argv, "--db", str(db_path)])
        out, err = capsys.readouterr()
        return code, out, err
    return run


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
    assert "长期培育 (nurture): started for 1 leads" in out.splitlines()
