"""The names of contact fields in the import report's sentences ("City: cut to 200 characters",
"a different lead (City 上海, not 北京)"): messages, so the window shows them in its language
(城市 in Chinese). The notes a merge writes ("公司: 阿里巴巴") keep the export's Chinese headers:
they are stored data.
"""
from __future__ import annotations

from desktop_app.core.messages import Message, msg

FIELD_NAMES: dict[str, Message] = {
    "tag": msg("Naming tag"),
    "city": msg("City"),
    "company": msg("Company keyword"),
    "product": msg("Product"),
    "deal_size": msg("Deal size"),
    "name": msg("Name"),
    "title": msg("Title"),
    "source": msg("Source"),
    "tag_extra": msg("Extra tag"),
    "phones": msg("Phones"),
    "email": msg("E-mail"),
    "wechat": msg("WeChat"),
    "stage": msg("Stage"),
    "notes": msg("Notes"),
}


def field_name(field: str) -> Message | str:
    """The field's name for a report sentence; an unknown field as it is."""
    return FIELD_NAMES.get(field, field)
