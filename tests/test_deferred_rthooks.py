"""bundle/deferred_rthooks.py: a PyInstaller run-time hook deferred to the first import of
its module runs as it ran at the start (it imports the module itself, then patches it), once,
and the import that asked for the module gets that very module."""
import runpy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RTHOOKS = runpy.run_path(str(ROOT / "bundle" / "deferred_rthooks.py"), run_name="test")

HOOK = """import sys
LOADED_BEFORE = {module!r} in sys.modules
import {module}
{module}.PATCHED = getattr({module}, "PATCHED", 0) + 1
"""


@pytest.fixture
def modules(tmp_path, monkeypatch):
    """Writes modules into a folder on sys.path; forgets them (and the finder) afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    written = []

    def write(name: str, text: str, package: bool = False) -> None:
        path = tmp_path.joinpath(*name.split("."))
        if package:
            path.mkdir()
            path = path / "__init__.py"
        else:
            path = path.with_suffix(".py")
        path.write_text(text, encoding="utf-8")
        written.append(name)

    yield write
    for name in list(sys.modules):
        if name.split(".")[0] in {w.split(".")[0] for w in written}:
            del sys.modules[name]
    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "_DeferredHooks"]


def install(pending):
    finder = RTHOOKS["_DeferredHooks"](pending)
    sys.meta_path.insert(0, finder)
    return finder


def test_the_hook_runs_at_the_first_import_and_the_import_gets_its_module(modules):
    modules("cb_target", "LOADS = [1]\nLOADS.append(len(LOADS))\n")
    modules("_deferred_cb_hook", HOOK.format(module="cb_target"))
    finder = install({"cb_target": ["_deferred_cb_hook"]})
    assert "cb_target" not in sys.modules

    import cb_target

    assert cb_target.PATCHED == 1 and cb_target.LOADS == [1, 1]  # executed once, patched once
    assert sys.modules["_deferred_cb_hook"].LOADED_BEFORE is False  # the hook loads it, as before
    assert sys.modules["cb_target"] is cb_target is sys.modules["_deferred_cb_hook"].cb_target
    assert type(cb_target.__spec__.loader).__name__ == "SourceFileLoader"  # given back
    assert cb_target.__loader__ is cb_target.__spec__.loader
    assert finder not in sys.meta_path  # nothing left to defer: out of every later import
    import cb_target as again

    assert again is cb_target and again.PATCHED == 1


def test_a_submodule_import_runs_the_hook_of_its_package_first(modules):
    modules("cb_pkg", "NAME = 'pkg'\n", package=True)
    modules("cb_pkg.sub", "import cb_pkg\nSEEN = getattr(cb_pkg, 'PATCHED', 0)\n")
    modules("_deferred_cb_pkg_hook", HOOK.format(module="cb_pkg"))
    modules("cb_other", "")
    finder = install({"cb_pkg": ["_deferred_cb_pkg_hook"], "cb_other": []})

    import cb_pkg.sub

    assert cb_pkg.sub.SEEN == 1 and cb_pkg.PATCHED == 1
    assert finder in sys.meta_path  # cb_other is still to come


def test_a_hook_that_does_not_import_its_module_leaves_the_import_to_the_next_finders(modules):
    modules("cb_target", "VALUE = 'loaded'\n")
    modules("_deferred_cb_hook", "RAN = True\n")
    install({"cb_target": ["_deferred_cb_hook"]})

    import cb_target

    assert cb_target.VALUE == "loaded" and sys.modules["_deferred_cb_hook"].RAN


def test_only_the_hooks_in_the_archive_are_deferred_in_the_table_order():
    prefix, table = RTHOOKS["PREFIX"], RTHOOKS["DEFERRED"]
    archived = {prefix + "pyi_rth_inspect", prefix + "pyi_rth_pyside6", "_other"}
    assert RTHOOKS["pending_hooks"](archived) == {
        "PySide6": [prefix + "pyi_rth_pyside6"], "inspect": [prefix + "pyi_rth_inspect"]}
    assert list(table)[:2] == ["PySide6", "inspect"]


def test_outside_a_bundle_the_hook_file_installs_nothing():
    assert not [f for f in sys.meta_path if type(f).__name__ == "_DeferredHooks"]


def test_without_the_pyinstaller_it_knows_every_hook_runs_at_the_start(modules):
    """If PyInstaller's bootstrap importer is not as the file knows it (here: absent), the
    hooks the archive has run at once, as the bootloader ran them, and no finder is left."""
    modules("_deferred_pyi_rth_pkgutil", "RAN = True\n")  # one of the table's hooks; others absent
    assert "pyimod02_importers" not in sys.modules
    RTHOOKS["_install"]()
    assert sys.modules["_deferred_pyi_rth_pkgutil"].RAN
    assert not [f for f in sys.meta_path if type(f).__name__ == "_DeferredHooks"]
