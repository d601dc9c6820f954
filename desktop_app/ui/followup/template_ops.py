"""Undoable writes of cadence templates on the window's undo stack, next to the cadence writes
(``cadence_ops``): each is a one-line call into ``core.followup.template_store``. Undo deletes an added
template, saves a changed one's old values back, or puts a deleted one back
(``cadence_templates.undelete``); the id always stays, so a cadence started with the template
later on the stack still fits."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.followup import template_store as cadence_store
from desktop_app.core.followup import templates as cadence_templates
from desktop_app.core.followup.cadence import CadenceTemplate
from desktop_app.ui.common.undo import Command
from desktop_app.ui.common.words import template_name


class TemplateCommand(Command):
    def __init__(self, ops, text: str, write, unwrite):
        super().__init__(ops, text)
        self._write, self._unwrite = write, unwrite

    def do(self):
        return self._write()

    def undo_write(self):
        return self._unwrite()


class TemplateOps:
    """Add, change and delete templates; expected errors are raised to the caller."""

    def __init__(self, ops):
        self.ops = ops  # undo.Operations: its stack, events and failed signal

    def _run(self, text: str, write, unwrite) -> None:
        command = TemplateCommand(self.ops, text, write, unwrite)
        command.first_do()
        self.ops.stack.push(command)

    def add(self, tpl: CadenceTemplate) -> int:
        added: list[int] = []

        def write():
            if added:  # a redo: the same template again
                return cadence_templates.undelete(added[0])
            template_id, changes = cadence_store.save(tpl)
            added.append(template_id)
            return changes

        text = QCoreApplication.translate("TemplateOps", "Add cadence template %1")
        self._run(text.replace("%1", template_name(tpl)), write, lambda: cadence_store.delete(added[0]))
        return added[0]

    def edit(self, template_id: int, tpl: CadenceTemplate) -> None:
        before = cadence_store.by_id(template_id).template
        text = QCoreApplication.translate("TemplateOps", "Change cadence template %1")
        self._run(text.replace("%1", template_name(tpl)),
                  lambda: cadence_store.save(tpl, template_id)[1],
                  lambda: cadence_store.save(before, template_id)[1])

    def delete(self, template_id: int) -> None:
        name = template_name(cadence_store.by_id(template_id))
        text = QCoreApplication.translate("TemplateOps", "Delete cadence template %1")
        self._run(text.replace("%1", name), lambda: cadence_store.delete(template_id),
                  lambda: cadence_templates.undelete(template_id))
