"""The e2e tests share one real Airflow (e2e_stack.py), started at the first of them; they run last.

Without Airflow, Redis or Chromium they skip, saying why; with NEWSFLOW_REQUIRE_E2E=1 (.ci/run sets it) they fail.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from e2e_stack import Airflow, running_airflow

_failed: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The e2e tests go last: they are the slowest, and need the whole stack."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    if report.failed and item.get_closest_marker("e2e") is not None:
        _failed.append(item.nodeid)
    return report


@pytest.fixture(scope="session")
def airflow_stack() -> Iterator[Airflow]:
    """Start the stack once; stop it at the end of the session."""
    pytest.importorskip("airflow")
    with running_airflow(keep_logs=lambda: bool(_failed)) as airflow:
        yield airflow
