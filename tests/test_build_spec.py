"""build.spec, read without building the bundle: it is run with PyInstaller's helpers and
build steps replaced by stand-ins (``collect_submodules`` as PyInstaller's own: the package
imported, then each (sub)package's modules as ``pkgutil`` lists them), and what it hands to
``Analysis`` is checked. A module that only ``importlib`` reaches (the command table) is found
by no import statement: the bundle has it only if the spec names it."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.commands import MODULES

ROOT = Path(__file__).resolve().parent.parent

RUN_SPEC = r"""
import json, pkgutil, sys, types
from pathlib import Path

def collect_submodules(package, filter=lambda name: True, on_error="warn once"):
    found, todo = [], [package]
    while todo:
        name = todo.pop()
        try:
            __import__(name)
        except Exception:
            continue
        paths = getattr(sys.modules.get(name), "__path__", None) or []
        if not paths:
            if name == package:
                found.append(name)
            continue
        modules, subpackages = [name], []
        for _, sub, ispkg in pkgutil.iter_modules(paths, name + "."):
            (subpackages if ispkg else modules).append(sub)
        found += [m for m in modules if filter(m)]
        todo += [s for s in subpackages if filter(s)]
    return sorted(found)

hooks = types.ModuleType("PyInstaller.utils.hooks")
hooks.collect_submodules = collect_submodules
hooks.collect_data_files = lambda package, **kw: [("<data of %s>" % package, package)]
hooks.copy_metadata = lambda package, **kw: [("<metadata of %s>" % package, package)]
for name in ("PyInstaller", "PyInstaller.utils"):
    sys.modules[name] = types.ModuleType(name)
sys.modules["PyInstaller.utils.hooks"] = hooks
seen = {}

RTHOOKS = ["pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_pyside6",
           "pyi_rth_cryptography_openssl", "pyi_rth_multiprocessing"]  # PyInstaller 6.22's

class Analysis:
    def __init__(self, scripts, **options):
        seen.update(options, scripts=scripts)
        custom = [(Path(h).stem, h, "PYSOURCE") for h in options.get("runtime_hooks", [])]
        self.scripts = custom + [(h, "/hooks/%s.py" % h, "PYSOURCE") for h in RTHOOKS] + [
            ("__main__", scripts[0], "PYSOURCE")]
        self.pure = [("peewee", "/site/peewee.py", "PYMODULE")]
        self.binaries, self.datas = [], []

def step(*args, **options):
    return None

spec = Path(sys.argv[1])
namespace = {"SPECPATH": str(spec.parent), "Analysis": Analysis, "PYZ": step, "EXE": step,
             "COLLECT": step, "__name__": "__main__"}
exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
a = namespace["a"]
print(json.dumps({"hiddenimports": seen["hiddenimports"], "datas": seen["datas"],
                  "runtime_hooks": seen.get("runtime_hooks", []),
                  "start": [name for name, _, _ in a.scripts], "archive": a.pure}))
"""


@pytest.fixture(scope="module")
def analysis():
    out = subprocess.run([sys.executable, "-c", RUN_SPEC, str(ROOT / "build.spec")],
                         check=False, capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_every_command_module_of_the_table_is_collected(analysis):
    hidden = set(analysis["hiddenimports"])
    assert {"desktop_app.commands"} | {f"desktop_app.commands.{m}" for m in MODULES} <= hidden


def test_every_module_of_the_package_is_collected(analysis):
    on_disk = {".".join(("desktop_app",) + p.relative_to(ROOT / "desktop_app")
                        .with_suffix("").parts).removesuffix(".__init__")
               for p in (ROOT / "desktop_app").rglob("*.py")}
    assert on_disk - set(analysis["hiddenimports"]) == set()


def test_no_build_tool_is_collected_into_the_bundle(analysis):
    """pypinyin ships its PyInstaller hook (``pypinyin/__pyinstaller/hook-pypinyin.py``,
    which imports PyInstaller): collected as a submodule, it drew PyInstaller itself,
    altgraph and modulegraph into the bundle."""
    assert [m for m in analysis["hiddenimports"] if "__pyinstaller" in m] == []


def test_the_translations_and_the_data_tables_ship(analysis):
    (qm_glob, folder), *rest = analysis["datas"]
    assert folder == "desktop_app/translations"
    assert list(Path(qm_glob).parent.glob(Path(qm_glob).name)) == [
        ROOT / "desktop_app" / "translations" / "contact_book_zh_CN.qm"]
    assert {package for _, package in rest} >= {"pypinyin", "holidays"}


def test_pyinstallers_run_time_hooks_of_pyside6_inspect_pkgutil_multiprocessing_wait(analysis):
    """They ran at every start (Qt loaded for `contact-book --help`: ~190 ms in the bundle, ~50
    pip-installed); bundle/deferred_rthooks.py runs first and imports each of them from the
    archive when the program first imports its module (tests/test_deferred_rthooks.py)."""
    rthooks = ROOT / "bundle" / "deferred_rthooks.py"
    assert analysis["runtime_hooks"] == [str(rthooks)]
    assert analysis["start"] == ["deferred_rthooks", "pyi_rth_cryptography_openssl", "__main__"]
    assert analysis["archive"] == [["peewee", "/site/peewee.py", "PYMODULE"]] + [
        [f"_deferred_{hook}", f"/hooks/{hook}.py", "PYMODULE"] for hook in (
            "pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_pyside6", "pyi_rth_multiprocessing")]
