"""The operator page through FastAPI's test client: login required, then runs, quarantine and stories."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from expected_outcomes import all_days, outcomes, quarantine_reasons

from newsflow import pipeline

pytest.importorskip("airflow")
pytestmark = pytest.mark.airflow

PLUGIN = Path(__file__).resolve().parents[2] / "plugins" / "newsflow_operator.py"


@pytest.fixture(scope="module")
def plugin() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsflow_operator", PLUGIN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def client(plugin: ModuleType, news_db: str) -> Iterator[object]:
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from airflow.api_fastapi.core_api.security import get_user
    from fastapi.testclient import TestClient

    plugin.app.dependency_overrides.update({
        get_user: lambda: SimpleAuthManagerUser(username="ops", role="viewer"),
        plugin.news_db_url: lambda: news_db,
    })
    with TestClient(plugin.app) as test_client:
        yield test_client
    plugin.app.dependency_overrides.clear()


def test_the_plugin_mounts_the_app_and_links_it_in_the_navigation(plugin: ModuleType) -> None:
    spec = plugin.NewsflowOperatorPlugin
    assert spec.fastapi_apps == [{"app": plugin.app, "url_prefix": "/newsflow", "name": "newsflow operations"}]
    (view,) = spec.external_views
    assert (view["href"], view["destination"], view["url_route"], view["nav_top_level"]) == \
        ("/newsflow/", "nav", "newsflow", True)


def test_without_a_login_the_page_is_refused(plugin: ModuleType) -> None:
    from fastapi.testclient import TestClient

    with TestClient(plugin.app) as anonymous:
        assert anonymous.get("/").status_code == 401
        assert anonymous.get("/api/overview").status_code == 401


def test_the_page_shows_runs_quarantine_with_previews_and_stories(client, news_db: str) -> None:  # type: ignore[no-untyped-def]
    days = all_days()
    for d in days:
        start = datetime.fromisoformat(d).replace(tzinfo=UTC)
        pipeline.ingest(news_db, "demo", start, start + timedelta(days=1))

    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "Recent ingest runs" in html and "Quarantine" in html and "Newest stories" in html
    for name, (stage, reason) in quarantine_reasons(days).items():
        assert name in html and f"{stage}/{reason}" in html

    data = client.get("/api/overview", params={"limit": 50}).json()
    assert [run["interval_start"][:10] for run in data["runs"]] == sorted(days, reverse=True)
    assert sum(run["counts"]["articles"] for run in data["runs"]) == outcomes(days).articles
    assert {q["reason"] for q in data["quarantine"]} == {r for _, r in quarantine_reasons(days).values()}
    notes = next(q for q in data["quarantine"] if q["uri"].endswith("notes.txt"))
    assert notes["preview"].strip() and notes["size_bytes"] > 0
    assert max(story["versions"] for story in data["stories"]) >= 2
    assert data["totals"]["articles"] == outcomes(days).articles
    assert client.get("/api/overview", params={"limit": 0}).status_code == 422
