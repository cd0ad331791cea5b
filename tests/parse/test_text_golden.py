"""Every golden case parses to exactly its expected JSON, or is rejected for exactly its reason."""

from __future__ import annotations

import pytest
from golden_cases import GoldenCase, all_cases

from newsflow.models import Rejection
from newsflow.transform import transform

CONTRACT_KEYS = ("title", "publisher", "authors", "photos", "paragraphs", "related")


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.id)
def test_golden_case(case: GoldenCase) -> None:
    expected = case.expected
    result = transform(case.raw())
    if "quarantine" in expected:
        assert isinstance(result, Rejection), f"expected a rejection, got an article: {result!r}"
        assert {"stage": result.stage, "reason": result.reason} == expected["quarantine"]
        return
    assert not isinstance(result, Rejection), f"rejected: {result.stage}/{result.reason}: {result.detail}"
    got = result.parsed.to_contract()
    for key in CONTRACT_KEYS:
        assert got[key] == expected[key], key
    assert result.normalized.script == expected["script"]


def test_goldens_are_what_the_regeneration_script_writes() -> None:
    from regen_golden import expected_for, render

    stale = [c.id for c in all_cases() if c.expected_path.read_text(encoding="utf-8") != render(expected_for(c))]
    assert stale == [], "run: uv run python tests/regen_golden.py, then review the diff"


def test_the_corpus_is_big_and_varied_enough() -> None:
    cases = [c for c in all_cases() if c.id.startswith("demo/")]
    articles = [c for c in cases if "quarantine" not in c.expected and "duplicate_of" not in c.expected]
    days = {c.input.parent.name for c in cases}
    publishers = {c.expected["publisher"] for c in articles}
    assert len(articles) >= 30 and len(days) >= 5
    assert {"彭博社", "路透社"} <= publishers
    assert sum("duplicate_of" in c.expected for c in cases) >= 3
    assert {c.expected["quarantine"]["reason"] for c in cases if "quarantine" in c.expected} >= {"empty", "not_utf8"}
