import subprocess
import sys

import pytest

from desktop_app.core.search import pinyin


@pytest.mark.parametrize("text, expected", [
    ("上海", (("shang", "hai"),)),
    ("叶辉", (("ye", "hui"),)),
    ("重庆", (("chong", "qing"),)),  # heteronym: the phrase dictionary's reading
    ("银行", (("yin", "hang"),)),
    ("吕", (("lv",),)),
    ("58同城", (("tong", "cheng"),)),
    ("上海 分公司", (("shang", "hai"), ("fen", "gong", "si"))),
    ("Acme", ()),
    ("", ()),
])
def test_readings(text, expected):
    assert pinyin.readings(text) == expected


@pytest.mark.parametrize("word, text, expected", [
    ("shanghai", "上海", True),
    ("shangh", "上海", True),
    ("shang", "上海", True),
    ("hai", "上海", True),  # from any character
    ("sh", "上海", True),  # initials (and the start of "shang")
    ("SH", "上海", True),
    ("yh", "叶辉", True),
    ("yehui", "叶辉", True),
    ("yeh", "叶辉", True),
    ("hy", "叶辉", False),
    ("shanghaix", "上海", False),
    ("hais", "上海", False),
    ("chongqing", "重庆", True),
    ("zhongqing", "重庆", False),
    ("lv", "吕布", True),
    ("fgs", "上海 分公司", True),
    ("haif", "上海 分公司", False),  # a run ends at the space
    ("h", "上海", False),  # one letter is not looked up by pinyin
    ("s1", "上海", False),
])
def test_matches(word, text, expected):
    assert pinyin.matches(word, text) is expected


def test_splits_are_every_reading():
    assert set(pinyin.splits("xian")) == {("xian",), ("xi", "an"), ("xia", "n"), ("xi", "a", "n")}
    assert pinyin.splits("yh") == ()  # no syllable "y": only initials can match
    assert ("shang", "hai") in pinyin.splits("shanghai")
    assert pinyin.splits("x1") == ()


def test_syllable_table_is_complete():
    """Every toneless syllable pypinyin can write is in the table queries use."""
    from pypinyin import Style, pinyin_dict
    from pypinyin.style import convert

    written = set()
    for readings in pinyin_dict.pinyin_dict.values():
        for reading in readings.split(","):
            s = convert(reading, Style.NORMAL, strict=True)
            if s.isascii():
                written.add(s)
    assert written <= pinyin.SYLLABLES


def test_query_module_does_not_import_pypinyin():
    code = ("import sys, desktop_app.core.search.query as q; q.parse('shanghai yh 城市:sh'); "
            "print('pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_opening_a_database_does_not_import_pypinyin(tmp_path):
    code = ("import sys; from desktop_app.core.storage.db import open_database; "
            f"open_database({str(tmp_path / 'x.sqlite3')!r}).close(); "
            "print('pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
