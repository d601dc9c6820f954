"""File › Import… (Ctrl+I): choose a file, check the columns, choose what duplicates do,
import (after a backup, in a worker, with Cancel), read the report, undo if need be.

Modules: ``wizard`` (the QWizard), one module per page, ``runner`` (the worker, progress and
cancel), ``labels`` (words for the core's codes), ``undo_command`` (Edit › Undo of an import).
They are imported when the wizard first opens, not with the window.
"""


def open_import_wizard(window, path=None):
    """Open the wizard over ``window`` (a MainWindow); None when importing is not possible."""
    from desktop_app.ui.transfer.import_wizard.wizard import open_import_wizard as open_wizard

    return open_wizard(window, path)
