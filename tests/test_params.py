"""A run's Params: what the trigger form offers, and what is refused (with a message saying what to change)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsflow.params import ALL_SOURCES, InvalidParams, RunOptions, param_schemas

START, END = datetime(2025, 11, 17, tzinfo=UTC), datetime(2025, 11, 18, tzinfo=UTC)


def test_the_form_offers_every_source_of_the_dag_and_defaults_to_a_plain_run() -> None:
    schemas = param_schemas(["demo", "wire"])
    assert schemas["source"]["enum"] == [ALL_SOURCES, "demo", "wire"]
    assert {name: spec["default"] for name, spec in schemas.items()} == {
        "source": ALL_SOURCES, "window_start": None, "window_end": None, "dry_run": False, "reprocess": False}
    assert all(spec["title"] and spec["description"] for spec in schemas.values())


def test_defaults_run_every_source_over_the_data_interval() -> None:
    options = RunOptions.from_params({}, ["demo"])
    assert options == RunOptions()
    assert options.selects("demo") and options.selects("other")
    assert options.window(START, END) == (START, END)
    assert options.mode == "ingest"


def test_one_source_a_window_and_reprocessing() -> None:
    options = RunOptions.from_params({"source": "demo", "window_start": "2025-11-17", "window_end": "2025-11-20",
                                      "dry_run": False, "reprocess": True}, ["demo", "wire"])
    assert options.selects("demo") and not options.selects("wire")
    assert options.window(START, END) == (START, datetime(2025, 11, 20, tzinfo=UTC))
    assert options.mode == "reprocess"
    assert options.as_json()["window_end"] == "2025-11-20T00:00:00+00:00"


@pytest.mark.parametrize(("params", "message"), [
    ({"window_start": "2025-11-17"}, "window_start is set but window_end is not"),
    ({"window_end": "2025-11-17"}, "window_end is set but window_start is not"),
    ({"window_start": "2025-11-18", "window_end": "2025-11-17"}, r"must be before window_end \(2025-11-17\)"),
    ({"window_start": "2025-11-17", "window_end": "2025-11-17"}, "window_end is exclusive"),
    ({"window_start": "2024-01-01", "window_end": "2025-11-17"}, "at most 366 in one run"),
    ({"window_start": "17/11/2025", "window_end": "2025-11-18"}, "must be a date such as 2025-11-17"),
    ({"source": "nope"}, "source 'nope' is not run by this DAG; choose one of all, demo"),
    ({"dry_run": "yes"}, "dry_run must be true or false"),
], ids=["start-only", "end-only", "reversed", "empty", "too-long", "not-a-date", "unknown-source", "not-a-flag"])
def test_contradictions_are_refused_with_a_message_that_says_what_to_change(params: dict[str, object],
                                                                            message: str) -> None:
    with pytest.raises(InvalidParams, match=message):
        RunOptions.from_params(params, ["demo"])
