"""core.patterns.lazy: a pattern compiled on first use, and the start-up modules' patterns."""
import re
import subprocess
import sys

from desktop_app.core.patterns import lazy


def test_lazy_pattern_matches_as_the_compiled_one():
    pattern = lazy(r"^(\d+)\s*(万|k)?$", re.IGNORECASE)
    compiled = re.compile(r"^(\d+)\s*(万|k)?$", re.IGNORECASE)
    for text in ("30万", "12 K", "x", ""):
        left, right = pattern.match(text), compiled.match(text)
        assert (left and left.groups()) == (right and right.groups())
    assert pattern.sub("-", "1 k") == compiled.sub("-", "1 k")
    assert pattern.pattern == compiled.pattern and pattern.flags == compiled.flags


def test_lazy_pattern_compiles_once_and_keeps_its_methods():
    pattern = lazy(r"a+")
    assert "match" not in vars(pattern)  # nothing compiled yet
    pattern.match("aa")
    assert vars(pattern)["match"] == re.compile(r"a+").match  # a plain attribute from now on


def test_a_bad_pattern_fails_when_used():
    pattern = lazy(r"(")
    try:
        pattern.match("x")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern must raise re.error when used")


def test_start_up_modules_compile_no_pattern_when_they_load():
    """The modules the window loads before its first paint compile their patterns when used
    (``lazy``), not at import: compiling them took ~7 ms of the start. Their dependencies load
    first, so any pattern compiled while they load is theirs."""
    code = (
        "import re, decimal, typing, datetime, functools, collections.abc\n"
        "import desktop_app.core.errors, desktop_app.core.patterns\n"
        "import desktop_app.core.search.pinyin\n"
        "compiled = []\n"
        "original = re._compile\n"
        "def spy(pattern, flags):\n"
        "    compiled.append(pattern)\n"
        "    return original(pattern, flags)\n"
        "re._compile = spy\n"
        "import desktop_app.core.contacts.naming_tag, desktop_app.core.contacts.phones\n"
        "import desktop_app.core.when, desktop_app.core.search.index\n"
        "print(compiled)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]", out
