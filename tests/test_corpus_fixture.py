"""Every test that reads the shared corpus goes through the ``corpus_dir`` fixture
(tests/conftest.py), so a checkout without ``../shared/corpus`` fails them all, saying so, as
the README says, and ``CONTACT_BOOK_NO_CORPUS=1`` skips them all. A test that looked for the
folder itself skipped quietly on a newcomer's clone while the others failed."""
import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _names_corpus(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "CORPUS":
            return True
        if isinstance(node, ast.ImportFrom) and any(a.name == "CORPUS" for a in node.names):
            return True
    return False


def test_only_the_fixture_names_the_corpus_folder():
    offenders = [str(path.relative_to(TESTS)) for path in sorted(TESTS.rglob("*.py"))
                 if path != TESTS / "conftest.py"
                 and _names_corpus(ast.parse(path.read_text(encoding="utf-8")))]
    assert offenders == []


def test_the_check_sees_a_test_that_looks_for_the_folder_itself():
    bypass = ("from tests.conftest import CORPUS\n"
              "def test_x():\n"
              "    if not (CORPUS / 'vcard').is_dir():\n"
              "        return\n")
    assert _names_corpus(ast.parse(bypass))
    assert not _names_corpus(ast.parse("def test_x(corpus_dir):\n    corpus_dir / 'vcard'\n"))
