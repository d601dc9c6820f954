"""A filter key that is not one names every key a salesperson can use, in the UI's language
(the keys of the reports' links aside); the message in Chinese keeps Chinese punctuation."""
from __future__ import annotations


from desktop_app.core.search import query, stage_terms
from desktop_app.ui.search.filter_bar import error_text

REPORT_KEYS = set(stage_terms.KEYS.values())


def test_an_unknown_key_lists_every_field(language):
    (error,) = query.parse("foo:bar").errors
    text = error_text(error)
    names = {}  # key -> its name in this language
    for name, key in query.KEYS.items():
        if key not in REPORT_KEYS and (name.isascii() == (language == "en")):
            names.setdefault(key, name)
    assert {"grade", "score", "due", "cadence"} <= set(names)
    listed = text.split()
    missing = [name for name in names.values() if not any(name in word for word in listed)]
    assert missing == [], text
    if language == "zh_CN":
        assert "(" not in text and ":" not in text.replace("foo:bar", "")


def test_a_bad_amount_in_chinese_punctuation(language):
    (error,) = query.parse("deal>=abc").errors
    text = error_text(error)
    assert ("（" in text) == (language == "zh_CN") and ("(" in text) == (language == "en")
