"""The layout's rules (ARCHITECTURE.md), checked on the source: no Qt in core, no import cycle
between modules (imports inside functions count), no private name imported from another
module, ui never imports the schema, no module over 500 lines."""
import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


SOURCES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, modules=None) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every import in the file, at any
    depth (function-level imports included), relative ones resolved."""
    modules = SOURCES if modules is None else modules
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
                base = ".".join(parts + ([node.module] if node.module else []))
            for a in node.names:
                if f"{base}.{a.name}" in modules:  # `from package import module`
                    found.append((f"{base}.{a.name}", [], node.lineno))
                else:
                    found.append((base, [a.name], node.lineno))
    return found


def graph(modules=None) -> dict[str, set[str]]:
    modules = SOURCES if modules is None else modules
    edges = {}
    for name, path in modules.items():
        targets = set()
        for target, _, _ in imports_of(name, path, modules):
            # importing a.b.c also runs a and a.b: only the module itself is an edge
            if target in modules and target != name:
                targets.add(target)
        edges[name] = targets
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, desktop_app.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop_app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"desktop_app.core pulled in Qt: {out.stdout}"


def test_no_core_source_imports_pyside():
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)
    offenders = [str(p) for p in (PACKAGE / "core").rglob("*.py") if pattern.search(p.read_text())]
    assert offenders == []


def test_no_import_cycles_between_modules():
    found = cycles(graph())
    assert found == [], "import cycles (imports inside functions count):\n" + "\n".join(
        " <-> ".join(c) for c in found)


def test_no_private_name_imported_from_another_module():
    offenders = [f"{name}:{line} imports {n} from {target}"
                 for name, path in SOURCES.items()
                 for target, names, line in imports_of(name, path)
                 for n in names if target.startswith("desktop_app") and n.startswith("_")
                 and not n.startswith("__")]
    assert offenders == []


def test_ui_never_imports_the_schema():
    offenders = [f"{name}:{line}" for name, path in SOURCES.items()
                 if name.startswith("desktop_app.ui")
                 for target, _, line in imports_of(name, path)
                 if target == "desktop_app.core.storage.schema"]
    assert offenders == []


def test_commands_run_no_sql():
    pattern = re.compile(r"\b(execute_sql|\.execute\(|\.select\(|storage\.schema)")
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / "commands").rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_module_over_500_lines():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


# The checks themselves must be able to fail: run them on small made-up packages.

def _package(tmp_path, files: dict[str, str]) -> dict[str, Path]:
    modules = {}
    for rel, text in files.items():
        path = tmp_path / "desktop_app" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        parts = list(Path(rel).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(["desktop_app", *parts])] = path
    return modules


def test_a_cycle_through_a_function_level_import_is_found(tmp_path):
    modules = _package(tmp_path, {
        "__init__.py": "",
        "core/__init__.py": "",
        "core/a.py": "from desktop_app.core import b\n",
        "core/b.py": "def f():\n    from .a import g\n",
        "core/c.py": "from desktop_app.core import a\n",
    })
    assert cycles(graph(modules)) == [["desktop_app.core.a", "desktop_app.core.b"]]


@pytest.mark.parametrize("source, expected", [
    ("from desktop_app.core.x import _hidden\n", ["_hidden"]),
    ("def f():\n    from .x import public, _p\n", ["public", "_p"]),
])
def test_imported_names_are_read_at_any_depth(tmp_path, source, expected):
    modules = _package(tmp_path, {"core/x.py": "", "core/y.py": source})
    found = imports_of("desktop_app.core.y", modules["desktop_app.core.y"], modules)
    assert [n for _, names, _ in found for n in names] == expected
