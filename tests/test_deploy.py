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
def airflow_commands() -> dict[str, set[str]]:
    """Every airflow subcommand, with its own subcommands (`celery` -> {"worker", ...})."""
    pytest.importorskip("airflow")
    from airflow.cli.cli_parser import get_parser

    def choices(parser: object) -> dict[str, object]:
        actions = parser._actions  # type: ignore[attr-defined]
        found = next((a for a in actions if a.__class__.__name__ == "_SubParsersAction"), None)
        return dict(found.choices) if found is not None else {}

    return {name: set(choices(sub)) for name, sub in choices(get_parser()).items()}


def test_every_airflow_service_runs_a_real_subcommand(airflow_commands: dict[str, set[str]]) -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    commands = {name: svc["command"] for name, svc in services.items()
                if name.startswith("airflow-") and isinstance(svc.get("command"), str)}
    assert {"api-server", "scheduler", "dag-processor", "triggerer", "celery worker"} <= set(commands.values())
    for name, command in commands.items():
        words = command.split()
        assert words[0] in airflow_commands, name
        if airflow_commands[words[0]]:  # a group such as `celery`: its subcommand must exist too
            assert len(words) > 1 and words[1] in airflow_commands[words[0]], name


def test_celery_workers_with_redis_and_one_common_anchor() -> None:
    text = COMPOSE.read_text()
    services = yaml.safe_load(text)["services"]
    airflow = {name: svc for name, svc in services.items() if name.startswith("airflow-")}
    assert text.count("x-airflow-common: &airflow-common") == 1
    assert text.count("<<: *airflow-common") == len(airflow)
    for name, svc in airflow.items():
        assert svc["environment"]["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert svc["environment"]["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:"), name
        assert svc["depends_on"]["redis"]["condition"] == "service_healthy", name
        assert svc["depends_on"]["postgres"]["condition"] == "service_healthy", name
    assert "redis-cli" in str(services["redis"]["healthcheck"]["test"])
    assert "inspect ping" in str(services["airflow-worker"]["healthcheck"]["test"])
    assert "container_name" not in services["airflow-worker"]


def test_the_image_is_airflow_3_3_with_newsflow_installed() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "FROM apache/airflow:3.3." in dockerfile
    assert '"/opt/newsflow"' in dockerfile and "apache-airflow-providers-celery" in dockerfile


def test_services_wait_for_healthy_dependencies() -> None:
    services = yaml.safe_load(COMPOSE.read_text())["services"]
    for name, svc in services.items():
        if name == "airflow-init":
            continue
        assert "healthcheck" in svc, name
        for dependency, spec in svc.get("depends_on", {}).items():
            assert spec["condition"] in {"service_healthy", "service_completed_successfully"}, (name, dependency)
