"""Why leads are lost: a short list the user extends (kept with the data, ``setting`` table)."""
from __future__ import annotations

import json

from desktop_app.core.contacts import naming_tag
from desktop_app.core.errors import ValidationError
from desktop_app.core.storage import preferences

KEY = "lost_reasons"
DEFAULT = ("价格", "竞品", "无预算", "联系不上", "其他")


def reasons() -> list[str]:
    stored = preferences.get(KEY)
    if stored is None:
        return list(DEFAULT)
    return list(json.loads(stored))


def add(reason: str) -> list[str]:
    """Add a reason to the list (kept once); returns the list."""
    reason = naming_tag.clean_field(reason or "")
    if not reason:
        raise ValidationError("reason", "A reason cannot be empty.")
    current = reasons()
    if reason not in current:
        current.append(reason)
        preferences.put(KEY, json.dumps(current, ensure_ascii=False))
    return current
