"""The call sheet in each language: the window's translation loaded as ``app.run`` loads it
(``app.translated``), removed after the test."""
from __future__ import annotations

import pytest


@pytest.fixture
def chinese(qapp, monkeypatch):
    from desktop_app import app

    monkeypatch.setenv(app.LANG_ENV, "zh_CN")
    with app.translated(qapp) as translators:
        assert translators, "contact_book_zh_CN.qm did not load"
        yield


@pytest.fixture
def english(qapp, monkeypatch):
    from desktop_app import app

    monkeypatch.setenv(app.LANG_ENV, "en")
    with app.translated(qapp) as translators:
        assert translators == []
        yield
