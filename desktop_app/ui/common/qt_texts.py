"""Texts of Qt's own dialogs that Qt's zh_CN catalog (qtbase_zh_CN.qm) lacks.

Qt 6 renamed a few of its file dialog labels (a mnemonic was added: "&Look in:") and the
Chinese catalog shipped with PySide6 still has only the old ones, so a Chinese file dialog
read "Look in:" / "Files of type:". Listed here (never called) so that lupdate puts them, in
Qt's own contexts, into our .ts; Qt asks every installed translator, ours included.
``tests/ui/test_one_language.py`` finds any such text that is still English.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
