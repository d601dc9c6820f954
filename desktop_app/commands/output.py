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
    """Aligned columns; a cell wider than ``max_width`` is clipped with "…". Worked column
    by column (each cell measured once, padded from a list of blanks)."""
    columns = []
    for i, header in enumerate(headers):
        texts = [str(row[i]) for row in rows]
        sizes = list(map(width, texts))
        for j, size in enumerate(sizes):
            if size > max_width:
                texts[j] = clip(texts[j], max_width)
                sizes[j] = width(texts[j])
        columns.append((header, texts, sizes))
    widths = [max([width(h), *sizes]) for h, _, sizes in columns]
    blanks = [" " * n for n in range(max(widths, default=0) + 1)]
    padded = [[t + blanks[w - s] for t, s in zip(texts, sizes)]
              for (_, texts, sizes), w in zip(columns, widths)]
    lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += [line.rstrip() for line in map("  ".join, zip(*padded))]
    return "\n".join(lines)
