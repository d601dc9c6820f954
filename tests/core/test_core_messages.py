"""Core messages: English ``str()`` as before, plus a template and values the GUI translates;
and ``tools/core_messages.py`` keeps the list lupdate reads up to date."""
import importlib.util
import pickle
from pathlib import Path

import pytest

from desktop_app.core.followup import agenda
from desktop_app.core.contacts import groups
from desktop_app.core.contacts import stages
from desktop_app.core.errors import (
    BackupError,
    ContactBookError,
    FileUnreadable,
    NotFound,
    ValidationError,
)
from desktop_app.core.transfer.importing import open_source
from desktop_app.core.messages import Message, msg

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("core_messages_tool",
                                                  ROOT / "tools" / "core_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_error_is_english_and_keeps_its_template():
    error = ValidationError("name", "A group named {name!r} already exists.", name="大客户")
    assert str(error) == "A group named '大客户' already exists."
    assert error.template == "A group named {name!r} already exists."
    assert error.values == {"name": "大客户"}
    assert error.field == "name"


@pytest.mark.parametrize("error", [
    NotFound("No group with id {id}.", id=5),
    BackupError("{path} does not exist.", "/tmp/x.sqlite3"),
    ContactBookError("Plain {braces} stay as they are without values."),
])
def test_str_is_the_filled_template(error):
    assert str(error) == error.template.format(**error.values) if error.values else \
        str(error) == error.template
    assert error.message == str(error) and error.message.template == error.template


def test_backup_error_names_its_path():
    error = BackupError("{path} does not exist.", "/tmp/x.sqlite3")
    assert str(error) == "/tmp/x.sqlite3 does not exist."
    assert error.path == "/tmp/x.sqlite3" and error.values == {"path": "/tmp/x.sqlite3"}


def test_raise_sites_keep_their_english(db):
    with pytest.raises(ValidationError) as e:
        stages.stage_code("maybe")
    assert str(e.value).startswith("Unknown stage 'maybe'; use one of ")
    assert e.value.template == "Unknown stage {text!r}; use one of {choices}."
    with pytest.raises(ValidationError) as e:
        agenda.due_term("", "xyz", None)
    assert str(e.value) == ("due:xyz is not understood; write due:today, due:overdue, due:week, "
                            "due:tomorrow, due:none or a date like due:2026-12-01.")
    assert e.value.values == {"value": "xyz"}
    groups.create("大客户", "city:上海")
    with pytest.raises(ValidationError) as e:
        groups.create("大客户", "city:北京")
    assert str(e.value) == "A group named '大客户' already exists."
    assert e.value.values == {"name": "大客户"}


def test_xls_file_message(tmp_path):
    path = tmp_path / "客户.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    with pytest.raises(FileUnreadable) as e:
        open_source(path)
    assert str(e.value) == ("客户.xls is an old Excel .xls file; please save it as .xlsx or CSV "
                            "in Excel or WPS first.")
    assert e.value.values == {"name": "客户.xls"}


def test_a_message_is_its_english_text():
    m = msg("same phone as line {line}", line=12)
    assert m == "same phone as line 12" and isinstance(m, str)
    assert (m.template, m.values) == ("same phone as line {line}", {"line": 12})
    copy = pickle.loads(pickle.dumps(m))
    assert isinstance(copy, Message) and copy.values == {"line": 12}


def test_the_generated_message_list_is_up_to_date():
    tool = _tool()
    modules, problems = tool.collect()
    assert problems == []
    committed = (ROOT / "desktop_app" / "ui" / "common" / "core_messages.py").read_text(encoding="utf-8")
    assert tool.render(modules) == committed, "run: python tools/core_messages.py"
    templates = [t for _, ts in modules for t in ts]
    assert "A group named {name!r} already exists." in templates
    assert "same phone as contact #{id}" in templates  # a msg() in core.transfer.importing
    assert len(templates) > 100


def _core_with_errors(tmp_path):
    """A core folder whose errors.py has the two classes the collector looks for."""
    core = tmp_path / "core"
    core.mkdir()
    (core / "errors.py").write_text(
        "class ContactBookError(Exception):\n"
        "    def __init__(self, message='', /, **values):\n        super().__init__(message)\n"
        "class ValidationError(ContactBookError):\n"
        "    def __init__(self, field, message, /, **values):\n"
        "        super().__init__(message, **values)\n", encoding="utf-8")
    return core


def test_an_f_string_message_is_refused(tmp_path):
    core = _core_with_errors(tmp_path)
    (core / "groups.py").write_text(
        "def check(name):\n"
        "    raise ValidationError('name', f'A group named {name!r} already exists.')\n"
        "def other(name):\n"
        "    raise ValidationError('name', 'A group named {name!r} exists.')\n"
        "def fine(name):\n"
        "    raise ValidationError('name', 'A group named {name!r} exists.', name=name)\n",
        encoding="utf-8")
    modules, problems = _tool().collect(core)
    assert len(problems) == 2
    assert "groups.py:2: an f-string message" in problems[0]
    assert "groups.py:4: no value for {name}" in problems[1]
    assert modules == [("core/groups.py", ["A group named {name!r} exists."])]


def test_a_message_looked_up_in_a_table_of_sentences(tmp_path):
    core = _core_with_errors(tmp_path)
    (core / "forms.py").write_text(
        "TEXT = {'a': 'A needs a name.', 'b': 'B is taken.'}\n"
        "OTHER = {'a': some_call()}\n"
        "def check(code):\n"
        "    raise ValidationError('name', TEXT[code])\n"
        "def bad(code):\n"
        "    raise ValidationError('name', OTHER[code])\n", encoding="utf-8")
    modules, problems = _tool().collect(core)
    assert problems == ["forms.py:6: the message is not a constant template"]
    assert modules == [("core/forms.py", ["A needs a name.", "B is taken."])]
    assert "Another template has this key." in [  # core/followup/templates.py's table
        t for _, ts in _tool().collect()[0] for t in ts]
