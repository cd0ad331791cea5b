"""Extraction accuracy and speed on the HTML cases of the golden set: newsflow versus trafilatura.

Both read the same HTML bytes. Fields are scored with `newsflow.evaluation` against the hand-written expected
parse: title, authors and body paragraphs for both; photo captions and credits for newsflow only, since
trafilatura does not return them (its output keeps no caption/credit fields). Speed is pages per second,
single-threaded, best of three rounds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.parse_throughput import measure
from newsflow.evaluation import Case, Report, load_cases, parse_case, score_case
from newsflow.models import Rejection

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "golden" / "cases"
SHARED_FIELDS = ("title", "authors", "paragraphs")
NEWSFLOW_ONLY = ("photos.count", "photos.caption", "photos.photographer", "photos.agencies", "photos.source")


def trafilatura_parse(content: bytes) -> dict[str, Any]:
    """trafilatura's best reading of a page, in the contract's shape."""
    import trafilatura

    doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=False)
    if doc is None:
        return {"title": None, "authors": [], "paragraphs": []}
    data = doc if isinstance(doc, dict) else doc.as_dict()
    authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
    paragraphs = [p.strip() for p in (data.get("text") or "").split("\n") if p.strip()]
    return {"title": data.get("title"), "authors": authors, "paragraphs": paragraphs}


def _subset(expected: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: expected[k] for k in keys}


def main(seconds: float = 2.0) -> dict[str, Any]:
    import trafilatura

    cases: list[Case] = [c for c in load_cases(CASES) if c.input.suffix in (".html", ".htm")]
    if not cases:
        print("extraction: no HTML cases in tests/golden/cases")
        return {}
    ours, theirs = Report(), Report()
    for case in cases:
        parsed = parse_case(case)
        shared = _subset(case.expected, SHARED_FIELDS)
        got = {} if isinstance(parsed, Rejection) else parsed
        score_case(ours, case.name, {**shared, "photos": case.expected["photos"]},
                   parsed if isinstance(parsed, Rejection) else {**_subset(got, SHARED_FIELDS),
                                                                 "photos": got["photos"]})
        # the photos stay in trafilatura's expected parse so that credits leaked into its text are counted
        score_case(theirs, case.name, {**shared, "photos": case.expected["photos"]},
                   trafilatura_parse(case.input.read_bytes()))
    pages = [c.input.read_bytes() for c in cases]
    ours_rate = measure(lambda page: parse_case_bytes(page), pages, seconds)  # type: ignore[arg-type]
    theirs_rate = measure(lambda page: trafilatura_parse(page), pages, seconds)  # type: ignore[arg-type]

    print(f"extraction on the {len(cases)} HTML cases of the golden set (trafilatura {trafilatura.__version__}):")
    print(f"  {'field':<22}{'newsflow':>10}{'trafilatura':>13}")
    for name in SHARED_FIELDS + NEWSFLOW_ONLY:
        mine = ours.fields.get(name)
        other = theirs.fields.get(name) if name in SHARED_FIELDS else None
        print(f"  {name:<22}{mine.accuracy if mine else float('nan'):>10.3f}"
              f"{(f'{other.accuracy:.3f}' if other else 'n/a'):>13}")
    print(f"  {'leaked credits':<22}{ours.leaked_credits:>10}{theirs.leaked_credits:>13}")
    print(f"  {'pages/s':<22}{ours_rate:>10.0f}{theirs_rate:>13.0f}")
    return {"newsflow": ours.as_dict(), "trafilatura": theirs.as_dict(), "newsflow_pages_s": ours_rate,
            "trafilatura_pages_s": theirs_rate}


def parse_case_bytes(page: bytes) -> object:
    """The HTML path of the pipeline on one page: parse, enrich, normalize (no database)."""
    from datetime import UTC, datetime

    from newsflow.models import RawDocument, SourceItem
    from newsflow.transform import transform

    return transform(RawDocument(SourceItem("bench", "page.html", None, "none"), page, "", datetime.now(UTC),
                                 media_type="text/html"))


if __name__ == "__main__":
    main()
