"""The core stays pure: newsflow never imports airflow; SQL stays in the db package."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "newsflow"


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node except those under `if TYPE_CHECKING:` (imports for type hints only)."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    return [node for node in ast.walk(tree) if id(node) not in skipped]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_newsflow_never_imports_airflow() -> None:
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if any(m == "airflow" or m.startswith("airflow.") for m in imported_modules(p))]
    assert offenders == []


def test_only_the_db_package_and_embedded_server_use_psycopg() -> None:
    allowed = {"db", "embedded.py"}
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.relative_to(SRC).parts[0] not in allowed
                 and any(m == "psycopg" or m.startswith("psycopg.") for m in imported_modules(p))]
    assert offenders == []


def test_only_the_fetch_package_and_the_dev_stack_use_httpx() -> None:
    """Network I/O of the pipeline lives in newsflow.fetch; the dev stack talks to Airflow's REST API."""
    allowed = {"fetch", "devstack.py"}
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.relative_to(SRC).parts[0] not in allowed
                 and any(m == "httpx" or m.startswith("httpx.") for m in imported_modules(p))]
    assert offenders == []

