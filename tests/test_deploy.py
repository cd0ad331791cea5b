"""docker-compose.yml stays valid: compose-spec schema, real airflow subcommands, healthy dependencies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
BIN = Path(sys.executable).parent


def test_compose_file_matches_the_compose_specification() -> None:
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def airflow_subcommands() -> set[str]:
    pytest.importorskip("airflow")
    from airflow.cli.cli_parser import get_parser

    parser = get_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return set(subparsers.choices)  # type: ignore[attr-defined]


def test_every_airflow_service_runs_a_real_subcommand(airflow_subcommands: set[str]) -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    commands = {name: svc["command"] for name, svc in services.items()
                if name.startswith("airflow-") and isinstance(svc.get("command"), str)}
    assert {"api-server", "scheduler", "dag-processor", "triggerer"} <= set(commands.values())
    for name, command in commands.items():
        assert command.split()[0] in airflow_subcommands, name


def test_services_wait_for_healthy_dependencies() -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    for name, svc in services.items():
        if name == "airflow-init":
            continue
        assert "healthcheck" in svc, name
        for dependency, spec in svc.get("depends_on", {}).items():
            assert spec["condition"] in {"service_healthy", "service_completed_successfully"}, (name, dependency)
