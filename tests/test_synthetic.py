"""The synthetic corpus generator (benchmarks/synthetic.py): determinism, the format, each kind's properties."""

from __future__ import annotations

import collections
import datetime
import importlib
import json
import re
import sys
from pathlib import Path

import opencc
import pytest

from newsflow.normalize import fold
from newsflow.parse import parse_text
from newsflow.similarity import exact_jaccard

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # benchmarks/ is a folder of the repository, not of the installed package
    sys.path.insert(0, str(ROOT))
S = importlib.import_module("benchmarks.synthetic")
V = importlib.import_module("benchmarks.synthetic_vocab")

ORIGINALS = 250
HK2S = opencc.OpenCC("hk2s")
S2TW = opencc.OpenCC("s2tw")
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
ORGS = ({prefix + suffix for prefix in V.ORG_PREFIX.split() for spec in V.TOPICS.values()
         for suffix in spec.get("org_suffixes", ())}
        | {org for spec in V.TOPICS.values() for org in spec.get("orgs", ())}
        | {org.strip() for org in V.LATIN_ORGS.split("|")})
ORG = re.compile("|".join(sorted(map(re.escape, ORGS), key=len, reverse=True)))
PERSON = re.compile("(?:" + "|".join(V.GIVEN_T.split()) + ")·(?:" + "|".join(V.FAMILY_T.split()) + ")")


@pytest.fixture(scope="module")
def docs() -> list:
    return list(S.generate(ORIGINALS, seed=3))


@pytest.fixture(scope="module")
def stories(docs: list) -> list[tuple]:
    """(original, its parse, [(doc, parse) of the rest of its story and its same-topic articles])."""
    out: list[tuple] = []
    for doc in docs:
        parsed = parse_text(doc.text)
        if doc.kind == "original":
            out.append((doc, parsed, []))
        else:
            out[-1][2].append((doc, parsed))
    return out


def folded(parsed) -> str:  # type: ignore[no-untyped-def]
    return fold(parsed.title + "\n" + "\n".join(parsed.paragraphs))


def of_kind(stories: list[tuple], kind: str) -> list[tuple]:
    return [(orig, op, doc, p) for orig, op, rest in stories for doc, p in rest if doc.kind == kind]


def test_deterministic_for_a_seed() -> None:
    first = list(S.generate(40, seed=7))
    assert first == list(S.generate(40, seed=7))
    assert [d.text for d in first] != [d.text for d in S.generate(40, seed=8)]
    # an original does not depend on the variants drawn before it
    assert [d for d in first if d.kind == "original"] == \
        [d for d in S.generate(40, seed=7, variant_rate=3.0) if d.kind == "original"]


def test_worker_processes_give_the_same_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(S, "CHUNK", 20)
    monkeypatch.setenv("NEWSFLOW_SYNTHETIC_WORKERS", "2")
    parallel = list(S.generate(90, seed=5))
    monkeypatch.setenv("NEWSFLOW_SYNTHETIC_WORKERS", "1")
    assert parallel == list(S.generate(90, seed=5))


def test_ids_stories_dates_and_mix(docs: list) -> None:
    ids = [d.doc_id for d in docs]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    assert {d.kind for d in docs} == set(S.KINDS)
    counts = collections.Counter(d.kind for d in docs)
    assert counts["original"] == ORIGINALS
    assert min(counts[k] for k in S.VARIANT_KINDS) >= 10  # every kind often (about 28 each here)
    assert 0.15 * ORIGINALS < counts["same-topic"] < 0.45 * ORIGINALS
    assert 0.75 * ORIGINALS < sum(counts[k] for k in S.VARIANT_KINDS) < 1.25 * ORIGINALS
    start = datetime.date(2025, 1, 1)
    by_id = {d.doc_id: d for d in docs}
    for d in docs:
        assert not d.text.endswith("\n")
        if d.kind == "original":
            assert d.base is None and d.story == d.doc_id.removesuffix("-orig")
            assert start <= d.published < start + datetime.timedelta(days=30)
        elif d.kind == "same-topic":
            assert d.base is None and d.story == d.doc_id
        else:
            original = by_id[d.base]
            assert original.kind == "original" and d.story == original.story
            assert 0 <= (d.published - original.published).days <= 7


def test_every_document_parses_with_title_byline_and_body(stories: list[tuple]) -> None:
    for orig, op, rest in stories:
        for doc, p in [(orig, op), *rest]:
            assert p.publisher in ("彭博社", "路透社"), doc.doc_id
            assert p.authors, doc.doc_id
            assert 5 <= len(p.paragraphs) <= 18, doc.doc_id
            assert not any(x.startswith(("攝影師", "摄影师")) for x in p.paragraphs), doc.doc_id
            if doc.kind in ("original", "same-topic"):
                assert 8 <= len(p.paragraphs) <= 15
                assert 800 <= sum(map(len, p.paragraphs)) <= 2100, doc.doc_id
                assert "," in doc.text and "，" not in doc.text  # ASCII commas inside sentences
        lines = orig.text.split("\n")
        assert lines[0].endswith((" - 彭博社", " - 路透社"))
        if op.photos and op.photos[0].before_paragraph == 0:
            assert lines[3].startswith("攝影師:") and op.photos[0].caption == lines[2]


def test_originals_are_hong_kong_traditional(docs: list) -> None:
    text = "".join(d.text for d in docs if d.kind == "original")
    assert "説" in text and "着" in text
    assert HK2S.convert(text) != text


def test_cut(stories: list[tuple]) -> None:
    for _, op, _, p in of_kind(stories, "cut"):
        assert p.title == op.title and p.authors == op.authors
        assert 1 <= len(op.paragraphs) - len(p.paragraphs) <= 3
        assert p.paragraphs[0] == op.paragraphs[0]
        it = iter(op.paragraphs)
        assert all(x in it for x in p.paragraphs)  # a subsequence


def test_reorder(stories: list[tuple]) -> None:
    for _, op, _, p in of_kind(stories, "reorder"):
        assert p.paragraphs != op.paragraphs and sorted(p.paragraphs) == sorted(op.paragraphs)
        assert p.paragraphs[0] == op.paragraphs[0]


def test_edit_changes_a_few_sentences(stories: list[tuple]) -> None:
    for _, op, _, p in of_kind(stories, "edit"):
        assert p.title == op.title and len(p.paragraphs) == len(op.paragraphs)
        before = [s for x in op.paragraphs for s in re.findall(r"[^。]+。?", x)]
        after = [s for x in p.paragraphs for s in re.findall(r"[^。]+。?", x)]
        changed = len(set(after) - set(before))
        assert 1 <= changed <= max(2, len(before) // 6)


def test_update_appends_paragraphs(stories: list[tuple]) -> None:
    for _, op, _, p in of_kind(stories, "update"):
        n = len(op.paragraphs)
        assert p.paragraphs[:n] == op.paragraphs and 1 <= len(p.paragraphs) - n <= 3
        assert p.paragraphs[n].startswith("更新:")


def test_simplified_and_taiwan_are_opencc_conversions(stories: list[tuple]) -> None:
    for orig, _, doc, _ in of_kind(stories, "simplified"):
        assert doc.text == HK2S.convert(orig.text)
    for orig, _, doc, _ in of_kind(stories, "taiwan"):
        assert doc.text == S2TW.convert(HK2S.convert(orig.text))
    for kind in ("simplified", "taiwan"):
        for _, op, _, p in of_kind(stories, kind):
            if kind == "simplified":
                assert folded(p) == folded(op)
            else:  # Taiwan forms do not all fold back (著 for 着): nearly the same text
                assert exact_jaccard(folded(p), folded(op)) > 0.95
            assert len(p.paragraphs) == len(op.paragraphs) and len(p.photos) == len(op.photos)


def test_repunct_changes_punctuation_and_spaces_only(stories: list[tuple]) -> None:
    for orig, op, doc, p in of_kind(stories, "repunct"):
        assert doc.text != orig.text and folded(p) == folded(op)
        assert len(p.paragraphs) == len(op.paragraphs) and p.authors == op.authors
        assert all(m.group() in orig.text for m in NUMBER.finditer(doc.text))


def test_noise_lines(stories: list[tuple]) -> None:
    for _, op, doc, p in of_kind(stories, "noise"):
        noise = [x for x in doc.text.split("\n") if x in V.NOISE_LINES]
        assert 1 <= len(noise) <= 3  # in the text; the parser drops those it knows as page furniture
        assert [x for x in p.paragraphs if x not in V.NOISE_LINES] == op.paragraphs


def test_retranslation_keeps_names_and_figures(stories: list[tuple]) -> None:
    jaccards = []
    for orig, op, doc, p in of_kind(stories, "retranslation"):
        assert p.title != op.title and p.authors == op.authors and len(p.paragraphs) == len(op.paragraphs)
        assert sorted(NUMBER.findall(doc.text)) == sorted(NUMBER.findall(orig.text))
        assert collections.Counter(PERSON.findall(doc.text)) == collections.Counter(PERSON.findall(orig.text))
        jaccards.append(exact_jaccard(folded(op), folded(p)))
    assert max(jaccards) < 0.6 and min(jaccards) > 0.15  # other words, same story


def test_same_topic_articles_share_the_cast_not_the_story(stories: list[tuple]) -> None:
    seen = 0
    for orig, op, rest in stories:
        names = set(PERSON.findall(orig.text)) | set(ORG.findall(orig.text))
        for doc, p in rest:
            if doc.kind != "same-topic":
                continue
            seen += 1
            assert exact_jaccard(folded(op), folded(p)) < 0.3
            assert p.title != op.title
            assert names & (set(PERSON.findall(doc.text)) | set(ORG.findall(doc.text)))
    assert seen


def test_variants_are_near_their_original(stories: list[tuple]) -> None:
    for kind, floor in (("cut", 0.5), ("reorder", 0.85), ("edit", 0.85), ("update", 0.8), ("noise", 0.85)):
        for _, op, _, p in of_kind(stories, kind):
            assert exact_jaccard(folded(op), folded(p)) > floor, kind


def test_every_template_renders() -> None:
    import random

    rng = random.Random(1)
    for topic in S.TOPICS:
        ctx = S._context(rng.random, S._cast(rng.random, topic), datetime.date(2025, 3, 1).toordinal())
        for tid, form in enumerate(S.T.fmt):
            for text in (form, S.T.alt(tid, 0), S.T.alt(tid, 1)):
                rendered = text.format_map(ctx)
                assert "{" not in rendered and "}" not in rendered


def test_write_corpus_and_cli(tmp_path: Path) -> None:
    docs = list(S.generate(5, seed=2))
    assert S.write_corpus(tmp_path / "a", docs) == len(docs)
    truth = [json.loads(line) for line in (tmp_path / "a" / "truth.jsonl").read_text("utf-8").splitlines()]
    assert [t["doc_id"] for t in truth] == [d.doc_id for d in docs]
    for t, d in zip(truth, docs, strict=True):
        assert t["path"] == f"{d.published.isoformat()}/{d.doc_id}.txt"
        assert (tmp_path / "a" / t["path"]).read_bytes() == d.text.encode("utf-8")
        assert (t["story"], t["kind"], t["base"], t["published"]) == (d.story, d.kind, d.base, d.published.isoformat())
    assert S.main(["--originals", "5", "--seed", "2", "--out", str(tmp_path / "b")]) == 0
    assert (tmp_path / "b" / "truth.jsonl").read_bytes() == (tmp_path / "a" / "truth.jsonl").read_bytes()
