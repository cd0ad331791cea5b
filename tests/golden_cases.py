"""The golden cases: every `*.expected.json` beside the input it describes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsflow.models import RawDocument, SourceItem

# Fixtures have no date of their own; a fixed read time keeps inferred years (datelines) stable.
FIXTURE_READ_AT = datetime(2025, 11, 25, tzinfo=UTC)

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "articles"
GOLDEN_DEMO = ROOT / "tests" / "golden" / "demo"
FIXTURES = ROOT / "tests" / "fixtures" / "parse"


@dataclass(frozen=True)
class GoldenCase:
    id: str
    input: Path
    expected_path: Path

    @property
    def expected(self) -> dict[str, Any]:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))

    def raw(self) -> RawDocument:
        """The input as the pipeline reads it: demo files dated by their folder, as the directory source does."""
        try:
            published: datetime | None = datetime.strptime(self.input.parent.name, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            published = None
        return RawDocument(SourceItem("test", self.input.name, published, "path" if published else "none"),
                           self.input.read_bytes(), "", FIXTURE_READ_AT)


def demo_cases() -> list[GoldenCase]:
    cases = []
    for expected in sorted(GOLDEN_DEMO.rglob("*.expected.json")):
        rel = expected.relative_to(GOLDEN_DEMO)
        name = rel.name.removesuffix(".expected.json") + ".txt"
        cases.append(GoldenCase(f"demo/{rel.parent}/{name}", DEMO / rel.parent / name, expected))
    return cases


def fixture_cases() -> list[GoldenCase]:
    return [
        GoldenCase(f"fixture/{p.name.removesuffix('.expected.json')}",
                   p.with_name(p.name.removesuffix(".expected.json") + ".txt"), p)
        for p in sorted(FIXTURES.glob("*.expected.json"))
    ]


def all_cases() -> list[GoldenCase]:
    return demo_cases() + fixture_cases()
