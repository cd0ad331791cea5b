"""MinHash estimates, LSH banding, the relation decision and the dedup settings."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from newsflow.config import ConfigError, load_dedup
from newsflow.similarity import (
    Fingerprint,
    MinHasher,
    SimilarityConfig,
    anchors,
    decide,
    estimated_jaccard,
    exact_jaccard,
    may_relate,
)

ALPHABET = "港口貨櫃吞吐量上升下降市場分析師表示公司利潤預測投資電網數據中心銀行利率通脹政府政策"


def text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def test_the_estimate_is_close_to_the_true_jaccard() -> None:
    rng = random.Random(3)
    hasher = MinHasher()
    errors = []
    for _ in range(40):
        a = text(rng, 800)
        b = a[rng.randint(0, 400):] + text(rng, rng.randint(0, 400))
        errors.append(estimated_jaccard(hasher.signature(a), hasher.signature(b)) - exact_jaccard(a, b))
    assert abs(float(np.mean(errors))) < 0.03  # unbiased
    assert float(np.max(np.abs(errors))) < 0.2  # 120 permutations: standard error about 0.045


def test_identical_texts_share_every_band_and_unrelated_ones_none() -> None:
    rng = random.Random(5)
    hasher = MinHasher()
    a, b = text(rng, 600), text(rng, 600)
    assert (hasher.bands(hasher.signature(a)) == hasher.bands(hasher.signature(a))).all()
    assert not (hasher.bands(hasher.signature(a)) == hasher.bands(hasher.signature(b))).any()


def test_signatures_are_reproducible_and_name_their_algorithm() -> None:
    one, two = MinHasher(), MinHasher()
    assert (one.signature("數據中心用電需求急升") == two.signature("數據中心用電需求急升")).all()
    assert SimilarityConfig().algorithm == "mh-ms64-v1:n5:p120:s20251125"
    assert SimilarityConfig(ngram=4).algorithm != SimilarityConfig().algorithm


def test_bands_times_rows_must_be_the_permutations() -> None:
    with pytest.raises(ValueError, match="bands x rows"):
        SimilarityConfig(num_perm=128, bands=20, rows=6)


def test_anchors_are_names_and_distinctive_figures() -> None:
    found = anchors("行政總裁彼得·洛根在會上説,利潤增長12.5%至4,800萬元,第3季在2025年。Jane Roe 表示同意")
    assert found == {"彼得洛根", "12.5%", "4800", "janeroe"}


def fingerprint(key: str, script: str = "zh-Hant-HK", uri: str = "a", sig: np.ndarray | None = None,
                title: str = "標題", names: frozenset[str] = frozenset()) -> Fingerprint:
    return Fingerprint("s", uri, key, script, title, sig if sig is not None else np.arange(120, dtype=np.uint32),
                       names)


def test_decide_takes_the_cheapest_evidence_first() -> None:
    same = np.arange(120, dtype=np.uint32)
    other = same + 1000
    half = np.where(np.arange(120) % 2 == 0, same, other).astype(np.uint32)
    assert decide(fingerprint("k"), fingerprint("k", uri="b")).relation == "exact"
    assert decide(fingerprint("k", "zh-Hans"), fingerprint("k", uri="b")).relation == "other-script"
    assert decide(fingerprint("k1", sig=other), fingerprint("k2", sig=same)).relation == "revision"
    assert decide(fingerprint("k1", uri="b", sig=half), fingerprint("k2", sig=same)).relation == "near-duplicate"
    names = frozenset({"彼得洛根", "12.5%", "4800"})
    retold = decide(fingerprint("k1", uri="b", sig=other, names=names, title="公司上調利潤預測"),
                    fingerprint("k2", sig=same, names=names, title="公司上調盈利預測"))
    assert retold.relation == "re-translation"
    assert decide(fingerprint("k1", uri="b", sig=other), fingerprint("k2", sig=same)).relation == "distinct"


def test_the_candidate_filter_keeps_every_pair_decide_relates() -> None:
    """may_relate drops a stored candidate before its other fields are loaded: it must never drop one that
    decide() would relate from another location. Random pairs around both thresholds, in every mix."""
    rng = random.Random(11)
    config = SimilarityConfig()
    names = ["彼得洛根", "12.5%", "4800", "janeroe", "3.2%", "7200"]
    news, olds = [], []
    for case in range(3000):
        base = np.arange(120, dtype=np.uint32)
        shared = rng.randint(40, 80)  # estimates from 0.33 to 0.67, across the 0.5 threshold
        other = np.where(np.arange(120) < shared, base, base + 1000).astype(np.uint32)
        # some articles have no names at all
        a_names, b_names = (frozenset(rng.sample(names, rng.choice((0, 3, 3)))) for _ in range(2))
        key = "same" if case % 97 == 0 else "k2"
        news.append(fingerprint("k1" if key == "k2" else "same", uri="b", sig=other if key == "k2" else base,
                                names=a_names, title=rng.choice(["公司上調利潤預測", "公司上調盈利預測", "港口貨櫃"])))
        olds.append(fingerprint(key, sig=base, names=b_names, title="公司上調利潤預測"))
    pairs = list(zip(news, olds, strict=True))
    estimates = np.array([estimated_jaccard(new.signature, old.signature) for new, old in pairs])
    at = np.arange(len(pairs))
    passes = may_relate(estimates, [f.anchors for f in news], [f.anchors for f in olds], at, at, config)
    relates = [decide(new, old, config).same_story for new, old in pairs]
    for i, (new, old) in enumerate(pairs):
        assert passes[i] or not relates[i], (estimates[i], new.anchors, old.anchors)
    assert 0 < sum(relates) <= int(passes.sum()) < 3000  # both outcomes occur: the filter is not a constant


def test_dedup_settings_come_from_the_sources_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text('[sources.x]\nkind = "dir"\npath = "."\n'
                    '[dedup]\nnear_threshold = 0.6\ncanonical_rule = "most-complete"\n')
    settings = load_dedup(path)
    assert settings.similarity.near_threshold == 0.6 and settings.canonical_rule == "most-complete"
    path.write_text('[dedup]\nbands = 7\n')
    with pytest.raises(ConfigError, match="bands x rows"):
        load_dedup(path)
    path.write_text('[dedup]\nthreshold = 0.5\n')
    with pytest.raises(ConfigError, match="unknown keys"):
        load_dedup(path)


def test_the_shipped_settings_are_the_defaults() -> None:
    assert load_dedup(Path(__file__).resolve().parents[1] / "sources.toml").similarity == SimilarityConfig()
