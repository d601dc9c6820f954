"""`contact-book log` and `contact-book timeline`, in-process through cli.main."""
import json
import time
from datetime import date

import pytest

from desktop_app.core.contacts import editing
from desktop_app.cli import main

TAG = "上海-壹点零壹影响力-咨询-1千万-叶辉-创始人-知乎"
TAG2 = "北京-华信-软件-50万-王芳-采购经理-抖音"


@pytest.fixture
def cli(db_path, capsys, monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is Unix only")
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # local time is what the user types and reads
    time.tzset()
    db_path.parent.mkdir(parents=True, exist_ok=True)  # add creates the database there

    def run(*argv):
        code = main([*argv, "--db", str(db_path)])
        out, err = capsys.readouterr()
        return code, out, err
    yield run
    monkeypatch.undo()
    time.tzset()


def _lines(out):
    return [line.split() for line in out.splitlines()]


def test_log_and_timeline_in_local_time(cli, db):
    day = date(2024, 3, 12)  # any past day: what was added now is newer
    cli("add", "--tag", TAG)
    code, out, err = cli("log", "--contact", "1", "--channel", "电话", "--outcome", "未接",
                         "--at", f"{day} 14:30", "--note", "没人接")
    assert code == 0 and err == ""
    assert out == f"Logged 电话 未接 at {day} 14:30 for 1 contact\n"
    stored = db.execute_sql("SELECT at FROM interaction WHERE kind = 'interaction'").fetchone()[0]
    assert stored == f"{day} 06:30:00"  # UTC
    cli("log", "--contact", "1", "--channel", "wechat", "--outcome", "replied", "--at",
        f"{day} 20:00", "--note", "回复说下周见面", "--next", "发报价")
    cli("log", "--contact", "1", "--channel", "Meeting", "--direction", "in", "--at", str(day))
    code, out, _ = cli("timeline", "1")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    created, *logged = _lines(out)  # added now, so newer than what was logged for the past
    assert created[2:] == ["新建", "线索"]
    assert logged == [
        [str(day), "20:00", "微信", "已回复", "回复说下周见面", "下一步:", "发报价"],
        [str(day), "14:30", "电话", "未接", "没人接"],
        [str(day), "00:00", "会面(收到)"],
    ]
    code, out, _ = cli("timeline", "1", "--channel", "电话")
    assert len(out.splitlines()) == 1 and "没人接" in out
    code, out, _ = cli("timeline", "1", "--limit", "2")
    assert len(out.splitlines()) == 2


def test_timeline_channel_takes_what_log_takes(cli):
    """A behaviour logged by its name (知乎评论) or key is a channel the timeline shows alone;
    so is one archived since (its entries stay); an unknown one is refused as ``log`` does."""
    from desktop_app.core.grading.behaviours import all_behaviours
    from desktop_app.core.timeline.channels import CHANNELS

    cli("add", "--tag", TAG)
    assert cli("log", "--contact", "1", "--channel", "电话", "--note", "打过")[0] == 0
    assert cli("log", "--contact", "1", "--channel", "知乎评论", "--note", "评论了")[0] == 0
    for name in ("知乎评论", "zhihu-comment", "ZHIHU-COMMENT"):
        code, out, err = cli("timeline", "1", "--channel", name)
        assert code == 0 and err == "", name
        assert len(out.splitlines()) == 1 and "知乎评论" in out and "评论了" in out, name
    names = [n for row in CHANNELS for n in row] + [n for b in all_behaviours()
                                                    for n in (b.key, b.name)]
    assert len(names) > len(CHANNELS) * 3  # the behaviours are there
    for name in names:  # every name log accepts, the timeline accepts
        code, _, err = cli("timeline", "1", "--channel", name)
        assert code == 0 and err == "", name
    assert cli("behaviour", "remove", "zhihu-comment")[0] == 0  # archived: it was logged
    code, out, _ = cli("timeline", "1", "--channel", "知乎评论")
    assert code == 0 and "评论了" in out
    code, _, err = cli("log", "--contact", "1", "--channel", "知乎评论")
    assert code == 1 and "Unknown channel or behaviour '知乎评论'" in err
    code, _, err = cli("timeline", "1", "--channel", "抖音评论")
    assert code == 1 and err.startswith("contact-book: Unknown channel or behaviour '抖音评论'")


def test_stage_and_tag_changes_show(cli):
    cli("add", "--tag", TAG)
    editing.update(1, {"stage": "意向", "name": "叶总"})
    _, out, _ = cli("timeline", "1")
    tag_line, stage_line, created_line = _lines(out)
    assert tag_line[2:] == ["命名标签变更", TAG, "→", "上海-壹点零壹影响力-咨询-1千万-叶总-创始人-知乎"]
    assert stage_line[2:] == ["阶段变更", "线索", "→", "意向"]
    assert created_line[2:] == ["新建", "线索"]


def test_group_log_by_filter(cli):
    cli("add", "--tag", TAG)
    cli("add", "--tag", TAG2)
    cli("add", "--tag", "上海-华信-培训-5万-李明-CEO-展会")
    code, out, _ = cli("log", "--filter", "上海", "--channel", "sms", "--outcome", "no-reply",
                       "--at=-3h")
    assert code == 0 and "短信 未回复" in out and "for 2 contacts" in out
    _, out, _ = cli("list", "--format", "json")
    facts = {i["name"]: i["unanswered_count"] for i in json.loads(out)}
    assert facts == {"叶辉": 1, "王芳": 0, "李明": 1}
    code, out, _ = cli("log", "--contact", "1", "--contact", "2", "--channel", "电话",
                       "--outcome", "接通", "--at", "2h ago")
    assert "for 2 contacts" in out
    _, out, _ = cli("list", "--format", "json")
    items = {i["name"]: i for i in json.loads(out)}
    assert items["叶辉"]["unanswered_count"] == 0 and items["王芳"]["last_contacted_at"]
    assert items["李明"]["last_contacted_at"] < items["叶辉"]["last_contacted_at"]


@pytest.mark.parametrize("argv, message", [
    (["log", "--contact", "1", "--channel", "飞鸽"], "Unknown channel"),
    (["log", "--contact", "1", "--channel", "电话", "--outcome", "也许"], "Unknown outcome"),
    (["log", "--contact", "1", "--channel", "备注", "--outcome", "接通"], "no outcome"),
    (["log", "--contact", "9", "--channel", "电话"], "No contact with id 9"),
    (["log", "--contact", "1", "--channel", "电话", "--at", "next week"], "Cannot read the time"),
    (["log", "--contact", "1", "--channel", "电话", "--at", "2999-01-01"], "future"),
    (["log", "--filter", "nobody", "--channel", "电话"], "No contact matches"),
    (["log", "--filter", "  ", "--channel", "电话"], "needs some text"),
    (["timeline", "9"], "No contact with id 9"),
])
def test_errors_are_one_line(cli, argv, message):
    cli("add", "--tag", TAG)
    code, out, err = cli(*argv)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    _, out, _ = cli("timeline", "1")
    assert len(out.splitlines()) == 1  # only "created": nothing was logged


@pytest.mark.parametrize("argv", [["log", "--channel", "电话"],
                                  ["log", "--contact", "1", "--filter", "x", "--channel", "sms"],
                                  ["log", "--contact", "1"]])
def test_usage_errors_are_one_line(db_path, capsys, argv):
    with pytest.raises(SystemExit) as info:
        main([*argv, "--db", str(db_path)])
    err = capsys.readouterr().err
    assert info.value.code == 2 and len(err.strip().splitlines()) == 1


def test_demo_with_interactions(cli):
    code, printed, _ = cli("demo", "--contacts", "60", "--interactions", "900", "--seed", "4")
    assert code == 0 and "900 demo interactions" in printed
    _, out, _ = cli("list", "--format", "json")
    items = json.loads(out)
    assert sum(1 for i in items if i["last_contacted_at"]) > 30
    busiest = max(items, key=lambda i: i["unanswered_count"])
    code, out, _ = cli("timeline", str(busiest["id"]))
    assert code == 0 and len(out.splitlines()) > busiest["unanswered_count"]
    code, _, err = cli("demo", "--contacts", "0", "--interactions", "-1")
    assert code == 1 and "0 or more" in err
