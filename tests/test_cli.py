"""The newsflow command as a user runs it: JSON out, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from expected_outcomes import all_days, outcomes
from golden_cases import demo_cases

NEWSFLOW = str(Path(sys.executable).parent / "newsflow")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([NEWSFLOW, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_parse_json_prints_the_contract() -> None:
    case = next(c for c in demo_cases() if "quarantine" not in c.expected)
    result = run("parse", str(case.input), "--json")
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    for key in ("title", "publisher", "authors", "photos", "paragraphs", "related"):
        assert got[key] == case.expected[key]
    assert got["script"].startswith("zh-") and len(got["key_sha256"]) == 64


@pytest.mark.parametrize(("args", "message"), [
    (("parse", "/no/such/file.txt"), "No such file"),
    (("ingest", "--source", "demo", "--start", "2025-13-01", "--end", "2025-12-02"), "not an ISO date"),
    (("ingest", "--source", "demo", "--start", "2025-12-02", "--end", "2025-12-01"), "--start must be before"),
    (("ingest", "--source", "nosuch", "--start", "2025-12-01", "--end", "2025-12-02"), "unknown source"),
])
def test_user_mistakes_are_one_line(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_an_unreachable_database_is_one_line() -> None:
    result = run("db", "stats", env={"DATABASE_URL": "postgresql://nobody@127.0.0.1:1/nothing"})
    assert result.returncode == 1
    assert result.stderr.startswith("newsflow: error: cannot connect to") and "Traceback" not in result.stderr


def test_a_malformed_file_is_reported_not_parsed() -> None:
    case = next(c for c in demo_cases() if "quarantine" in c.expected)
    result = run("parse", str(case.input), "--json")
    assert result.returncode == 1
    assert case.expected["quarantine"]["reason"] in result.stderr and "Traceback" not in result.stderr


def test_ingest_then_stats(news_db: str) -> None:
    d = all_days()[0]
    result = run("ingest", "--source", "demo", "--start", d, "--end", f"{d}T23:59:59")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["articles"] == outcomes([d]).articles
    stats = json.loads(run("db", "stats", "--json").stdout)
    assert stats["articles"] == outcomes([d]).articles
    assert run("db", "url").stdout.strip() == news_db
    migrate = run("db", "migrate")
    assert migrate.returncode == 0 and "applied 0 migration(s)" in migrate.stdout
