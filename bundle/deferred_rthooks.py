"""PyInstaller run-time hook (build.spec): PyInstaller's own run-time hooks for the modules in
``DEFERRED`` run where the program first imports that module, not at every start.

Each of them imports its module and patches it (``pyi_rth_pyside6`` imports PySide6.QtCore
and points Qt at the bundle's plugins; ``pyi_rth_inspect`` reads base_library.zip's names
for ``inspect.getsourcefile``; ``pyi_rth_pkgutil`` and ``pyi_rth_multiprocessing`` patch
their module for the frozen importer). Run at the start they made every ``contact-book``
command load Qt, inspect, zipfile and multiprocessing: ``--help`` took ~150 ms where the same
command of a pip-installed app takes ~50. build.spec takes these hooks out of the start and
puts each into the archive as the module ``_deferred_<hook>``; the finder below imports it
(which runs the hook, as the bootloader ran it) when the program first imports the hook's
module: the hook imports that module itself, in the same order as before, and the import
that asked for it gets the module the hook imported.
"""
import sys

# module -> PyInstaller's run-time hooks that patch it (any other hook still runs at the start)
DEFERRED = {
    "PySide6": ("pyi_rth_pyside6",),
    "inspect": ("pyi_rth_inspect",),
    "pkgutil": ("pyi_rth_pkgutil",),
    "multiprocessing": ("pyi_rth_multiprocessing",),
}
PREFIX = "_deferred_"  # the archive name of a deferred hook: PREFIX + its name


class _Imported:
    """The loader of a module a hook has imported already: the import gets that module."""

    def __init__(self, module):
        self.module = module
        self.loader = module.__spec__.loader

    def create_module(self, spec):
        return self.module

    def exec_module(self, module):  # executed by the hook; the spec gets its loader back
        module.__spec__.loader = self.loader


class _DeferredHooks:
    """First on ``sys.meta_path``: asked for every module not yet imported; acts on the first
    import of a module in ``pending`` ({module: names of the hooks in the archive}), then
    leaves ``sys.meta_path`` when none is left."""

    def __init__(self, pending: dict):
        self.pending = pending

    def find_spec(self, name, path=None, target=None):
        hooks = self.pending.pop(name, None)
        if hooks is None:
            return None
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        for hook in hooks:
            __import__(hook)
        module = sys.modules.get(name)
        if module is None or getattr(module, "__spec__", None) is None:
            return None  # the hooks did not import it: the next finders do
        spec = module.__spec__
        spec.loader = _Imported(module)
        return spec


def pending_hooks(archived) -> dict:
    """{module: [archive names of its hooks]} of the archived hook names, in table order."""
    pending = {}
    for module, hooks in DEFERRED.items():
        names = [PREFIX + hook for hook in hooks if PREFIX + hook in archived]
        if names:
            pending[module] = names
    return pending


def run_now(pending: dict) -> None:
    """Runs every hook of ``pending`` now, as the bootloader would have (a hook the archive
    lacks is left out)."""
    for hooks in pending.values():
        for hook in hooks:
            try:
                __import__(hook)
            except ModuleNotFoundError as error:
                if error.name != hook:
                    raise


def _install() -> None:
    try:
        from pyimod02_importers import get_pyz_toc_tree  # PyInstaller's bootstrap importer

        archived = {name for name in get_pyz_toc_tree() if name.startswith(PREFIX)}
    except Exception:  # not the PyInstaller this file knows: every hook now, as before it
        run_now(pending_hooks({PREFIX + h for hooks in DEFERRED.values() for h in hooks}))
        return
    pending = pending_hooks(archived)
    run_now({m: pending.pop(m) for m in list(pending) if m in sys.modules})  # imported already
    if pending:
        sys.meta_path.insert(0, _DeferredHooks(pending))


if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
    _install()
