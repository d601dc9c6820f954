"""The table printer against a plain oracle: one cell at a time, measured character by
character with unicodedata."""
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.commands.output import table


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown(text: str, max_width: int) -> str:
    if _columns(text) <= max_width:
        return text
    out = ""
    for ch in text:
        if _columns(out + ch) > max_width - 1:
            break
        out += ch
    return out + "…"


def _oracle(headers, rows, max_width):
    cells = [[_shown(str(v), max_width) for v in row] for row in rows]
    widths = [max([_columns(h)] + [_columns(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h + " " * (w - _columns(h)) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join(c + " " * (w - _columns(c)) for c, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


_CELL = st.one_of(st.text(alphabet="ab 上海叶辉　，-…é", max_size=12), st.integers(-5, 5),
                  st.booleans(), st.none(), st.sampled_from([1.0, 0.0, "1", "True"]))


@given(st.integers(1, 4).flatmap(lambda n: st.tuples(
    st.lists(st.text(alphabet="ab名", min_size=1, max_size=4), min_size=n, max_size=n),
    st.lists(st.lists(_CELL, min_size=n, max_size=n), max_size=12))),
    st.integers(3, 8))
def test_table_lines_up_as_the_oracle_does(headers_rows, max_width):
    headers, rows = headers_rows
    assert table(headers, rows, max_width=max_width) == _oracle(headers, rows, max_width)


def test_an_ascii_column_is_measured_by_length_and_a_full_one_is_not_padded(monkeypatch):
    """A column of ASCII texts (phones, days) takes each text's length in one C call, not a
    ``width`` call a text; a column whose texts all fill it is used as it is."""
    from desktop_app.commands import output

    measured = []
    real = output.width
    monkeypatch.setattr(output, "width", lambda text: measured.append(text) or real(text))
    rows = [[f"138 1234 {i:04d}", "张三" if i % 2 else "李四四", "x"] for i in range(300)]
    text = table(["phone", "name", "last"], rows)
    assert text == _oracle(["phone", "name", "last"], rows, 40)
    assert sorted(set(measured) - {"phone", "name", "last"}) == ["张三", "李四四"]
