"""The seed article of ../shared parses to exactly its expected JSON (64/64 with compare_parse.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
COMPARE = SHARED / "tools" / "compare_parse.py"

pytestmark = pytest.mark.skipif(not SEEDS or not COMPARE.exists(), reason="../shared seeds are not here")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_parses_exactly(seed: Path, tmp_path: Path) -> None:
    newsflow = Path(sys.executable).parent / "newsflow"
    parsed = subprocess.run([str(newsflow), "parse", str(seed), "--json"], capture_output=True, text=True, check=True)
    actual = tmp_path / "actual.json"
    actual.write_text(parsed.stdout, encoding="utf-8")
    expected = seed.with_name(seed.name.removesuffix(".txt") + ".expected.json")
    score = subprocess.run([sys.executable, str(COMPARE), str(expected), str(actual)], capture_output=True, text=True)
    last = score.stdout.strip().splitlines()[-1]
    assert score.returncode == 0, score.stdout
    matched, total = last.rsplit(" ", 1)[1].split("/")
    assert matched == total and int(total) >= 64, last
    assert json.loads(parsed.stdout)["script"] == "zh-Hant-HK"
