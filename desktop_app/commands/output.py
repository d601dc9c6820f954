"""Text output helpers: TSV escaping and a table that lines up Chinese (double-width) text."""
from __future__ import annotations

import unicodedata


class _Widths(dict):
    """Columns of each character met so far (2 for East Asian wide and full-width)."""

    def __missing__(self, ch: str) -> int:
        columns = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return columns


_WIDTHS = _Widths()


def width(text: str) -> int:
    """Terminal columns of ``text``. ASCII is its length; other text is summed from a per
    character cache in C (map over a dict): a 4,000-row table of Chinese tags measured 0.42 s
    asking unicodedata for every character, most of a ``due`` run."""
    return len(text) if text.isascii() else sum(map(_WIDTHS.__getitem__, text))


def pad(text: str, size: int) -> str:
    return text + " " * max(0, size - width(text))


def clip(text: str, size: int) -> str:
    if width(text) <= size:
        return text
    out, used = "", 0
    for ch in text:
        w = width(ch)
        if used + w > size - 1:
            break
        out, used = out + ch, used + w
    return out + "…"


def tsv_cell(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace(
        "\r", "\\r")


def table(headers: list[str], rows: list[list[str]], max_width: int = 40) -> str:
    """Aligned columns; a cell wider than ``max_width`` is clipped with "…". Each cell's
    width is measured once."""
    cells = []
    for row in rows:
        out = []
        for value in row:
            text = str(value)
            size = width(text)
            if size > max_width:
                text = clip(text, max_width)
                size = width(text)
            out.append((text, size))
        cells.append(out)
    widths = [max([width(h)] + [r[i][1] for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(text + " " * (w - size) for (text, size), w in zip(r, widths)).rstrip()
              for r in cells]
    return "\n".join(lines)
