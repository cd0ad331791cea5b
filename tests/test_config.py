"""sources.toml: every kind validates, with one clear line naming the source and the key when it is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsflow.config import ConfigError, load_sources

ROOT = Path(__file__).resolve().parents[1]


def load(tmp_path: Path, body: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    return load_sources(path)


def test_the_shipped_sources_file_is_valid() -> None:
    sources = load_sources(ROOT / "sources.toml")
    assert sources["demo"].kind == "dir"
    site = sources["demo-site"]
    assert site.kind == "sitemap" and site.dag == "newsflow_demo_site" and site.fetch is not None
    assert site.fetch.allow_private and site.fetch.hosts == ("127.0.0.1",)


def test_web_defaults_are_filled_in_and_mirrored_in_options(tmp_path: Path) -> None:
    source = load(tmp_path, '[sources.news]\nkind = "feed"\nurls = ["https://News.example.com/rss"]\n')["news"]
    assert source.location == "https://News.example.com/rss"
    assert source.fetch is not None and source.fetch.hosts == ("news.example.com",)
    assert source.fetch.robots and not source.fetch.allow_private
    assert source.options["concurrency"] == source.fetch.concurrency
    assert source.options["allowed_hosts"] == ["news.example.com"]


def test_an_archive_template_expands_by_day(tmp_path: Path) -> None:
    from datetime import date

    from newsflow.fetch.settings import expand_template

    source = load(tmp_path, '[sources.a]\nkind = "archive"\nurls = ["https://e.com/{date:%Y/%m/%d}/"]\n')["a"]
    assert source.fetch is not None
    assert expand_template(source.fetch.urls[0], date(2025, 11, 7)) == "https://e.com/2025/11/07/"


@pytest.mark.parametrize(("body", "message"), [
    ('[sources.x]\nkind = "rss"\nurls = ["https://e.com/"]', r"\[sources.x\]: kind must be one of"),
    ('[sources.x]\nkind = "feed"', r"\[sources.x\]: urls must be a non-empty list"),
    ('[sources.x]\nkind = "feed"\nurls = ["ftp://e.com/feed"]', "is not an http"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nconcurency = 2', r"unknown keys \['concurency'\]"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nconcurrency = "4"', "concurrency must be an integer"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nconcurrency = 0', "concurrency must be positive"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nrate = -1', "rate must not be negative"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nbatch_size = 5000', "batch_size must be under 1024"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nallow_private = "yes"', "allow_private must be true"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nparser = "pdf"', "parser must be one of"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nallowed_hosts = "e.com"', "allowed_hosts must be"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\nlink_pattern = "("', "link_pattern is not"),
    ('[sources.x]\nkind = "archive"\nurls = ["https://e.com/archive/"]', r"needs a \{date:%Y/%m/%d\} field"),
    ('[sources.x]\nkind = "feed"\nurls = ["https://e.com/"]\ndag = "no spaces"', "dag must be a DAG id"),
    ('[sources.X]\nkind = "dir"\npath = "."', "a source name is lower-case"),
], ids=["kind", "no-urls", "scheme", "typo", "type", "zero", "negative", "batch", "bool", "parser", "hosts",
        "pattern", "template", "dag", "name"])
def test_mistakes_are_one_clear_line(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        load(tmp_path, body + "\n")
    assert "\n" not in str(caught.value) and "sources.toml" in str(caught.value)
