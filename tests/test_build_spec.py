"""build.spec, read without building the bundle: it is run with PyInstaller's helpers and
build steps replaced by stand-ins (``collect_submodules`` as PyInstaller's own: the package
imported, then each (sub)package's modules as ``pkgutil`` lists them), and what it hands to
``Analysis`` is checked. A module that only ``importlib`` reaches (the command table) is found
by no import statement: the bundle has it only if the spec names it."""
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.commands import MODULES

ROOT = Path(__file__).resolve().parent.parent

RUN_SPEC = r"""
import importlib.util, json, pkgutil, sys, types
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

def package_dir(name):
    return Path(importlib.util.find_spec(name).submodule_search_locations[0])

# what PyInstaller's hooks collect from the installed packages, as PyInstaller names the files
# in the bundle: every Qt plugin, Qt library (and its link beside libpython), Qt translation,
# holidays' catalogs; the phonenumbers modules named below
SITE = package_dir("PySide6").parent
QT = package_dir("PySide6") / "Qt"
HOOKED = ("egldeviceintegrations", "generic", "iconengines", "imageformats", "networkinformation",
          "platforminputcontexts", "platforms", "platformthemes", "printsupport", "tls",
          "wayland-decoration-client", "wayland-graphics-integration-client",
          "wayland-shell-integration", "xcbglintegrations")  # the hook's, for the modules we use
BINARIES = [(str(f.relative_to(SITE)), str(f), "BINARY")
            for folder in [*("plugins/" + h for h in HOOKED), "lib"]
            for f in sorted((QT / folder).rglob("*.so*"))]
LINKS = [(f.name, str(f.relative_to(SITE)), "SYMLINK") for f in sorted((QT / "lib").glob("*.so*"))]
DATAS = [(str(f.relative_to(package_dir(package).parent)), str(f), "DATA")
         for package, pattern in (("PySide6", "Qt/translations/*.qm"),
                                  ("holidays", "locale/*/LC_MESSAGES/*.mo"),
                                  ("desktop_app", "translations/*.qm"))
         for f in sorted(package_dir(package).glob(pattern))]
PHONENUMBERS = ["phonenumbers", "phonenumbers.phonenumberutil", "phonenumbers.data",
                "phonenumbers.data.region_CN", "phonenumbers.shortdata",
                "phonenumbers.shortdata.region_CN", "phonenumbers.geocoder",
                "phonenumbers.geodata", "phonenumbers.geodata.data0", "phonenumbers.carrier",
                "phonenumbers.carrierdata", "phonenumbers.carrierdata.data0",
                "phonenumbers.timezone", "phonenumbers.tzdata", "phonenumbers.tzdata.data0"]

class Analysis:
    def __init__(self, scripts, **options):
        seen.update(options, scripts=scripts)
        custom = [(Path(h).stem, h, "PYSOURCE") for h in options.get("runtime_hooks", [])]
        self.scripts = custom + [(h, "/hooks/%s.py" % h, "PYSOURCE") for h in RTHOOKS] + [
            ("__main__", scripts[0], "PYSOURCE")]
        self.pure = [("peewee", "/site/peewee.py", "PYMODULE")] + [
            (name, "/site/%s.py" % name.replace(".", "/"), "PYMODULE") for name in PHONENUMBERS]
        self.binaries, self.datas = list(BINARIES), DATAS + LINKS

built = {"exe": [], "collect": []}

def step(*args, **options):
    return None

def EXE(*args, **options):
    built["exe"].append(options)
    return options["name"]

def COLLECT(*args, **options):  # makes the folder, as PyInstaller does
    built["collect"].append({"exe": [arg for arg in args if isinstance(arg, str)],
                             "strip": options.get("strip", False)})
    Path(DISTPATH, options["name"]).mkdir(parents=True)

spec, DISTPATH, sys.platform = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
namespace = {"SPECPATH": str(spec.parent), "DISTPATH": DISTPATH, "Analysis": Analysis,
             "PYZ": step, "EXE": EXE, "COLLECT": COLLECT, "__name__": "__main__"}
exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
a = namespace["a"]
cli = Path(DISTPATH, "contact-book", "contact-book-cli")
print(json.dumps({"hiddenimports": seen["hiddenimports"], "datas": seen["datas"],
                  "excludes": seen.get("excludes", []),
                  "runtime_hooks": seen.get("runtime_hooks", []),
                  "start": [name for name, _, _ in a.scripts], "archive": a.pure,
                  "binaries": [dest for dest, _, _ in a.binaries],
                  "collected": [dest for dest, _, kind in a.datas if kind != "SYMLINK"],
                  "links": {dest: target for dest, target, kind in a.datas if kind == "SYMLINK"},
                  "exe": [{k: o.get(k) for k in ("name", "console", "strip")} for o in built["exe"]],
                  "collect": built["collect"],
                  "cli_link": str(cli.readlink()) if cli.is_symlink() else None}))
"""


def run_spec(distpath, platform):
    out = subprocess.run([sys.executable, "-c", RUN_SPEC, str(ROOT / "build.spec"), str(distpath),
                          platform], check=False, capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    return run_spec(tmp_path_factory.mktemp("dist"), "linux")


@pytest.fixture(scope="module")
def windows(tmp_path_factory):
    return run_spec(tmp_path_factory.mktemp("dist"), "win32")


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
    archive = [entry for entry in analysis["archive"] if not entry[0].startswith("phonenumbers")]
    assert archive == [["peewee", "/site/peewee.py", "PYMODULE"]] + [
        [f"_deferred_{hook}", f"/hooks/{hook}.py", "PYMODULE"] for hook in (
            "pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_pyside6", "pyi_rth_multiprocessing")]


# --- what the bundle leaves out (build.spec's EXCLUDES, UNUSED, UNUSED_MODULES) ---------------

def test_of_qts_own_translations_only_the_one_the_app_loads_ships(analysis):
    """The PySide6 hook collected Qt's translations in ~99 languages (7 MB); the app loads
    qtbase_zh_CN (Qt's dialogs and standard buttons) and its own catalog, nothing else."""
    from desktop_app.app import install_translator

    loads = inspect.getsource(install_translator)
    assert '"qtbase_zh_CN"' in loads and "qt_zh_CN" not in loads and "qt_help" not in loads
    qt = [d for d in analysis["collected"] if d.startswith("PySide6/") and d.endswith(".qm")]
    assert qt == ["PySide6/Qt/translations/qtbase_zh_CN.qm"]
    assert "desktop_app/translations/contact_book_zh_CN.qm" in analysis["collected"]


def test_one_zstandard_backend_the_c_one_the_code_imports(analysis):
    """zstandard's default import policy takes backend_c and falls back to cffi only when the
    C extension is missing; the hook collected both (~11 MB each)."""
    import zstandard

    assert zstandard.backend == "cext"
    assert {"zstandard.backend_cffi", "zstandard._cffi"} <= set(analysis["excludes"])
    assert not [m for m in analysis["excludes"] if m in ("zstandard", "zstandard.backend_c")]


def test_phonenumbers_geocoder_carrier_and_time_zone_tables_are_left_out(analysis):
    """The hook collects every submodule (the geocoder's tables: 4.4 MB of the archive); the
    app parses, checks and formats numbers and loads none of the left-out modules."""
    kept = [n for n, _, _ in analysis["archive"] if n.startswith("phonenumbers")]
    assert kept == ["phonenumbers", "phonenumbers.phonenumberutil", "phonenumbers.data",
                    "phonenumbers.data.region_CN", "phonenumbers.shortdata",
                    "phonenumbers.shortdata.region_CN"]
    used = subprocess.run([sys.executable, "-c", (
        "import sys\n"
        "from desktop_app.core.contacts import phones\n"
        "for raw in ('13812345678', '+86 10 6552 9988', '+1 919-676-9515', '12'):\n"
        "    phones.normalize(raw); phones.display(raw); phones.looks_wrong(raw)\n"
        "print(sorted(m for m in sys.modules if m.startswith('phonenumbers')))")],
        check=True, capture_output=True, text=True, cwd=ROOT).stdout
    for left_out in ("geocoder", "geodata", "carrier", "timezone", "tzdata"):
        assert f"phonenumbers.{left_out}" not in used


KEPT_PLUGINS = (
    "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
    "printsupport/libcupsprintersupport.so", "platformthemes/libqgtk3.so",
    "platformthemes/libqxdgdesktopportal.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "wayland-shell-integration/libxdg-shell.so", "xcbglintegrations/libqxcb-glx-integration.so",
    "iconengines/libqsvgicon.so", "imageformats/libqsvg.so",
)


def test_qt_plugins_the_app_never_loads_are_left_out(analysis):
    """Kept: the window systems (xcb, wayland), offscreen (the call sheet without a display),
    printing, the desktop's theme and file dialogs, input methods (ibus: Chinese input), svg
    icons. Left out: framebuffer/EGL/VNC platforms, their input plugins, TLS and network
    information (QtNetwork is only the single-instance socket), pictures the app never reads,
    embedded Wayland shells."""
    plugins = {d.split("/plugins/", 1)[1] for d in analysis["binaries"] if "/plugins/" in d}
    assert set(KEPT_PLUGINS) <= plugins
    assert {p.split("/")[0] for p in plugins} & {
        "egldeviceintegrations", "generic", "tls", "networkinformation"} == set()
    for left_out in ("qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimal", "qjpeg",
                     "qtiff", "qwebp", "qgif", "ivi-shell", "-server"):
        assert [p for p in plugins if left_out in p] == []
    libs = {d.rsplit("/", 1)[1] for d in analysis["binaries"]}
    assert not [lib for lib in libs if "EglFS" in lib or "EglFs" in lib or "WlShell" in lib]
    assert {"libQt6Core.so.6", "libQt6WaylandClient.so.6", "libQt6XcbQpa.so.6"} <= libs
    # a link beside libpython to a Qt library that is left out would dangle
    assert set(analysis["links"].values()) <= set(analysis["binaries"])


def test_of_holidays_catalogs_only_mainland_chinas_ship(analysis):
    """Only mainland China's dates are read (core/followup/workdays.py); the names of every
    country's holidays in every language were 4.7 MB."""
    mo = [d for d in analysis["collected"] if d.startswith("holidays/")]
    assert mo and {d.rsplit("/", 1)[1] for d in mo} == {"CN.mo"}
    assert "holidays/locale/zh_CN/LC_MESSAGES/CN.mo" in mo


def test_one_executable_and_contact_book_cli_a_link_to_it_outside_windows(analysis, windows):
    """The console flag matters on Windows only; elsewhere a second executable was a second
    copy of the module archive (13 MB): one console executable (what contact-book-cli was on
    macOS) and a link. Both documented names stay."""
    assert analysis["exe"] == [{"name": "contact-book", "console": True, "strip": True}]
    assert analysis["collect"] == [{"exe": ["contact-book"], "strip": True}]
    assert analysis["cli_link"] == "contact-book"
    assert windows["exe"] == [{"name": "contact-book", "console": False, "strip": False},
                              {"name": "contact-book-cli", "console": True, "strip": False}]
    assert windows["collect"] == [{"exe": ["contact-book", "contact-book-cli"], "strip": False}]
    assert windows["cli_link"] is None
