"""The CSV import's decode (``encoding.decode_lines``: the guess, and the line-by-line read of a
file mixing UTF-8 and GBK lines) beside a raw ``bytes.decode`` of the same file in the
encoding it is in, for N rows (default 100,000).

    /work/main/.venv/bin/python benchmarks/csv_decode.py [N] [--repeat R]

The ratio is the figure (the machine is noisy). A file in one encoding is still scanned line by
line for lines of the other (a GBK export with a row typed in UTF-8): that scan must stay a
small multiple of the raw decode, not one exception per line.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import median_ms, print_table  # noqa: E402
from desktop_app.core.transfer.importing import encoding as enc  # noqa: E402


def files(n: int) -> dict[str, tuple[bytes, str]]:
    rows = "姓名,手机,公司,备注\n" + "".join(
        f"客户{i}号,139{i:08d},上海第{i}公司,备注{i}\n" for i in range(n))
    gbk_line = "李强,13800001111,北京贸易,x\n".encode("gbk")
    utf8_line = "孙丽,13600003333,杭州商贸,x\n".encode("utf-8")
    return {"UTF-8": (rows.encode("utf-8"), "utf-8"),
            "GBK": (rows.encode("gbk"), "gb18030"),
            "UTF-8 + 1 GBK line": (rows.encode("utf-8") + gbk_line, "utf-8"),
            "GBK + 1 UTF-8 line": (rows.encode("gbk") + utf8_line, "gb18030")}


def main(n: int, repeat: int) -> None:
    out = []
    for label, (data, name) in files(n).items():
        ours = median_ms(lambda: enc.decode_lines(data), repeat)
        raw = median_ms(lambda: data.decode(name, "replace"), repeat)
        out.append([label, f"{ours:.0f}", f"{raw:.0f}", f"{ours / raw:.1f}"])
    print(f"decode of {n:,} rows, median of {repeat} (ms)")
    print_table(["file", "decode_lines", "raw decode", "ratio"], out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    main(args.n, args.repeat)
