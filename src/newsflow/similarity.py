"""Near-duplicate detection, pure: MinHash signatures over character n-grams of the script-folded
text, LSH band buckets, and the decision between two articles with its reason.

Signatures are numpy-vectorized: the n-grams of the folded text are hashed with a polynomial rolling
hash and mixed with splitmix64, then each of `num_perm` multiply-shift hash functions keeps its minimum.
`ALGORITHM` names how a signature was made; stored signatures carry it, so a change of any parameter
or of the hashing is never compared with old signatures by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsflow.normalize import fold

ALGORITHM_VERSION = "mh-ms64-v1"
_P = np.uint64(0x100000001B3)  # rolling-hash multiplier (FNV prime)
_MASK32 = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class SimilarityConfig:
    """Dedup parameters; defaults chosen from the measurements in benchmarks/ (see README)."""

    ngram: int = 5
    num_perm: int = 120
    bands: int = 20
    rows: int = 6
    near_threshold: float = 0.5  # estimated Jaccard for a near-duplicate
    retranslation_anchors: float = 0.5  # Jaccard of names and figures for a re-translation
    retranslation_title: float = 0.3  # Dice of title bigrams for a re-translation
    seed: int = 20251125

    def __post_init__(self) -> None:
        if self.bands * self.rows != self.num_perm:
            raise ValueError(f"bands x rows ({self.bands} x {self.rows}) must equal num_perm ({self.num_perm})")
        if self.ngram < 1:
            raise ValueError("ngram must be at least 1")

    @property
    def algorithm(self) -> str:
        return f"{ALGORITHM_VERSION}:n{self.ngram}:p{self.num_perm}:s{self.seed}"

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> SimilarityConfig:
        known = {k: v for k, v in values.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def _splitmix64(x: np.ndarray) -> np.ndarray:
    x = x + np.uint64(0x9E3779B97F4A7C15)
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def gram_hashes(folded: str, n: int, *, distinct: bool = False) -> np.ndarray:
    """64-bit hashes of the text's character n-grams (a short text is one gram); repeats are kept
    unless `distinct`, since they do not change a minimum."""
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if codes.size == 0:
        return np.zeros(0, dtype=np.uint64)
    if codes.size < n:
        n = int(codes.size)
    count = codes.size - n + 1
    with np.errstate(over="ignore"):
        h = np.zeros(count, dtype=np.uint64)
        for k in range(n):
            h = h * _P + codes[k:k + count]
        mixed = _splitmix64(h)
    return np.unique(mixed) if distinct else mixed


class MinHasher:
    """Signatures and band buckets for one configuration (its hash functions are drawn once)."""

    def __init__(self, config: SimilarityConfig | None = None) -> None:
        self.config = config or SimilarityConfig()
        rng = np.random.default_rng(self.config.seed)
        self._a = (rng.integers(0, 2**63, self.config.num_perm, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
        self._b = rng.integers(0, 2**63, self.config.num_perm, dtype=np.uint64)
        self._band_mix = rng.integers(0, 2**63, self.config.rows, dtype=np.uint64) | np.uint64(1)

    def signature(self, folded: str) -> np.ndarray:
        """uint32[num_perm]: per hash function, the minimum over the text's n-grams."""
        grams = gram_hashes(folded, self.config.ngram)
        if grams.size == 0:
            return np.full(self.config.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
        with np.errstate(over="ignore"):
            mixed = np.multiply(self._a[:, None], grams[None, :])  # in place from here: no temporaries
            mixed += self._b[:, None]
            mixed >>= np.uint64(32)
        return mixed.min(axis=1).astype(np.uint32)

    def bands(self, signature: np.ndarray) -> np.ndarray:
        """int64[bands]: one bucket per band, a hash of its rows (signed, as PostgreSQL bigint)."""
        rows = signature.reshape(self.config.bands, self.config.rows).astype(np.uint64)
        with np.errstate(over="ignore"):
            h = _splitmix64((rows * self._band_mix[None, :]).sum(axis=1, dtype=np.uint64)
                            ^ np.arange(self.config.bands, dtype=np.uint64))
        return h.view(np.int64)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / float(a.size)


def estimated_jaccards(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row by row: the estimated Jaccard of a[i] and b[i] (two stacks of signatures)."""
    return np.count_nonzero(a == b, axis=1) / a.shape[1]


def exact_jaccard(folded_a: str, folded_b: str, n: int = 5) -> float:
    """The true Jaccard of two folded texts' n-gram sets (for tests and benchmarks)."""
    a = set(gram_hashes(folded_a, n, distinct=True).tolist())
    b = set(gram_hashes(folded_b, n, distinct=True).tolist())
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


# -- re-translation evidence: names and figures survive a second translation ----------------

# A transliterated name is glued to the words around it (no spaces in Chinese): keep the two characters on
# each side of its middle dot, which any context leaves intact ("總裁彼得·洛根在" -> "彼得·洛根").
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{2}[·・‧][\u4e00-\u9fff]{2}")
LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
FIGURE = re.compile(r"\d+(?:[.,]\d+)*%?")
YEAR = re.compile(r"^(?:19|20)\d\d$")


def _distinctive_figure(figure: str) -> bool:
    """Figures that say something (1,500; 2.5%; 30000), not days, small counts or years."""
    digits = figure.replace(",", "")
    if "." in digits or digits.endswith("%"):
        return True
    return len(digits) >= 3 and not YEAR.match(digits)


def anchors(text: str) -> frozenset[str]:
    """Transliterated and Latin names, and figures, folded: what a re-translation keeps."""
    found = {fold(m) for m in DOTTED_NAME.findall(text)} | {fold(m) for m in LATIN_NAME.findall(text)}
    found |= {m.replace(",", "") for m in FIGURE.findall(text) if _distinctive_figure(m)}
    return frozenset(a for a in found if a)


def _bigrams(text: str) -> set[str]:
    folded = fold(text)
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


def title_dice(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def set_jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Fingerprint:
    """What dedup knows of an article."""

    source: str
    uri: str
    key_sha256: str
    script: str
    title: str
    signature: np.ndarray = field(repr=False, compare=False)
    anchors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Decision:
    relation: str  # exact, other-script, revision, near-duplicate, re-translation, distinct
    similarity: float  # estimated Jaccard of the signatures
    reason: str

    @property
    def same_story(self) -> bool:
        return self.relation != "distinct"


def may_relate(similarity: np.ndarray, new_anchors: Sequence[frozenset[str]], old_anchors: Sequence[frozenset[str]],
               new_at: np.ndarray, old_at: np.ndarray, config: SimilarityConfig) -> np.ndarray:
    """For pairs of articles in different locations, whether `decide` can relate them, from two fields alone:
    pair i is new article `new_at[i]` and stored article `old_at[i]` (positions in the anchor sequences),
    with `similarity[i]` the estimated Jaccard of their signatures.

    Every relation but `revision` needs the near-duplicate estimate or the names-and-figures overlap (an
    exact repeat has the same signature, so it passes the estimate): a false LSH or anchor candidate
    failing both is dropped before its other fields are fetched. Same-location candidates must not be
    filtered with this. The estimate is tested for all pairs at once; names are compared only for pairs
    below the threshold with names on both sides (set_jaccard of an empty set is 0)."""
    keep = similarity >= config.near_threshold
    named = (np.fromiter(map(bool, new_anchors), dtype=bool, count=len(new_anchors))[new_at]
             & np.fromiter(map(bool, old_anchors), dtype=bool, count=len(old_anchors))[old_at])
    for i in np.flatnonzero(~keep & named).tolist():
        keep[i] = set_jaccard(new_anchors[new_at[i]], old_anchors[old_at[i]]) >= config.retranslation_anchors
    return keep


def decide(new: Fingerprint, old: Fingerprint, config: SimilarityConfig | None = None) -> Decision:
    """The relation of `new` to `old`, cheapest evidence first, with the reason."""
    config = config or SimilarityConfig()
    similarity = estimated_jaccard(new.signature, old.signature)
    if new.key_sha256 == old.key_sha256:
        if new.script != old.script:
            return Decision("other-script", 1.0, f"same folded text, {old.script} -> {new.script}")
        return Decision("exact", 1.0, "same folded text")
    if (new.source, new.uri) == (old.source, old.uri):
        return Decision("revision", similarity, f"same location {new.uri}, changed text (J~{similarity:.2f})")
    if similarity >= config.near_threshold:
        if new.script != old.script:
            return Decision("other-script", similarity, f"J~{similarity:.2f} >= {config.near_threshold} "
                            f"across scripts {old.script} -> {new.script}")
        return Decision("near-duplicate", similarity, f"J~{similarity:.2f} >= {config.near_threshold}")
    anchor_j = set_jaccard(new.anchors, old.anchors)
    dice = title_dice(new.title, old.title)
    if anchor_j >= config.retranslation_anchors and dice >= config.retranslation_title:
        return Decision("re-translation", similarity,
                        f"J~{similarity:.2f} but names/figures {anchor_j:.2f} and title {dice:.2f} agree")
    return Decision("distinct", similarity,
                    f"J~{similarity:.2f} < {config.near_threshold}; names/figures {anchor_j:.2f}, title {dice:.2f}")
