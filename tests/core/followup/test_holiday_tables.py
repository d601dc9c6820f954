"""The China holiday tables are kept in a file for the installed ``holidays`` package: a
later process reads them without importing the package (~170 ms); another package version
(another source), a damaged file or an unwritable folder only means computing them again."""
import json
import os
import subprocess
import sys
from datetime import date

import pytest

from desktop_app.core.followup import workdays


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(workdays.CACHE_ENV, str(tmp_path / "cache"))
    workdays._china_year.cache_clear()
    yield tmp_path / "cache" / "holidays-cn.json"
    workdays._china_year.cache_clear()


def fresh_process_without_the_package(monkeypatch):
    """What a new process sees, except that the package cannot be asked."""
    workdays._china_year.cache_clear()

    def refuse(year):
        raise ImportError("holidays asked")

    monkeypatch.setattr(workdays, "_computed", refuse)


def test_a_year_is_computed_once_then_read_from_the_file(cache, monkeypatch):
    computed = workdays._computed(2026)
    assert workdays._china_year(2026) == computed
    assert date(2026, 10, 1) in computed[0] and date(2026, 9, 20) in computed[1]
    assert json.loads(cache.read_text())["source"] == workdays._source()
    fresh_process_without_the_package(monkeypatch)
    assert workdays._china_year(2026) == computed  # from the file alone
    with pytest.raises(ImportError):
        workdays._china_year(2031)  # not kept: needs the package


def test_another_package_version_or_a_damaged_file_computes_again(cache, monkeypatch):
    computed = workdays._china_year(2026)
    data = json.loads(cache.read_text())
    data["years"]["2026"] = [["2026-01-05"], []]  # what an older package might have said
    data["source"] = "elsewhere|1|2"
    cache.write_text(json.dumps(data))
    workdays._china_year.cache_clear()
    assert workdays._china_year(2026) == computed  # not the other source's tables
    assert json.loads(cache.read_text())["source"] == workdays._source()
    for damaged in ("{not json", '{"source": %s, "years": {"2026": "x"}}',
                    '{"source": %s, "years": {"2026": [["2026-13-01"], []]}}',
                    '{"source": %s, "years": {"2026": [[1], [], []]}}', "[]"):
        cache.write_text(damaged.replace("%s", json.dumps(workdays._source())))
        workdays._china_year.cache_clear()
        assert workdays._china_year(2026) == computed, damaged


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(workdays.CACHE_ENV, str(blocker / "cache"))  # under a file: no folder
    workdays._china_year.cache_clear()
    try:
        assert workdays._china_year(2026) == workdays._computed(2026)
    finally:
        workdays._china_year.cache_clear()


def test_a_new_process_reads_the_file_without_importing_the_package(cache):
    code = ("import sys; from desktop_app.core.followup import workdays; "
            "print(workdays.is_china_holiday(__import__('datetime').date(2026, 10, 1)), "
            "'holidays' in sys.modules)")
    env = dict(os.environ, **{workdays.CACHE_ENV: str(cache.parent)})
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout
    second = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout
    assert (first.split(), second.split()) == (["True", "True"], ["True", "False"])


def bundle(tmp_path, monkeypatch, *folders):
    """This process as a PyInstaller bundle whose folder holds ``folders``."""
    root = tmp_path / "_internal"
    for folder in folders:
        (root / folder).mkdir(parents=True)
    root.mkdir(exist_ok=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)


def test_a_bundle_keeps_the_tables_by_the_package_version(cache, tmp_path, monkeypatch):
    """A PyInstaller bundle's modules are not files: the package's version (its metadata ships
    in the bundle, build.spec's copy_metadata) is the source, so a bundle reads the tables
    back too."""
    from importlib import metadata

    version = metadata.version("holidays")
    bundle(tmp_path, monkeypatch, "PySide6", f"holidays-{version}.dist-info", "holidays")
    assert workdays._source() == f"holidays {version} (bundle)"
    computed = workdays._china_year(2026)
    assert json.loads(cache.read_text())["source"] == workdays._source()
    fresh_process_without_the_package(monkeypatch)
    assert workdays._china_year(2026) == computed  # from the file alone


def test_a_bundle_built_without_the_package_metadata_keeps_nothing(tmp_path, monkeypatch):
    bundle(tmp_path, monkeypatch, "holidays", "peewee-3.17.dist-info")
    assert workdays._source() is None


def test_a_bundle_reads_its_version_without_importlib_metadata(tmp_path):
    """importlib.metadata (email, zipfile, csv, ...) was ~20 ms of every `due` of the bundle."""
    root = tmp_path / "_internal"
    (root / "holidays-0.109.dist-info").mkdir(parents=True)
    code = ("import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]; "
            "from desktop_app.core.followup import workdays; "
            "print(workdays._source(), 'importlib.metadata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True,
                         text=True, check=True).stdout
    assert out.split("\n")[0] == "holidays 0.109 (bundle) False"
