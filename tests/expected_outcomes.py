"""What ingesting the demo corpus must produce, derived from the golden files (never typed in by hand)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from golden_cases import demo_cases


@dataclass(frozen=True)
class DayOutcome:
    documents: int
    articles: int
    duplicates: int
    quarantined: int


def outcomes(days: list[str]) -> DayOutcome:
    """Outcome of ingesting these days together: a duplicate whose original is outside them is an article."""
    cases = [c for c in demo_cases() if c.input.parent.name in days]
    counts: Counter[str] = Counter()
    for case in cases:
        expected = case.expected
        if "quarantine" in expected:
            counts["quarantined"] += 1
        elif "duplicate_of" in expected and expected["duplicate_of"].split("/")[0] in days:
            counts["duplicates"] += 1
        else:
            counts["articles"] += 1
    return DayOutcome(len(cases), counts["articles"], counts["duplicates"], counts["quarantined"])


def quarantine_reasons(days: list[str]) -> dict[str, tuple[str, str]]:
    return {c.input.name: (c.expected["quarantine"]["stage"], c.expected["quarantine"]["reason"])
            for c in demo_cases() if c.input.parent.name in days and "quarantine" in c.expected}


def all_days() -> list[str]:
    return sorted({c.input.parent.name for c in demo_cases()})
