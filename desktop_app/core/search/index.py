"""The full-text index behind free words and field terms: one FTS5 row per contact.

Table ``contact_search`` (FTS5, ``rowid`` = contact id, tokenizer ``unicode61``) has a column
per searchable text field, ``phone`` (the digits of every number), one ``<field>_py`` column
per naming-tag field for pinyin, ``state`` (``a`` alive, ``t`` in the trash) and ``stage``
(its code), so that a count never has to visit the contact table. What each column holds (its *document*) is built here
so that every filter word becomes a phrase or a single-term lookup:

* every letter or digit that is not ASCII (a Chinese character) is a token of its own, so a
  Chinese word is a phrase (``"上 海"``), even a 1-character one.
* a run of ASCII letters and digits (lower-cased) becomes its trigrams and its last two and
  last one characters (``acme`` -> ``acm cme me e``): a fragment of three or more characters
  is the phrase of its trigrams, of two a prefix query (``"me" *``); either finds it anywhere
  inside a word (an email, a WeChat id, a product like SaaS, phone digits). The set of the
  field's ASCII characters follows (``a c m e``), so one character is a single term.
* where characters are separated by spaces or punctuation a break token (U+E000) stands
  between their tokens, so a phrase matches only text that touches, as a substring does; a
  word mixing ASCII and Chinese (``B站``, ``58同城``) is one phrase: the tails say where an
  ASCII run ends, the trigrams where it starts.
* ``<field>_py``: per run of Chinese its pinyin syllables, a break, then each pair of
  consecutive initials (``shang hai  0sh``): ``shangh`` is the phrase ``"shang h" *``, ``sh``
  the term ``0sh``. (One letter is not looked up by pinyin: it would match most contacts.)

Upkeep: triggers put the id of every contact whose text, phones, stage or trash state change into
``search_dirty`` (a deleted contact's row is removed by a trigger at once); ``flush()`` rebuilds
those documents. Every write path calls ``flush()`` inside its transaction, so the index never
lags a committed write, and a path that forgot is caught up by the next write that flushes.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from desktop_app.core.patterns import lazy
from desktop_app.core.search import pinyin

TABLE = "contact_search"
# Contact columns indexed as text, each in an FTS column of the same name.
TEXT_COLUMNS = ("city", "company", "product", "deal_size", "name", "title", "source",
                "tag_extra", "email", "wechat", "notes")
PINYIN_FIELDS = ("city", "company", "product", "name", "title", "source", "tag_extra")
PINYIN_COLUMNS = tuple(f + "_py" for f in PINYIN_FIELDS)
FREE_COLUMNS = TEXT_COLUMNS + ("phone",)  # where a free word is looked for (and PINYIN_COLUMNS)
COLUMNS = FREE_COLUMNS + PINYIN_COLUMNS + ("state", "stage")
BREAK = "\ue000"  # a private-use character: a token to unicode61, never part of a query
INITIALS = "0"  # marks a pair of initials, so that it never equals a syllable
ALIVE, TRASHED = "a", "t"


_TOKEN = lazy(r"(?P<ascii>[0-9A-Za-z]+)|[^\W_]")


def scan(text: str) -> Iterator[tuple[str, bool]]:
    """``(token, gap_before)``: ASCII alnum runs (lower-cased) and single other alnum chars;
    ``gap_before`` says that other characters stand between it and the previous token."""
    end = 0
    for m in _TOKEN.finditer(text):
        yield (m.group().lower() if m.lastgroup else m.group()), m.start() != end
        end = m.end()


def grams(word: str) -> list[str]:
    """``acme`` -> ``['acm', 'cme', 'me', 'e']``: an ASCII word's trigrams and its tails."""
    return [word[i:i + 3] for i in range(len(word))]


def text_document(text: str) -> str:
    """The indexed text of one field (see the module docstring)."""
    # Short values (cities, companies, names: they repeat) are cached; notes are not.
    return _cached_text_document(text) if len(text) <= 32 else _text_document(text)


@lru_cache(maxsize=1 << 15)
def _cached_text_document(text: str) -> str:
    return _text_document(text)


def _text_document(text: str) -> str:
    out: list[str] = []
    chars: dict[str, None] = {}
    for token, gap in scan(text):
        if gap and out:
            out.append(BREAK)
        if token.isascii():
            out.extend(grams(token))
            chars.update(dict.fromkeys(token))
        else:
            out.append(token)
    if chars:
        out.append(BREAK)
        out.extend(chars)
    return " ".join(out)


# Pinyin is looked up in the first characters of a field only: converting grows faster than
# the text (1 MB took 8 s), and a long value (a naming-tag field is at most 200 characters
# when imported) is found by its beginning.
MAX_PINYIN_TEXT = 1000


def pinyin_document(text: str) -> str:
    """Per run of Chinese: its syllables, a break, the pairs of its initials (``0sh``)."""
    return _pinyin_document(text[:MAX_PINYIN_TEXT])


@lru_cache(maxsize=1 << 16)
def _pinyin_document(text: str) -> str:
    runs = []
    for syllables in pinyin.readings(text):
        initials = "".join(s[0] for s in syllables)
        pairs = [INITIALS + initials[i:i + 2] for i in range(len(initials) - 1)]
        runs.append(" ".join([*syllables, BREAK, *pairs]) if pairs else " ".join(syllables))
    return f" {BREAK} ".join(runs)


def ascii_digits(text: str) -> str:
    """The digits of ``text`` as ASCII (a Chinese keyboard may type full-width ones)."""
    if text.isascii() and text.isdigit():
        return text
    return "".join(str(int(ch)) for ch in text if ch.isdecimal())


def phone_document(digit_strings: Iterable[str]) -> str:
    numbers = (ascii_digits(d) for d in digit_strings)
    return f" {BREAK} ".join(_text_document(d) for d in numbers if d)  # unique: not cached


def document(values: dict, phone_digits: Iterable[str] = (), trashed: bool = False
             ) -> tuple[str, ...]:
    """The FTS row (in ``COLUMNS`` order) of a contact's values and its phones' digits."""
    row = [text_document(values.get(c) or "") for c in TEXT_COLUMNS]
    row.append(phone_document(phone_digits))
    row.extend(pinyin_document(values.get(f) or "") for f in PINYIN_FIELDS)
    row.append(TRASHED if trashed else ALIVE)
    row.append(values.get("stage") or "")
    return tuple(row)


_SELECT = ("SELECT id, deleted_at IS NOT NULL, stage, " + ", ".join(TEXT_COLUMNS)
           + " FROM contact WHERE id IN ({})")
_PHONES = ("SELECT contact_id, digits FROM phone WHERE contact_id IN ({}) "
           "ORDER BY contact_id, position")
_INSERT = (f"INSERT OR REPLACE INTO {TABLE} (rowid, " + ", ".join(COLUMNS) + ") VALUES ("
           + ", ".join("?" * (len(COLUMNS) + 1)) + ")")


def _database(db):
    if db is None:
        from desktop_app.core.storage.schema import database as db
    return db


def refresh(ids: Iterable[int], db=None) -> None:
    """Rebuild the documents of ``ids`` from the contact and phone tables (gone ids: removed)."""
    db = _database(db)
    ids = sorted(set(ids))
    conn = db.connection()
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            numbers: dict[int, list[str]] = {}
            for cid, digits in conn.execute(_PHONES.format(marks), chunk):
                numbers.setdefault(cid, []).append(digits)
            rows = []
            for cid, trashed, stage, *texts in conn.execute(_SELECT.format(marks), chunk):
                values = dict(zip(TEXT_COLUMNS, texts), stage=stage)
                rows.append((cid, *document(values, numbers.get(cid, ()), bool(trashed))))
            conn.executemany(_INSERT, rows)  # REPLACE drops the old document of that rowid
            gone = set(chunk).difference(r[0] for r in rows)
            conn.executemany(f"DELETE FROM {TABLE} WHERE rowid = ?", [(i,) for i in gone])
            conn.execute(f"DELETE FROM search_dirty WHERE id IN ({marks})", chunk)


def flush(db=None) -> int:
    """Re-index every contact the triggers marked as changed; returns how many."""
    db = _database(db)
    ids = [r[0] for r in db.execute_sql("SELECT id FROM search_dirty")]
    if ids:
        refresh(ids, db)
    return len(ids)


def rebuild(db=None) -> int:
    """Re-index every contact (after a change to the document format, or as a repair)."""
    db = _database(db)
    with db.atomic():
        db.execute_sql(f"DELETE FROM {TABLE}")
        db.execute_sql("INSERT OR IGNORE INTO search_dirty (id) SELECT id FROM contact")
        return flush(db)


# --- queries: FTS5 query text for filter words (always passed as an SQL parameter) ----------

def _string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def within(columns: Iterable[str], query: str) -> str:
    return "{" + " ".join(columns) + "} : (" + query + ")"


def state_query(trashed: bool) -> str:
    return within(("state",), TRASHED if trashed else ALIVE)


def _ascii(word: str) -> str:
    """An ASCII fragment anywhere in a word: trigram phrase, 2-letter prefix or 1-letter term."""
    if len(word) >= 3:
        return _string(" ".join(word[i:i + 3] for i in range(len(word) - 2)))
    return _string(word) + (" *" if len(word) == 2 else "")


def _pinyin(word: str) -> list[str]:
    """Whole syllables then the start of one more (each way to split it), or the initials:
    the alternatives, any of which finds the word."""
    pairs = " ".join(INITIALS + word[i:i + 2] for i in range(len(word) - 1))
    alternatives = [_string(pairs)]
    alternatives += [_string(" ".join(parts)) + " *" for parts in pinyin.splits(word)]
    return alternatives


def _phrase(tokens: list[tuple[str, bool]]) -> str:
    """Touching tokens of a word (Chinese characters and ASCII runs) as one phrase."""
    items: list[str] = []
    last = len(tokens) - 1
    for i, (token, _) in enumerate(tokens):
        if not token.isascii():
            items.append(_string(token))
        elif i == 0 or i < last:  # ends a run (first) or is a whole run (middle): its grams
            items.extend(_string(g) for g in grams(token))
        elif len(token) >= 3:  # starts a run (last): its trigrams
            items.extend(_string(token[j:j + 3]) for j in range(len(token) - 2))
        else:
            items.append(_string(token) + " *")
    return " + ".join(items)


def word_query(word: str, columns: Iterable[str] = FREE_COLUMNS,
               pinyin_columns: Iterable[str] = PINYIN_COLUMNS) -> tuple[str | None, bool]:
    """``(query, exact)`` for a word that must appear as a substring in one of ``columns``.

    ``exact``: the query finds exactly the contacts holding the substring (or, for a word of
    ASCII letters, its pinyin in ``pinyin_columns``). Otherwise (a word holding spaces or
    punctuation) it finds a superset for the caller to narrow with LIKE. ``None`` when the
    word has no letter or digit: nothing to look up.
    """
    tokens = list(scan(word))
    if not tokens:
        return None, False
    columns = tuple(columns)
    if all(ch.isalnum() for ch in word):
        if len(tokens) > 1 or not tokens[0][0].isascii():
            return within(columns, _phrase(tokens)), True
        token = tokens[0][0]
        ascii_query = _ascii(token)
        pinyin_columns = tuple(pinyin_columns)
        if not (pinyin_columns and pinyin.is_pinyin_word(token) and len(token) >= 2):
            return within(columns, ascii_query), True
        alternatives = _pinyin(token)
        if ascii_query in alternatives:
            # two letters ("sh"): the same prefix query in both sets of columns, run as one
            # (FTS5 walks a prefix's terms once per phrase, whatever its columns)
            alternatives.remove(ascii_query)
            columns += tuple(c for c in pinyin_columns if c not in columns)
        spelled = within(pinyin_columns, " OR ".join(alternatives))
        return f"{within(columns, ascii_query)} OR {spelled}", True
    groups: list[str] = []
    run: list[tuple[str, bool]] = []
    for token, gap in tokens + [("", True)]:
        if run and gap:
            groups.append(_phrase(run) if len(run) > 1 else _ascii(run[0][0])
                          if run[0][0].isascii() else _string(run[0][0]))
            run = []
        run.append((token, gap))
    return within(columns, " AND ".join(groups)), False


def digits_query(digits: str) -> str:
    """Contacts with a phone number whose digits contain ``digits``."""
    return within(("phone",), _ascii(digits))
