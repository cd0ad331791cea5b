"""Field-level accuracy of the parse against a labelled golden set (`newsflow eval DIR`).

A case is an input (`NAME.txt` or `NAME.html`) and `NAME.expected.json` in the contract of
docs/parse-contract.md. Units of scoring, per field:
- one per case for single values (title, publisher, byline, authors, dateline, topics, sign-off, ...);
- one per expected photo and photo key (photos are aligned by position), plus one per case for the count;
- for paragraphs, people and quotes: the longest common subsequence of expected and parsed items over the
  larger of the two lengths, so a missing or an extra item both cost;
- one per related box and key.
A leaked credit is a photo credit of the expected parse found inside a parsed paragraph.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from newsflow.models import RawDocument, Rejection, SourceItem
from newsflow.transform import transform

INPUT_SUFFIXES = (".txt", ".html", ".htm")
SINGLE_FIELDS = ("title", "publisher", "publisher_canonical", "publisher_latin", "byline", "authors", "topics",
                 "signoff", "crawl_date")
PHOTO_KEYS = ("caption", "credit_label", "credit", "photographer", "agencies", "source", "before_paragraph",
              "confidence")
RELATED_KEYS = ("heading", "headlines", "after_paragraph")


@dataclass(frozen=True)
class Case:
    name: str
    input: Path
    expected: dict[str, Any]

    @property
    def fetched_at(self) -> date | None:
        value = self.expected.get("_case", {}).get("fetched_at")
        return date.fromisoformat(value) if value else None

    @property
    def http_charset(self) -> str | None:
        """The charset an HTTP header declared for the page, when the case says so."""
        return self.expected.get("_case", {}).get("http_charset")


def load_cases(directory: Path) -> list[Case]:
    cases = []
    for expected in sorted(directory.rglob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        inputs = [expected.with_name(stem + suffix) for suffix in INPUT_SUFFIXES]
        found = next((p for p in inputs if p.exists()), None)
        if found is None:
            continue
        data = json.loads(expected.read_text(encoding="utf-8"))
        cases.append(Case(str(found.relative_to(directory)), found, data))
    return cases


def parse_case(case: Case) -> dict[str, Any] | Rejection:
    """The parse of a case's input through the pipeline's transform, as contract JSON."""
    published = datetime.combine(case.fetched_at, datetime.min.time(), UTC) if case.fetched_at else None
    raw = RawDocument(SourceItem("eval", case.name, published, "case"), case.input.read_bytes(), "",
                      datetime.now(UTC), media_type="text/html" if case.input.suffix in (".html", ".htm") else None,
                      charset=case.http_charset)
    result = transform(raw)
    if isinstance(result, Rejection):
        return result
    return result.contract()


def _lcs(a: list[Any], b: list[Any]) -> int:
    """Length of the longest common subsequence (items compared with ==)."""
    if not a or not b:
        return 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


@dataclass
class Tally:
    correct: int = 0
    total: int = 0

    def add(self, correct: int, total: int) -> None:
        self.correct += correct
        self.total += total

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class CaseResult:
    name: str
    errors: list[str] = field(default_factory=list)
    rejected: str | None = None
    leaked_credits: int = 0


@dataclass
class Report:
    fields: dict[str, Tally] = field(default_factory=dict)
    cases: list[CaseResult] = field(default_factory=list)

    @property
    def leaked_credits(self) -> int:
        return sum(c.leaked_credits for c in self.cases)

    def tally(self, name: str) -> Tally:
        return self.fields.setdefault(name, Tally())

    def worst(self, n: int = 5) -> list[CaseResult]:
        bad = [c for c in self.cases if c.errors or c.rejected or c.leaked_credits]
        return sorted(bad, key=lambda c: (-(len(c.errors) + c.leaked_credits + (10 if c.rejected else 0)), c.name))[:n]

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": len(self.cases),
            "fields": {k: {"correct": t.correct, "total": t.total, "accuracy": round(t.accuracy, 4)}
                       for k, t in self.fields.items()},
            "leaked_credits": self.leaked_credits,
            "worst": [asdict(c) for c in self.worst()],
        }


def _items(value: Any, key: Callable[[Any], Any] = lambda x: x) -> list[Any]:
    return [key(v) for v in (value or [])]


def score_case(report: Report, name: str, expected: dict[str, Any], actual: dict[str, Any] | Rejection) -> None:
    """Add one case's units to the report."""
    result = CaseResult(name)
    report.cases.append(result)
    if isinstance(actual, Rejection):
        result.rejected = f"{actual.stage}/{actual.reason}: {actual.detail}"
        actual = {}

    def single(field_name: str, exp: Any, act: Any) -> None:
        ok = exp == act
        report.tally(field_name).add(int(ok), 1)
        if not ok:
            result.errors.append(f"{field_name}: expected {exp!r}, got {act!r}")

    for key in SINGLE_FIELDS:
        if key in expected:
            single(key, expected.get(key), actual.get(key))
    single("dateline", expected.get("dateline"), actual.get("dateline"))

    exp_photos, act_photos = expected.get("photos") or [], actual.get("photos") or []
    single("photos.count", len(exp_photos), len(act_photos))
    for i, photo in enumerate(exp_photos):
        got = act_photos[i] if i < len(act_photos) else {}
        for key in PHOTO_KEYS:
            if key in photo:
                single(f"photos.{key}", photo[key], got.get(key, "<missing photo>"))

    for name_, key_fn in (("paragraphs", lambda x: x), ("people", lambda p: (p["name"], tuple(p["aliases"]))),
                          ("quotes", lambda q: (q["speaker"], q["quote"], q["paragraph"]))):
        exp_items = _items(expected.get(name_), key_fn)
        act_items = _items(actual.get(name_), key_fn)
        common = _lcs(exp_items, act_items)
        total = max(len(exp_items), len(act_items))
        report.tally(name_).add(common, total)
        if common < total:
            missing = [x for x in exp_items if x not in act_items][:2]
            extra = [x for x in act_items if x not in exp_items][:2]
            result.errors.append(f"{name_}: {common}/{total} (missing {missing!r}, extra {extra!r})")

    exp_boxes, act_boxes = expected.get("related") or [], actual.get("related") or []
    single("related.count", len(exp_boxes), len(act_boxes))
    for i, box in enumerate(exp_boxes):
        got = act_boxes[i] if i < len(act_boxes) else {}
        for key in RELATED_KEYS:
            single(f"related.{key}", box.get(key), got.get(key, "<missing box>"))

    credits = [p["credit"] for p in exp_photos if p.get("credit")]
    expected_paragraphs = expected.get("paragraphs") or []
    for paragraph in actual.get("paragraphs") or []:
        result.leaked_credits += sum(
            1 for credit in credits if credit in paragraph and not any(credit in e for e in expected_paragraphs))


def evaluate(cases: Iterable[Case]) -> Report:
    report = Report()
    for case in cases:
        score_case(report, case.name, case.expected, parse_case(case))
    return report


FIELD_GROUPS = ("title", "publisher", "publisher_canonical", "byline", "authors", "photos.", "paragraphs",
                "related.", "dateline", "people", "quotes", "topics", "signoff", "crawl_date")


def format_report(report: Report, worst: int = 5) -> str:
    lines = [f"cases: {len(report.cases)}", f"{'field':<24}{'correct':>9}{'total':>8}{'accuracy':>10}"]
    for name, tally in report.fields.items():
        lines.append(f"{name:<24}{tally.correct:>9}{tally.total:>8}{tally.accuracy:>10.3f}")
    lines.append(f"credit fragments leaked into paragraphs: {report.leaked_credits}")
    bad = report.worst(worst)
    if bad:
        lines.append(f"worst cases ({len(bad)}):")
        for case in bad:
            lines.append(f"  {case.name}: {len(case.errors)} wrong" + (f", rejected {case.rejected}"
                                                                      if case.rejected else ""))
            lines.extend(f"    {error[:160]}" for error in case.errors[:4])
    return "\n".join(lines)
