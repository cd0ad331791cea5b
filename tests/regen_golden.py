"""Regenerate the golden JSON files from the current parser; review the result as a git diff.

usage: uv run python tests/regen_golden.py [--check]

Each expected file keeps its hand-made keys that the parser does not produce (`duplicate_of`), and
`quarantine` cases are rewritten from the rejection. `--check` writes nothing and exits 1 when a file
would change.
"""

from __future__ import annotations

import json
import sys

from golden_cases import GoldenCase, all_cases

from newsflow.models import Rejection
from newsflow.transform import transform

KEPT_KEYS = ("duplicate_of",)


def expected_for(case: GoldenCase) -> dict[str, object]:
    result = transform(case.raw())
    if isinstance(result, Rejection):
        return {"quarantine": {"stage": result.stage, "reason": result.reason}}
    data: dict[str, object] = result.parsed.to_contract()
    data["script"] = result.normalized.script
    old = case.expected if case.expected_path.exists() else {}
    data.update({k: old[k] for k in KEPT_KEYS if k in old})
    return data


def render(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    for case in all_cases():
        text = render(expected_for(case))
        if case.expected_path.read_text(encoding="utf-8") != text:
            changed.append(case.id)
            if not check:
                case.expected_path.write_text(text, encoding="utf-8")
    for name in changed:
        print(("would change: " if check else "rewrote: ") + name)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
