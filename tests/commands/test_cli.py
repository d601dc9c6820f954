"""The command line, headless: run in-process through cli.main and as a real process."""
import json
import subprocess
import sys
from datetime import date

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.core.contacts import editing

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"




def test_add_then_list_json_has_stable_keys(cli):
    code, out, _ = cli("add", "--tag", TAG, "--phone", "13812345678", "--phone",
                       "办公:021-6123 4567", "--email", "ye@example.cn", "--wechat", "yehui",
                       "--stage", "意向")
    assert code == 0 and out.split("\t") == ["1", TAG + "\n"]
    code, out, _ = cli("list", "--format", "json")
    items = json.loads(out)
    assert len(items) == 1
    item = items[0]
    assert list(item)[:14] == ["id", "city", "company", "product", "deal_size", "deal_value",
                               "name", "title", "source", "tag", "phones", "email", "wechat",
                               "stage"]
    assert item["deal_value"] == 10_000_000 and item["tag"] == TAG and item["stage"] == "interested"
    assert item["phones"] == [
        {"label": "", "number": "13812345678", "e164": "+8613812345678"},
        {"label": "办公", "number": "021-6123 4567", "e164": "+862161234567"},
    ]


def test_add_takes_a_tag_typed_with_spaces(cli):
    code, out, _ = cli("add", "--tag", "上海 远航 咨询 8万 李强 CEO 知乎")
    assert code == 0 and out.endswith("上海-远航-咨询-8万-李强-CEO-知乎\n")


@pytest.mark.parametrize("tag", ["", " - - "])
def test_add_refuses_a_lead_with_nothing_in_it(cli, tag):
    code, out, err = cli("add", "--tag", tag)
    assert (code, out) == (1, "") and "Nothing to add" in err
    assert cli("add", "--tag", tag, "--phone", "13800000001")[0] == 0  # a phone is a lead


@pytest.mark.parametrize("argv, flag", [
    (["due", "--date", "9999-12-31", "--days", "2"], "--date 9999-12-31"),
    (["callsheet", "--date", "0001-01-01", "--pdf", "{tmp}/x.pdf"], "--date 0001-01-01"),
    (["cadence", "start", "--contact", "1", "--template", "golden-week", "--from",
      "9999-12-31"], "--from 9999-12-31"),
])
def test_a_day_far_off_is_refused_naming_the_flag(cli, tmp_path, argv, flag):
    cli("add", "--tag", TAG)
    code, _, err = cli(*[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code == 1 and f"{flag} is out of range: give a day from 1900 to 9998" in err
    assert not (tmp_path / "x.pdf").exists()


def test_add_warns_of_a_lead_with_the_same_phone_and_adds_it_anyway(cli):
    """As the window's duplicate warning (core.contacts.capture.duplicates): the same number
    written another way (+86, spaces, a label) is the same phone."""
    assert cli("add", "--tag", TAG, "--phone", "13812345678")[0] == 0
    assert cli("add", "--tag", "北京-乙-软件-2万-李-CTO-抖音", "--phone", "139 0000 0000")[0] == 0
    code, out, err = cli("add", "--tag", "广州-丙-设备-5万-张-经理-展会",
                         "--phone", "手机:+86 138 1234 5678", "--phone", "13900000000")
    assert code == 0 and out == "3\t广州-丙-设备-5万-张-经理-展会\n"
    assert err.splitlines() == [
        f"warning: #1 {TAG} has the same phone 138 1234 5678; added anyway.",
        "warning: #2 北京-乙-软件-2万-李-CTO-抖音 has the same phone 139 0000 0000; added anyway."]
    code, out, _ = cli("list", "--format", "json")
    assert [c["id"] for c in json.loads(out)] == [3, 2, 1]  # added all the same
    code, out, err = cli("add", "--tag", "深圳-丁-咨询-1万-赵-CEO-知乎", "--phone", "13700000000")
    assert code == 0 and err == ""  # a new number: nothing to say


def test_add_warns_of_a_lead_with_the_same_name_and_company(cli):
    assert cli("add", "--tag", TAG)[0] == 0
    code, out, err = cli("add", "--tag", "上海-壹点零壹影响力-设备-5万-叶辉-CEO-抖音")
    assert code == 0 and out.startswith("2\t")
    assert err == f"warning: #1 {TAG} has the same name and company; added anyway.\n"


def test_list_filter_and_formats(cli):
    cli("add", "--tag", TAG, "--phone", "13812345678")
    cli("add", "--tag", "北京-华信-软件-50万-王芳-采购经理-抖音")
    code, out, _ = cli("list", "--filter", "王芳", "--format", "tsv")
    lines = out.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "city", "company"]
    assert len(lines) == 2 and "王芳" in lines[1] and "叶辉" not in out
    code, out, _ = cli("list", "--filter", "1381234")
    assert "叶辉" in out and "王芳" not in out
    code, out, _ = cli("list", "--format", "json", "--filter", "nothing-matches-this")
    assert json.loads(out) == []
    code, out, _ = cli("list")
    assert "2 contacts" in out
    code, out, _ = cli("list", "--limit", "1")  # how many the filter lists, not how many shown
    assert out.splitlines()[-1] == "1 of 2 contacts"


@pytest.mark.parametrize("argv", [
    ["list", "--filter", "city:"],
    ["export", "--filter", "deal>=abc", "--out", "{tmp}/out.csv"],
    ["callsheet", "--filter", "grade:Z", "--pdf", "{tmp}/sheet.pdf"],
    ["bulk", "--filter", "上海 stage:不存在", "--set", "source=展会"],
])
def test_a_filter_with_a_mistake_is_refused_in_one_line(cli, tmp_path, argv):
    """Not a warning and then every contact (``city:`` alone used to list, export or print
    everyone after a line showing the error's repr)."""
    cli("add", "--tag", TAG)
    cli("add", "--tag", "北京-华信-软件-50万-王芳-采购经理-抖音")
    code, out, err = cli(*[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code == 1 and not out
    assert err.startswith("contact-book: filter: ") and "FilterError" not in err
    assert len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("out*")) and not list(tmp_path.glob("sheet*"))
    code, out, _ = cli("list", "--format", "json")
    assert {c["source"] for c in json.loads(out)} == {"知乎", "抖音"}  # bulk changed nothing


def test_an_exclusion_filter_is_taken_as_typed_at_the_shell(cli):
    """``--filter -stage:流失`` (not ``--filter=...``): argparse took it for an option."""
    cli("add", "--tag", TAG)
    cli("add", "--tag", "北京-华信-软件-50万-王芳-采购经理-抖音", "--stage", "流失")
    for text in ("-stage:流失", "-北京", "-stage:流失 -city:北京"):
        code, out, err = cli("list", "--filter", text, "--format", "tsv")
        assert code == 0 and not err, (text, err)
        assert "叶辉" in out and "王芳" not in out, text


def test_an_import_with_a_report_it_cannot_write_imports_nothing(cli, tmp_path):
    """The bad --report path was found after the import was saved: running the command
    again imported the rows twice."""
    data = tmp_path / "leads.csv"
    data.write_text("姓名,电话\n王五,13800001111\n", encoding="utf-8")
    code, _, err = cli("import", str(data), "--report", str(tmp_path / "nope" / "r.txt"))
    assert code == 1 and "does not exist" in err and len(err.strip().splitlines()) == 1
    assert cli("list")[1].splitlines()[-1] == "0 contacts"


def test_tsv_escapes_tabs_and_newlines(cli):
    cli("add", "--tag", TAG)
    editing.update(1, {"notes": "a\tb\nc"})
    code, out, _ = cli("list", "--format", "tsv")
    assert len(out.splitlines()) == 2


def test_demo_fills_the_database(cli):
    code, out, err = cli("demo", "--contacts", "300", "--seed", "7")
    assert code == 0 and out.startswith("Added 300 demo contacts") and err == ""
    _, out, _ = cli("list", "--format", "json")
    items = json.loads(out)
    assert len(items) == 300
    assert all(i["phones"] and i["name"] and i["city"] for i in items)
    assert len({i["source"] for i in items}) > 5


def test_demo_starts_cadences_so_today_has_calls_due(cli, fixed_today):
    today = fixed_today(date(2026, 12, 3))  # a Thursday
    code, out, err = cli("demo", "--contacts", "600", "--seed", "7")
    assert code == 0 and err == ""
    started = out.splitlines()[1]
    assert started.startswith("Started cadences for ") and "黄金七天" in started
    _, out, _ = cli("due", "--format", "json")
    due = [d for d in json.loads(out) if d.get("days_overdue") is not None]
    assert sum(d["due"] == today.isoformat() for d in due) >= 10
    assert sum(d["days_overdue"] > 0 for d in due) >= 1
    _, out, _ = cli("due", "--date", "2026-12-04", "--days", "7", "--format", "json")
    assert any(d["due"] > today.isoformat() for d in json.loads(out))


def test_demo_without_cadences(cli, fixed_today):
    fixed_today(date(2026, 12, 3))
    code, out, err = cli("demo", "--contacts", "300", "--seed", "7", "--no-cadences")
    assert code == 0 and len(out.splitlines()) == 1 and err == ""
    _, out, _ = cli("due", "--date", "2026-11-01", "--days", "90", "--format", "json")
    assert json.loads(out) == []


@pytest.mark.parametrize("argv, message", [
    (["add", "--tag", TAG, "--stage", "nope"], "Unknown stage"),
    (["add", "--tag", TAG, "--email", "not-an-email"], "not an email"),
    (["demo", "--contacts", "-1"], "0 or more"),
    (["list", "--limit", "0"], "1 or more"),
    (["list", "--limit", "-5"], "1 or more"),
    (["timeline", "1", "--limit", "0"], "1 or more"),
    (["due", "--days", "99999999"], "out of range"),  # (it was "internal error")
    (["add", "--tag", "上海-甲-咨询-99999999999999999999亿-王-CEO-知乎"], None),
])
def test_bad_values_give_one_line(cli, argv, message):
    code, out, err = cli(*argv)
    if message is None:  # accepted as it is (an amount too large for SQLite: not an amount)
        assert code == 0 and not err
        return
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def _run(*argv, env=None):
    return subprocess.run([sys.executable, "-m", "desktop_app", *argv], capture_output=True,
                          text=True, env=env, timeout=60)


def test_process_errors_are_one_line_without_traceback(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 200)
    for argv in (["--bogus"], ["list", "--db", str(junk)], ["list", "--db", str(tmp_path)],
                 ["list", "--format", "xml", "--db", str(junk)]):
        result = _run(*argv)
        assert result.returncode != 0, argv
        assert "Traceback" not in result.stderr, argv
        assert len(result.stderr.strip().splitlines()) == 1, (argv, result.stderr)


def test_newer_schema_refused(tmp_path):
    import sqlite3
    path = tmp_path / "new.sqlite3"
    assert _run("demo", "--contacts", "1", "--db", str(path)).returncode == 0
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    result = _run("list", "--db", str(path))
    assert result.returncode == 1 and "newer Contact Book" in result.stderr
    assert "Traceback" not in result.stderr


def test_env_var_chooses_the_database(tmp_path):
    import os
    env = dict(os.environ, CONTACT_BOOK_DB=str(tmp_path / "env.sqlite3"))
    assert _run("add", "--tag", TAG, env=env).returncode == 0
    assert (tmp_path / "env.sqlite3").exists()
    assert TAG in _run("list", env=env).stdout


def test_version():
    result = _run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_callsheet_defaults_repeated_in_the_parser_agree_with_the_core():
    from desktop_app.commands import callsheet_cmd
    from desktop_app.core.followup import callsheet

    assert callsheet_cmd.DEFAULT_LIMIT == callsheet.DEFAULT_LIMIT
    assert callsheet_cmd.SALESPERSON_ENV == callsheet.SALESPERSON_ENV


def test_settings_keys_repeated_in_the_parser_agree_with_the_core():
    from desktop_app.commands import settings_cmd
    from desktop_app.core.storage import preferences

    assert settings_cmd.KEYS == preferences.KEYS


def test_settings_salesperson_set_show_and_clear(cli, monkeypatch):
    from desktop_app.core.followup import callsheet

    monkeypatch.delenv(callsheet.SALESPERSON_ENV, raising=False)
    # the list shows every preference; first-touches-per-day (issue 14) shows its default
    assert cli("settings") == (0, "salesperson\t\nfirst-touches-per-day\t50\n", "")
    assert cli("settings", "salesperson", "  张  三 ")[0] == 0
    assert cli("settings", "salesperson") == (0, "salesperson\t张 三\n", "")
    assert callsheet.salesperson_name() == "张 三"  # what a scheduled `callsheet` prints
    assert cli("settings", "salesperson", "")[0] == 0
    assert cli("settings") == (0, "salesperson\t\nfirst-touches-per-day\t50\n", "")


@pytest.mark.parametrize("argv, expected", [
    ([], None), (["--db", "x.sqlite3"], "x.sqlite3"), (["--db=y.sqlite3"], "y.sqlite3"),
])
def test_the_window_starts_without_building_the_parser(monkeypatch, argv, expected):
    import desktop_app.app
    from desktop_app import cli
    from desktop_app.core.storage.db import resolve_path

    opened = []
    monkeypatch.setattr(desktop_app.app, "run", lambda path: opened.append(path) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda *a: pytest.fail("parser built"))
    assert cli.main(argv) == 0
    assert opened == [resolve_path(expected)]


def test_other_arguments_still_go_through_the_parser(capsys):
    from desktop_app import cli

    with pytest.raises(SystemExit):
        cli.main(["--db"])  # a missing value: argparse's one-line error
    assert "expected one argument" in capsys.readouterr().err


def test_cadence_template_add_edit_delete(cli):
    code, out, _ = cli("cadence", "template", "add", "--name", "复购七天", "--days", "1、3、7",
                       "--repeat-every", "7", "--skip-weekends", "--retries", "1")
    assert code == 0 and out == ("Added 复购七天 (fu-gou-qi-tian): days 1,3,7, then every 7 days; "
                                 "skips weekends; 1 retry after no answer\n")
    _, out, _ = cli("cadence", "templates", "--format", "json")
    mine = json.loads(out)[-1]
    assert (mine["key"], mine["days"], mine["repeat_every"], mine["skip_weekends"],
            mine["skip_holidays"], mine["max_retries"]) == ("fu-gou-qi-tian", [1, 3, 7], 7,
                                                            True, False, 1)
    cli("add", "--tag", TAG)
    assert cli("cadence", "start", "--contact", "1", "--template", "复购七天")[0] == 0
    code, out, _ = cli("cadence", "template", "edit", "fu-gou-qi-tian", "--days", "1,2",
                       "--repeat-every", "0", "--no-skip-weekends", "--skip-holidays",
                       "--key", "rebuy")
    assert code == 0 and out.splitlines() == [
        "Changed 复购七天 (rebuy): days 1,2; skips holidays; 1 retry after no answer",
        "1 lead runs it: each keeps the date of its next touch; the steps after that follow the "
        "new days, counted from the lead's day 1."]
    code, _, err = cli("cadence", "template", "delete", "rebuy")
    assert code == 1 and "stop them first" in err and len(err.strip().splitlines()) == 1
    cli("cadence", "stop", "--contact", "1")
    assert cli("cadence", "template", "delete", "复购七天") == (0, "Deleted 复购七天 (rebuy)\n", "")
    _, out, _ = cli("cadence", "templates", "--format", "json")
    assert [t["key"] for t in json.loads(out)] == ["golden-week", "close-21", "nurture"]


@pytest.mark.parametrize("argv, message", [
    (["add", "--name", "x", "--days", "1,x"], "whole numbers"),
    (["add", "--name", "x", "--days", "3,1"], "go up"),
    (["add", "--name", "x", "--days", "1", "--retries", "9"], "0 to 5"),
    (["add", "--name", "黄金七天", "--days", "1"], "has this name"),
    (["add", "--name", "x", "--key", "黄金", "--days", "1"], "letters a-z"),
    (["edit", "nurture", "--key", "GOLDEN-week"], "has this key"),
    (["edit", "nope", "--days", "1"], "Unknown cadence template"),
    (["delete", "nope"], "Unknown cadence template"),
])
def test_cadence_template_bad_values_give_one_line(cli, argv, message):
    code, out, err = cli("cadence", "template", *argv)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1 and out == ""


def _parsers(parser, path=()):
    import argparse

    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, child in action.choices.items():
                assert helps.get(name), f"{' '.join((*path, name))} has no help"
                yield from _parsers(child, (*path, name))


def test_each_command_is_registered_by_the_module_that_says_so():
    import argparse

    from desktop_app.commands import MODULES, modules

    for name, commands in MODULES.items():
        sub = argparse.ArgumentParser().add_subparsers()
        (module,) = modules(commands[0])
        module.register(sub, argparse.ArgumentParser(add_help=False))
        assert (module.__name__.rsplit(".", 1)[1], tuple(sub.choices)) == (name, commands)
    assert len(modules(None)) == len(modules("nosuch")) == len(MODULES)


@pytest.mark.parametrize("argv, command", [
    (["due", "--date", "2026-03-02"], "due"), (["--db", "x", "list"], "list"),
    (["--db=x", "cadence", "start"], "cadence"), (["--db", "due", "list"], "list"),
    (["--help"], None), (["--version"], None), ([], None),
])
def test_the_command_word_is_found_before_parsing(argv, command):
    from desktop_app.cli import _command

    assert _command(argv) == command


def test_a_command_builds_only_its_own_parsers_and_help_lists_all(capsys):
    from desktop_app.cli import build_parser

    def commands(parser):
        import argparse

        (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return set(sub.choices)

    assert commands(build_parser("due")) == {"due"}
    assert len(commands(build_parser(None))) == 23
    with pytest.raises(SystemExit):
        main(["nosuch"])
    assert "invalid choice: 'nosuch'" in capsys.readouterr().err


@pytest.mark.parametrize("columns", [60, 120])
def test_help_wraps_to_the_terminal_and_the_parser_keeps_to_argparse_s_public_api(
        columns, monkeypatch, capsys):
    """The help fits $COLUMNS (the formatter is given the width, so argparse need not import
    shutil), through ``formatter_class`` alone: no private method of argparse is overridden
    (``_get_formatter`` changed its signature in Python 3.14)."""
    import argparse

    from desktop_app.cli import _Parser

    monkeypatch.setenv("COLUMNS", str(columns))
    for argv in (["--help"], ["callsheet", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        lines = capsys.readouterr().out.splitlines()
        assert max(map(len, lines)) <= columns - 2
        assert max(map(len, lines)) > columns - 20  # the width is used, not a default 80
    private = {name for name in vars(_Parser) if name.startswith("_")
               and not name.startswith("__") and hasattr(argparse.ArgumentParser, name)}
    assert private == set()


def test_every_option_of_every_command_has_help():
    import argparse

    from desktop_app.cli import build_parser

    missing = [f"{' '.join(path)} {action.option_strings or action.dest}"
               for path, parser in _parsers(build_parser()) for action in parser._actions
               if not action.help and not isinstance(
                   action, (argparse._HelpAction, argparse._VersionAction,
                            argparse._SubParsersAction))]
    assert missing == []


def test_help_says_that_no_command_opens_the_window_and_commands_never_do(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Without a COMMAND it opens the window" in text
    assert "never opens the window" in text


def test_the_bulk_command_offers_what_core_can_set_and_the_grade():
    from desktop_app.commands import bulk_cmd
    from desktop_app.core.contacts import bulk

    assert bulk_cmd.SETTABLE == bulk.SETTABLE + ("grade",)


def test_a_command_process_freezes_its_start_up_objects_and_an_in_process_call_does_not(
        cli, db_path, monkeypatch):
    """``contact-book COMMAND`` (main() reading sys.argv) moves what it loaded before the
    handler runs out of the garbage collector's way (gc.freeze); main(argv) from a caller
    (the tests) leaves the caller's objects alone."""
    import gc

    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert cli("due")[0] == 0 and frozen == []
    monkeypatch.setattr(sys, "argv", ["contact-book", "--db", str(db_path), "due"])
    assert main() == 0 and frozen == [True]


def _due_in_a_process(db_path, stdlib: tuple[str, ...]) -> tuple[str, str, str]:
    """``due --date 2026-03-02`` in a fresh process: (its exit code, its output, the sorted
    list of the app's modules and of ``stdlib`` it had loaded, as text)."""
    probe = ("import sys\nfrom desktop_app.cli import main\n"
             f"code = main(['--db', {str(db_path)!r}, 'due', '--date', '2026-03-02'])\n"
             f"print(code, sorted(m for m in sys.modules if m in {stdlib!r} or "
             "m.startswith('desktop_app.')), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    code, loaded = done.stderr.split(" ", 1)
    return code, done.stdout, loaded

def test_the_due_table_loads_only_what_it_prints_with(cli, db_path):
    """A `due` process (issue #15) imports neither the naming tag's module, the working-day
    calendar, Changes, the projection (a range that ends before today), the other commands'
    modules nor shutil (argparse's formatter asked it for the terminal's width)."""
    assert cli("add", "--tag", TAG, "--phone", "13812345678")[0] == 0
    assert cli("cadence", "start", "--contact", "1", "--template", "golden-week", "--from",
               "2026-03-02")[0] == 0
    code, out, loaded = _due_in_a_process(db_path, ("shutil",))
    assert code == "0" and "黄金七天 · 第1天" in out and "138 1234 5678" in out
    for module in ("shutil", "desktop_app.core.contacts.naming_tag", "desktop_app.core.changes",
                   "desktop_app.core.followup.workdays", "desktop_app.core.followup.projection",
                   "desktop_app.commands.cadence_cmd"):
        assert repr(module) not in loaded, module
    assert "'desktop_app.commands.due_cmd'" in loaded


def test_the_due_table_builds_no_model_dataclass_or_typing(cli, db_path):
    """A `due` table process (issue #15) runs its SQL without peewee (``plain.open_current``:
    no models, no logging, no hashing), names its steps without the template store and the
    cadence arithmetic, and imports neither dataclasses nor typing."""
    assert cli("add", "--tag", TAG, "--phone", "13812345678")[0] == 0
    assert cli("cadence", "start", "--contact", "1", "--template", "golden-week", "--from",
               "2026-03-02")[0] == 0
    assert cli("log", "--contact", "1", "--channel", "call", "--outcome", "no_answer",
               "--note", "没接", "--at", "2026-03-01T10:00")[0] == 0
    code, out, loaded = _due_in_a_process(db_path, ("typing", "dataclasses", "peewee",
                                                    "logging", "hashlib"))
    assert code == "0" and "黄金七天 · 第1天" in out and "电话 未接 没接" in out
    for module in ("typing", "dataclasses", "peewee", "logging", "hashlib",
                   "desktop_app.core.storage.schema", "desktop_app.core.storage.db",
                   "desktop_app.core.followup.cadence",
                   "desktop_app.core.followup.template_store"):
        assert repr(module) not in loaded, module


def test_the_due_table_is_the_same_either_way(cli, db_path):
    """`due` in a process of its own (plain SQL, no peewee) prints what it prints in this one
    (where the models are loaded, so the database is promoted at once)."""
    assert cli("add", "--tag", TAG, "--phone", "13812345678")[0] == 0
    assert cli("cadence", "start", "--contact", "1", "--template", "golden-week", "--from",
               "2026-03-02")[0] == 0
    assert cli("log", "--contact", "1", "--channel", "call", "--outcome", "no_answer",
               "--note", "没接", "--at", "2026-03-01T10:00")[0] == 0
    here = cli("due", "--date", "2026-03-02")
    alone = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db_path), "due",
                            "--date", "2026-03-02"], capture_output=True, text=True, timeout=60)
    assert here[0] == alone.returncode == 0 and here[2] == alone.stderr == ""
    assert here[1] == alone.stdout and "电话 未接 没接" in alone.stdout


class _March2(date):
    """``date`` whose today is 2026-03-02 (``due_cmd.date`` in a test: today is a parameter)."""

    @classmethod
    def today(cls):
        return cls(2026, 3, 2)


def test_a_due_of_today_projects_the_next_steps_without_peewee(cli, db_path, monkeypatch):
    """`due` for a range from today shows the running cadences' projected steps; in a process
    of its own it reads them (templates, leads) in plain SQL: no peewee, no contact records,
    and the same table as here (where the models are loaded)."""
    from desktop_app.commands import due_cmd

    assert cli("add", "--tag", TAG, "--phone", "13812345678")[0] == 0
    assert cli("cadence", "start", "--contact", "1", "--template", "golden-week", "--from",
               "2026-03-02")[0] == 0
    probe = ("import sys, datetime\nimport desktop_app.commands.due_cmd as due_cmd\n"
             "class March2(datetime.date):\n"
             "    @classmethod\n    def today(cls):\n        return cls(2026, 3, 2)\n"
             "due_cmd.date = March2\nfrom desktop_app.cli import main\n"
             f"code = main(['--db', {str(db_path)!r}, 'due', '--date', '2026-03-02', "
             "'--days', '7'])\n"
             "print(code, sorted(m for m in sys.modules if m == 'peewee' or "
             "m.startswith('desktop_app.core.contacts.records') or m.endswith('.schema')), "
             "file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stderr == "0 []\n"
    assert "projected" in done.stdout and "黄金七天 · 第3天" in done.stdout
    monkeypatch.setattr(due_cmd, "date", _March2)
    assert cli("due", "--date", "2026-03-02", "--days", "7") == (0, done.stdout, "")


def test_a_due_table_that_fits_is_not_counted_apart_and_a_longer_one_says_how_many(
        cli, monkeypatch):
    """The table reads its first ``TABLE_ROWS`` touchpoints in one query; only when that many
    came back is the whole range counted (for "N of M")."""
    from desktop_app.commands import due_cmd
    from desktop_app.core.followup import agenda

    for i in range(3):
        assert cli("add", "--tag", f"上海-公司{i}-咨询-1万-张{i}-经理-知乎", "--phone",
                   f"1381234567{i}")[0] == 0
        assert cli("cadence", "start", "--contact", str(i + 1), "--template", "golden-week",
                   "--from", "2026-03-02")[0] == 0
    counted = []
    count = agenda.count
    monkeypatch.setattr(agenda, "count", lambda *a: counted.append(a) or count(*a))
    code, out, _ = cli("due", "--date", "2026-03-02")
    assert code == 0 and out.endswith("\n3 touchpoints\n") and counted == []
    monkeypatch.setattr(due_cmd, "TABLE_ROWS", 3)
    code, out, _ = cli("due", "--date", "2026-03-02")
    assert code == 0 and out.endswith("\n3 touchpoints\n") and len(counted) == 1
    monkeypatch.setattr(due_cmd, "TABLE_ROWS", 2)
    code, out, _ = cli("due", "--date", "2026-03-02")
    assert code == 0 and out.endswith("\n2 of 3 touchpoints\n") and len(counted) == 2
    assert out.count("黄金七天 · 第1天") == 2


def test_a_command_process_collects_nothing_while_starting_and_collects_again_after(
        cli, db_path, monkeypatch):
    """``contact-book COMMAND``: no garbage collection during its start-up (the objects made
    then live until the exit: frozen before the handler), collections again from the handler
    on, whatever way main() ends; an in-process call and the window leave gc alone."""
    import gc

    seen = []
    monkeypatch.setattr(gc, "freeze", lambda: seen.append(gc.isenabled()))
    assert cli("due")[0] == 0 and seen == [] and gc.isenabled()
    monkeypatch.setattr(sys, "argv", ["contact-book", "--db", str(db_path), "due"])
    assert main() == 0 and seen == [False] and gc.isenabled()
    monkeypatch.setattr(sys, "argv", ["contact-book", "--db", str(db_path), "due", "--nosuch"])
    with pytest.raises(SystemExit):
        main()
    assert gc.isenabled()



def test_the_window_reached_through_the_parser_runs_with_garbage_collection(db_path, monkeypatch):
    """``--db X --db X`` is no plain window start (main pauses gc for a command's start-up) but
    opens the window all the same: it must run with gc on, as a session lasts for hours."""
    import gc

    import desktop_app.app

    seen = []
    monkeypatch.setattr(desktop_app.app, "run", lambda path: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr(sys, "argv", ["contact-book", "--db", str(db_path), "--db", str(db_path)])
    assert main() == 0 and seen == [True] and gc.isenabled()

def test_a_reading_command_keeps_sqlites_default_page_cache_a_writing_one_the_windows(
        cli, db_path):
    """Reading commands run each query once: their connection keeps SQLite's 2 MB page cache
    (every page read into a larger one is new memory to fault in: `due` at 100,000 leads
    85 -> 50 ms); writing commands keep the window's 32 MB."""
    from desktop_app.commands.opening import open_to_read, open_to_write
    from desktop_app.core.storage.connection import PRAGMAS
    from desktop_app.core.storage.db import close_database

    assert cli("add", "--tag", TAG, "--phone", "13812345678")[0] == 0
    for opener, size in ((open_to_read, -2000), (open_to_write, PRAGMAS["cache_size"])):
        db = opener(db_path)
        try:
            assert db.execute_sql("PRAGMA cache_size").fetchone()[0] == size, opener
        finally:
            close_database(db, backup=False)
    assert PRAGMAS["cache_size"] == -32000
