"""The user's own cadence templates: reading typed days and keys, key suggestions, running
counts and undelete (core.followup.templates)."""
from datetime import date

import pytest

from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.contacts import records as contacts
from desktop_app.core.followup import templates as ct
from desktop_app.core.followup import touchpoints as tp
from desktop_app.core.followup.cadence import CadenceTemplate
from desktop_app.core.errors import ValidationError

# Step arithmetic on calendar days (the built-ins' setting before issue 14).
pytestmark = pytest.mark.usefixtures("calendar_day_builtins")

MON = date(2026, 11, 23)


@pytest.mark.parametrize("text, days", [
    ("1,3,7", (1, 3, 7)),
    ("1，3，7", (1, 3, 7)),
    ("1、3、7", (1, 3, 7)),
    (" 1 3  7 ", (1, 3, 7)),
    ("1, 3;7", (1, 3, 7)),
    ("１、３、７", (1, 3, 7)),  # full-width digits from a Chinese input method
    ("1,,3,", (1, 3)),
    ("3660", (3660,)),
])
def test_days_are_read_with_any_separator(text, days):
    assert ct.read_days(text) == (days, None)


@pytest.mark.parametrize("text, code", [
    ("", ct.DAYS_EMPTY),
    (" ，、", ct.DAYS_EMPTY),
    ("1,3,x", ct.DAYS_NOT_NUMBERS),
    ("第1天", ct.DAYS_NOT_NUMBERS),
    ("1.5", ct.DAYS_NOT_NUMBERS),
    ("0,3", ct.DAYS_ORDER),
    ("3,1", ct.DAYS_ORDER),
    ("1,3,3", ct.DAYS_ORDER),
    ("-1", ct.DAYS_ORDER),
    ("1,3661", ct.DAYS_TOO_FAR),
    ("99999999999", ct.DAYS_TOO_FAR),
])
def test_bad_days_give_a_code(text, code):
    assert ct.read_days(text) == ((), code)


@pytest.mark.parametrize("name, taken, key", [
    ("复购七天", (), "fu-gou-qi-tian"),
    ("21天成交", (), "21-tian-cheng-jiao"),
    ("7-Day Remarketing", (), "7-day-remarketing"),
    ("重庆 90天", (), "chong-qing-90-tian"),
    ("！！", (), "cadence"),
    ("黄金七天", ("huang-jin-qi-tian", "HUANG-JIN-QI-TIAN-2"), "huang-jin-qi-tian-3"),
])
def test_key_suggestions_are_ascii_and_free(name, taken, key):
    assert ct.suggest_key(name, taken) == key


def test_check_lists_every_problem_and_build_raises_the_first(db):
    draft = ct.Draft("黄金七天", "Golden-Week", "1,x", repeat_every=0, max_retries=6)
    assert ct.check(draft) == [("name", ct.NAME_TAKEN), ("key", ct.KEY_TAKEN),
                               ("days", ct.DAYS_NOT_NUMBERS), ("max_retries", ct.RETRIES_RANGE)]
    golden = cadence_store.find("golden-week")
    assert ct.check(draft, golden.id) == [("days", ct.DAYS_NOT_NUMBERS),
                                         ("max_retries", ct.RETRIES_RANGE)]
    assert ct.check(ct.Draft("", "复购", "1", repeat_every=5000)) == [
        ("name", ct.NAME_EMPTY), ("key", ct.KEY_NOT_ASCII), ("repeat_every", ct.REPEAT_RANGE)]
    with pytest.raises(ValidationError, match="Another template has this name") as caught:
        ct.build(draft)
    assert caught.value.field == "name"
    tpl = ct.build(ct.Draft(" 复购 ", "fu-gou", "1、7、30", repeat_every=0,
                            skip_weekends=True, max_retries=0))
    assert tpl == CadenceTemplate("fu-gou", "复购", (1, 7, 30), None, True, False, 0)
    assert ct.Draft.of(cadence_store.find("nurture").template) == ct.Draft(
        "长期培育", "nurture", "7", 90, False, False, 2)


def test_running_counts_and_undelete(db):
    ids = [contacts.create({"name": n}, ["1381234567" + str(k)])[0]
           for k, n in enumerate(("叶辉", "王芳", "陈静"))]
    new_id, _ = cadence_store.save(CadenceTemplate("mine", "我的", (1, 2)))
    tp.start(ids[:2], "mine", MON)
    tp.start(ids[2], "golden-week", MON)
    golden = cadence_store.find("golden-week").id
    assert ct.running_counts() == {new_id: 2, golden: 1}
    tp.stop(ids[:2])
    assert ct.running_counts() == {golden: 1}
    cadence_store.delete(new_id)
    assert "mine" not in [t.key for t in cadence_store.templates()]
    ct.undelete(new_id)
    assert cadence_store.find("mine").id == new_id  # the same id: history and undo still fit
    cadence_store.delete(new_id)
    cadence_store.save(CadenceTemplate("MINE", "又一个", (1,)))  # took the key meanwhile
    with pytest.raises(ValidationError, match="key"):
        ct.undelete(new_id)
    assert cadence_store.by_id(new_id).deleted
