"""The real Airflow UI in headless Chromium (Debian's package, driven by Playwright; no browser download):
log in, open the ingest DAG, Trigger -> Backfill over two days, watch the runs succeed, open the newsflow page."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from e2e_stack import INGEST_DAG, PASSWORD, RUN_TIMEOUT, USER, Airflow, days, skip_or_fail
from expected_outcomes import outcomes, quarantine_reasons

from newsflow.db import connect

pytestmark = [pytest.mark.e2e, pytest.mark.airflow]

CHROMIUM = Path(os.environ.get("NEWSFLOW_CHROMIUM", "/usr/bin/chromium"))
DAYS = days(date(2025, 11, 20), 2)  # the REST tests backfill the three days before
SCREENSHOTS = Path(os.environ.get("NEWSFLOW_SCREENSHOTS", "/tmp/newsflow-e2e-screenshots"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        skip_or_fail(f"no Chromium at {CHROMIUM}: `apt-get install chromium` (.ci/run does) or set NEWSFLOW_CHROMIUM")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("the playwright package is missing: `uv sync` (it is a dev dependency)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, airflow_stack: Airflow, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A logged-in page; a screenshot is left in NEWSFLOW_SCREENSHOTS when the test fails."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)  # a busy 2-core machine renders slowly
    page.goto(airflow_stack.url + "/")
    page.get_by_label("Username").fill(USER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(airflow_stack.url + "/")
    failed_before = request.session.testsfailed
    yield page
    if request.session.testsfailed > failed_before:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def pick_date(page: Any, dialog: Any, which: int, day: date) -> None:
    """The backfill form's From (0) / To (1) pickers: a popover with a date and a time field."""
    dialog.get_by_test_id("datetime-input").nth(which).click()
    popover = page.locator("[data-scope=popover][data-part=content][data-state=open]")
    popover.get_by_placeholder("YYYY/MM/DD").fill(day.strftime("%Y/%m/%d"))
    popover.get_by_placeholder("HH:mm").fill("00:00")
    page.keyboard.press("Escape")


def newest_backfill(airflow: Airflow) -> dict[str, Any]:
    found = airflow.api.json("GET", "/api/v2/backfills", params={"dag_id": INGEST_DAG, "limit": 100})["backfills"]
    return max(found, key=lambda b: b["id"]) if found else {}


def test_a_backfill_from_the_ui_runs_and_succeeds(page: Any, airflow_stack: Airflow) -> None:
    before = newest_backfill(airflow_stack).get("id", 0)
    page.goto(f"{airflow_stack.url}/dags/{INGEST_DAG}")
    page.get_by_role("button", name="Trigger").first.click()
    dialog = page.locator("[role=dialog][data-state=open]")
    dialog.get_by_text("Run this Dag for a range of dates").click()  # the Backfill choice
    pick_date(page, dialog, 0, DAYS[0])
    pick_date(page, dialog, 1, DAYS[-1])
    dialog.get_by_text(f"{len(DAYS)} runs will be triggered").wait_for()
    dialog.get_by_text("Max Active Runs").locator("xpath=..").locator("input").fill(str(len(DAYS)))
    dialog.get_by_role("button", name="Run Backfill").click()

    deadline = time.monotonic() + 30
    while (backfill := newest_backfill(airflow_stack)).get("id", 0) == before:
        assert time.monotonic() < deadline, "the UI created no backfill"
        time.sleep(1)
    assert backfill["from_date"][:10] == DAYS[0].isoformat() and backfill["to_date"][:10] == DAYS[-1].isoformat()
    airflow_stack.follow(int(backfill["id"]), DAYS[0], DAYS[-1], RUN_TIMEOUT)

    runs = airflow_stack.runs(DAYS[0], DAYS[-1])
    assert sorted(r["logical_date"][:10] for r in runs) == [d.isoformat() for d in DAYS]
    assert {r["state"] for r in runs} == {"success"}
    page.goto(f"{airflow_stack.url}/dags/{INGEST_DAG}/runs")
    for run in runs:
        page.get_by_text(run["dag_run_id"]).first.wait_for()  # each run is listed in the UI
    assert page.get_by_text("Success").count() >= len(runs)

    with connect(airflow_stack.news_db) as conn:
        loaded = conn.execute("SELECT interval_start::date, status, counts FROM ingest_runs WHERE interval_start "
                              "= ANY(%s) ORDER BY 1", ([d.isoformat() for d in DAYS],)).fetchall()
    assert [(day, status) for day, status, _ in loaded] == [(d, "success") for d in DAYS]
    for (day, _status, counts) in loaded:
        assert counts["quarantined"] == outcomes([day.isoformat()]).quarantined, day


def test_the_newsflow_page_in_the_ui_shows_runs_quarantine_and_stories(page: Any, airflow_stack: Airflow) -> None:
    page.goto(f"{airflow_stack.url}/dags")
    page.get_by_test_id("nav-sidebar").get_by_role("link", name="newsflow").click()
    frame = page.frame_locator("iframe")
    frame.get_by_role("heading", name="newsflow operations").wait_for()
    runs = frame.locator("#runs + .scroll tbody tr")
    assert runs.count() >= 1
    assert frame.get_by_text("success").count() >= 1
    quarantined = quarantine_reasons([d.isoformat() for d in DAYS])
    if quarantined:  # the UI backfill's second day has the malformed files
        for name, (stage, reason) in quarantined.items():
            assert frame.get_by_text(f"{stage}/{reason}").count() >= 1, name
    assert frame.locator("#stories + .scroll tbody tr").count() >= 1
