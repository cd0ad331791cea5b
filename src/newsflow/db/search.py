"""Full-text search over the articles, in any script, and the data that lets SQL fold a query like Python does.

The articles table stores `folded_key`: title and body folded by `newsflow.normalize.fold` (NFKC, OpenCC hk2s,
case-folded, letters and digits only), so HK, TW and Simplified copies of a text have one key. Search indexes the
character bigrams of that key (`newsflow_bigrams`, a GIN index) and folds the query the same way:

- in Python, with OpenCC itself, when the query comes through `newsflow search` (`search()` below);
- in SQL, inside `newsflow_search(query)`, for psql and BI tools: `newsflow_fold` applies NFKC, then at each
  position the longest phrase or character of the table `fold_map`, then keeps letters and digits
  (`fold_ranges`). Those two tables are data generated from OpenCC by this module: every character that folds
  to something else, and the phrases OpenCC converts otherwise than character by character (復甦 -> 复苏, though
  甦 alone stays). `python -m newsflow.db.search FILE` rewrites the generated end of the migration FILE.

Folding twice is folding once, so a query folded in Python goes through the SQL fold unchanged.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psycopg
from psycopg.rows import class_row

from newsflow.db.connection import DatabaseError
from newsflow.normalize import NOT_ALNUM, fold
from newsflow.script import converter

# -- searching -------------------------------------------------------------------------------------------------

SEARCH = """
SELECT rank, article_id, title, publisher_canonical, published_at, script, uri, story_id, is_canonical, in_title,
       occurrences
  FROM newsflow_search(%(query)s, %(limit)s, %(after)s, %(before)s)
"""


@dataclass(frozen=True)
class SearchHit:
    rank: int  # 1, 2, ...: title matches first, then body matches, newest first in each
    article_id: int
    title: str
    publisher_canonical: str | None
    published_at: datetime | None
    script: str
    uri: str
    story_id: int | None
    is_canonical: bool | None
    in_title: bool
    occurrences: int


def fold_query(query: str) -> str:
    """Each whitespace-separated word folded with OpenCC (phrase-exact), words kept apart."""
    return " ".join(word for word in (fold(w) for w in query.split()) if word)


def search(conn: psycopg.Connection, query: str, limit: int = 20, after: datetime | None = None,
           before: datetime | None = None) -> list[SearchHit]:
    """Ranked articles holding every word of `query`, in any script (newsflow_search)."""
    with conn.cursor(row_factory=class_row(SearchHit)) as cur:
        try:
            cur.execute(SEARCH, {"query": fold_query(query), "limit": limit, "after": after, "before": before})
        except psycopg.errors.UndefinedFunction as exc:
            raise DatabaseError("the database has no newsflow_search: run `newsflow db migrate`") from exc
        return cur.fetchall()


# -- the fold as data --------------------------------------------------------------------------------------------

# the dictionaries of OpenCC's hk2s configuration whose entries are phrases (several characters)
PHRASE_DICTIONARIES = ("TSPhrases", "HKVariantsRevPhrases")
PAIRS_PER_LINE = 12


def alnum_ranges() -> list[tuple[int, int]]:
    """The code point ranges of the characters folding keeps (str.isalnum), surrogates excluded."""
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    for cp in range(0x110001):
        keep = cp < 0x110000 and not 0xD800 <= cp < 0xE000 and chr(cp).isalnum()
        if keep and start is None:
            start = cp
        elif not keep and start is not None:
            ranges.append((start, cp - 1))
            start = None
    return ranges


def fold_chars(ranges: Iterable[tuple[int, int]] | None = None) -> dict[str, str]:
    """Every letter or digit whose fold (hk2s, case-folded, letters and digits only) is something else."""
    chars = [chr(cp) for lo, hi in (ranges or alnum_ranges()) for cp in range(lo, hi + 1)]
    # one character per line: OpenCC converts them in one call, and no phrase spans two of them
    converted = converter("hk2s").convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    folded = {ch: NOT_ALNUM.sub("", s.casefold()) for ch, s in zip(chars, converted, strict=True)}
    return {ch: f for ch, f in folded.items() if f != ch}


def opencc_phrases() -> list[str]:
    """The keys of the phrase dictionaries hk2s uses, read with the `opencc_dict` tool of the opencc wheel."""
    import opencc

    clib = Path(opencc.__file__).resolve().parent / "clib"
    tool, data = clib / "bin" / "opencc_dict", clib / "share" / "opencc"
    env = {**os.environ, "LD_LIBRARY_PATH": str(clib / "lib64")}
    phrases: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for name in PHRASE_DICTIONARIES:
            out = Path(tmp) / f"{name}.txt"
            subprocess.run([str(tool), "-i", str(data / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True, env=env)
            for line in out.read_text(encoding="utf-8").splitlines():
                key = line.split("\t", 1)[0]
                if len(key) > 1:
                    phrases.add(unicodedata.normalize("NFKC", key))
    return sorted(phrases)


def fold_phrases(phrases: Iterable[str], chars: dict[str, str]) -> dict[str, str]:
    """The phrases whose fold differs from folding their characters one by one."""
    found = {}
    for phrase in phrases:
        one_by_one = "".join(chars.get(ch, ch if ch.isalnum() else "") for ch in phrase)
        whole = fold(phrase)
        if whole != one_by_one:
            found[phrase] = whole
    return found


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _values(rows: list[str]) -> Iterator[str]:
    for i in range(0, len(rows), PAIRS_PER_LINE):
        end = ",\n" if i + PAIRS_PER_LINE < len(rows) else ";\n"
        yield ",".join(rows[i:i + PAIRS_PER_LINE]) + end


FOLD_DATA_MARKER = "-- == Fold data: generated by `python -m newsflow.db.search`, do not edit below =="


def fold_data_sql() -> str:
    """The SQL that fills fold_map and fold_ranges from the installed OpenCC, marker line first."""
    ranges = alnum_ranges()
    chars = fold_chars(ranges)
    phrases = fold_phrases(opencc_phrases(), chars)
    head = [
        FOLD_DATA_MARKER,
        f"-- From OpenCC {importlib.metadata.version('opencc')} (hk2s) and the Unicode tables of Python "
        f"{sys.version_info.major}.{sys.version_info.minor}; tests/db/test_consumer.py checks it against",
        "-- newsflow.normalize.fold.",
        "",
        f"-- {len(chars)} characters and {len(phrases)} phrases that fold to something else",
        "INSERT INTO fold_map (source, folded) VALUES",
    ]
    pairs = [f"({_literal(k)},{_literal(v)})" for k, v in sorted({**chars, **phrases}.items())]
    tail = ["", f"-- {len(ranges)} ranges of letters and digits", "INSERT INTO fold_ranges (first_cp, last_cp) VALUES"]
    range_rows = [f"({lo},{hi})" for lo, hi in ranges]
    return "\n".join(head) + "\n" + "".join(_values(pairs)) + "\n".join(tail) + "\n" + "".join(_values(range_rows))


def write_fold_data(migration: Path) -> None:
    """Replace the generated end of a migration (from the marker line) with fold_data_sql()."""
    text = migration.read_text(encoding="utf-8")
    head, marker, _ = text.partition(FOLD_DATA_MARKER)
    if not marker:
        raise ValueError(f"{migration} has no line {FOLD_DATA_MARKER!r}")
    migration.write_text(head + fold_data_sql(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsflow.db.search",
                                     description="Rewrite the generated fold data at the end of a migration.")
    parser.add_argument("migration", type=Path, help="the migration holding the marker line (sql/0005_consumer.sql)")
    args = parser.parse_args(argv)
    write_fold_data(args.migration)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
