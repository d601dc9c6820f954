"""The columns of our CSV/xlsx export, in order. Import recognises these headers, so a round
trip (export -> import) needs no mapping; the vCard reader produces rows under them too."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Col:
    field: str
    header: str


COLUMNS = (
    Col("tag", "标签"),
    Col("city", "城市"),
    Col("company", "公司"),
    Col("product", "产品"),
    Col("deal_size", "销售额"),
    Col("name", "姓名"),
    Col("title", "职位"),
    Col("source", "来源"),
    Col("tag_extra", "附加标签"),
    Col("phones", "电话"),  # "label: number" entries, one per line
    Col("email", "邮箱"),
    Col("wechat", "微信"),
    Col("stage", "阶段"),  # the Chinese label (线索, 已联系, ...)
    Col("notes", "备注"),
    Col("created_at", "创建时间"),
    Col("updated_at", "更新时间"),
    Col("id", "ID"),
)
HEADERS = tuple(c.header for c in COLUMNS)
_INDEX = {c.field: i for i, c in enumerate(COLUMNS)}


def index(field: str) -> int:
    return _INDEX[field]


def is_own(headers: list[str]) -> bool:
    """Headers of a file our export wrote (maybe with a column or two removed in Excel)."""
    present = {h.strip() for h in headers}
    return sum(1 for h in HEADERS if h in present) >= 0.8 * len(HEADERS)
