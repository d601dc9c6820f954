"""The compressed backup file (``.sqlite3.zst``): a header, then the SQLite file, zstd-compressed.

Layout: a zstd *skippable frame* holding ``contact-book-backup`` and a JSON header (schema,
contacts, the uncompressed size, whether the search index is in it, the database's identity
``database_id``: ``identity``), then the database as one
zstd frame (level 3, with a content checksum). Standard zstd tools skip the header frame, so
``zstd -d`` also gives back the SQLite file; ``contact-book restore --extract`` does that and
rebuilds the search index, so the result opens as a database.

Reading checks what can go wrong with a copied or half-written file: the checksum, and the
size the header promised (a truncated frame would otherwise end quietly).
"""
from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import BinaryIO, Callable

import zstandard

from ..errors import BackupError
from ..messages import msg

EXTENSION = ".zst"
LEVEL = 3  # zstd -3: 200 MB -> ~35 MB in ~1 s; higher levels cost far more time for little
_SKIPPABLE = 0x184D2A5B  # one of zstd's 16 skippable-frame magic numbers
_ZSTD = 0xFD2FB528
_TAG = b"contact-book-backup\n"
_CHUNK = 1 << 20


def is_compressed(path: str | os.PathLike) -> bool:
    """Whether the file starts like a zstd stream (ours or a plain one), not like SQLite."""
    with open(path, "rb") as f:
        head = f.read(4)
    return len(head) == 4 and struct.unpack("<I", head)[0] in (_SKIPPABLE, _ZSTD)


def _bad(path, problem) -> BackupError:
    return BackupError("{path} is not a readable Contact Book backup ({problem}).", path,
                       problem=problem)


def _read_header(f: BinaryIO, path) -> dict:
    head = f.read(8)
    if len(head) < 8:
        raise _bad(path, msg("it is cut short"))
    magic, size = struct.unpack("<II", head)
    if magic != _SKIPPABLE or size > 1 << 16:
        raise _bad(path, msg("it is compressed, but not by Contact Book"))
    data = f.read(size)
    if len(data) < size and _TAG.startswith(data[:len(_TAG)]):
        raise _bad(path, msg("it is cut short"))
    if not data.startswith(_TAG):
        raise _bad(path, msg("it is compressed, but not by Contact Book"))
    try:
        header = json.loads(data[len(_TAG):])
    except ValueError as e:
        raise _bad(path, msg("its header is damaged")) from e
    if not isinstance(header, dict) or not all(
            isinstance(header.get(k), int) for k in ("schema", "contacts", "size")):
        raise _bad(path, msg("its header is damaged"))
    return header


def read_header(path: str | os.PathLike) -> dict:
    """``{"schema", "contacts", "size", "search_index", "database_id"}`` without decompressing
    anything (a backup of an earlier version has no ``database_id``)."""
    with open(path, "rb") as f:
        return _read_header(f, path)


def compress(source: Path, out: BinaryIO, header: dict) -> None:
    """Write the header frame and ``source`` (an SQLite file) compressed into ``out``."""
    data = _TAG + json.dumps(header, sort_keys=True).encode()
    out.write(struct.pack("<II", _SKIPPABLE, len(data)) + data)
    cctx = zstandard.ZstdCompressor(level=LEVEL, write_checksum=True)
    with open(source, "rb") as f:
        cctx.copy_stream(f, out, size=os.fstat(f.fileno()).st_size,
                         read_size=_CHUNK, write_size=_CHUNK)


def decompress(path: str | os.PathLike, write: Callable[[bytes], object]) -> dict:
    """Feed the database held in the backup at ``path`` to ``write``, chunk by chunk; returns
    the header. ``BackupError`` when the file is damaged or cut short."""
    with open(path, "rb") as f:
        header = _read_header(f, path)
        reader = zstandard.ZstdDecompressor().stream_reader(f, read_size=_CHUNK,
                                                            read_across_frames=True)
        total = 0
        try:
            while chunk := reader.read(_CHUNK):
                total += len(chunk)
                write(chunk)
        except zstandard.ZstdError as e:
            raise _bad(path, msg("its compressed data is damaged")) from e
    if total != header["size"]:
        raise _bad(path, msg("it is cut short: {got} of {size} bytes", got=f"{total:,}",
                             size=f"{header['size']:,}"))
    return header


def verify(path: str | os.PathLike) -> dict:
    """Read the whole backup (checksum and size), keeping nothing; returns the header."""
    return decompress(path, len)
