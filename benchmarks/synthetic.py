"""Synthetic corpus for benchmarking near-duplicate detection: originals, their variants, same-topic decoys.

Every document is one article in the text format of FORMAT.md (headline ` - publisher`, byline, optional lead
photo whose credit is glued to the first paragraph, one paragraph per line). Originals are written from the
templates of `synthetic_vocab.py` (Traditional Chinese, Hong Kong variants, ASCII commas); each is followed by
its variants and by same-topic articles that reuse its topic and its people and organisations but tell another
story (another event, other figures, none of its sentences). The ground truth is each document's `story`: a
variant shares its original's, a same-topic article has its own.

    python -m benchmarks.synthetic --originals 1000 --seed 1 --out /tmp/corpus

Built for streaming a million documents with flat memory:
- templates are compiled once into format strings, and each topic's sentences are grouped once into paragraphs,
  48 different ways (partitions); an article is a plan (the template ids of each paragraph: paragraphs of one
  partition, so no sentence twice) rendered with one `format_map` over a dict holding its cast and figures
  (four precomputed figure sets, about 10^12 combinations, plus dates before its day);
- a retranslation renders the same plan with alternative templates (synonyms, other sentence frames), so it
  keeps every name and figure; `simplified` and `taiwan` are OpenCC conversions of the whole file, batched per
  block of originals (OpenCC runs about twice as fast with its dictionaries in the CPU caches);
- each original has its own random stream seeded from (seed, index): the output is deterministic and the same
  whether it is generated in this process or, for large runs, in worker processes (see `_workers`).
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import math
import multiprocessing
import os
import random
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synthetic_vocab as V

KINDS = ("original", "cut", "reorder", "edit", "update", "simplified", "taiwan", "repunct", "noise",
         "retranslation", "same-topic")
VARIANT_KINDS = KINDS[1:-1]  # drawn uniformly
SAME_TOPIC_RATE = 0.3  # same-topic articles per original (Poisson mean)
MAX_VARIANT_DELAY = 7  # days after the original


@dataclass(frozen=True)
class SyntheticDoc:
    doc_id: str  # unique, filename-safe: "s000123-orig", "s000123-cut1"
    story: str  # ground truth: variants share their original's story; same-topic articles get their own
    kind: str  # one of KINDS
    base: str | None  # doc_id of the original a variant derives from (None for originals and same-topic)
    published: datetime.date
    text: str  # one article in the FORMAT.md text format, no trailing newline


def _pick(r, seq):  # type: ignore[no-untyped-def]
    return seq[int(r() * len(seq))]


_TRANSLITERATED = tuple(given + "·" + family for given in V.GIVEN_T.split() for family in V.FAMILY_T.split())
_CHINESE = tuple(surname + given for surname in V.SURNAME_C.split() for given in V.GIVEN_C.split())
_LATIN = tuple(first + " " + last for first in V.LATIN_FIRST.split() for last in V.LATIN_LAST.split())
_ORG_PREFIX = tuple(V.ORG_PREFIX.split())
_LATIN_ORGS = tuple(name.strip() for name in V.LATIN_ORGS.strip().split("|"))


# -- templates -----------------------------------------------------------------------------------------

FIGURE_KINDS = frozenset({"pct", "ipct", "bp", "rate", "amt", "big", "bn", "bnd", "num", "few", "yr", "pyr", "price",
                          "idx", "date", "wd", "mon", "qtr"})
ARTICLE_FIGURES = frozenset({"wd", "mon", "qtr"})  # one value per article: the event's weekday, month, quarter
NAME_SLOTS = frozenset({"co", "co2", "co3", "exec", "exec_r", "ana", "ana_f", "eco", "eco_f", "off", "off_r", "city",
                        "city2", "country", "country2", "sector", "product", "metric", "body", "exec_full",
                        "ana_full", "eco_full", "off_full"})
_SLOT = re.compile(r"\{([a-z0-9]+(?:_[a-z]+)?)(_[A-Z])?\}")
_NUMBERED = 12  # figure keys per kind (_0 to _11): templates cycle through them so sentences get other figures
_FAMILIES = 4  # figure sets: family f holds the keys _3f, _3f+1, _3f+2


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def _numbered(raw: str, base: int) -> str:
    """The template as a format string: the k-th `{pct}` becomes `{pct_<(base + k) % 6>}`."""
    counts: dict[str, int] = {}

    def slot(match: re.Match[str]) -> str:
        name, fixed = match.group(1), match.group(2)
        if fixed:
            return "{" + name + fixed + "}"
        if name in FIGURE_KINDS:
            if name in ARTICLE_FIGURES:
                return "{" + name + "_A}"
            k = counts.get(name, 0)
            counts[name] = k + 1
            return "{%s_%d}" % (name, (base + k) % _NUMBERED)  # noqa: UP031
        if name in NAME_SLOTS:
            return match.group(0)
        raise ValueError(f"unknown slot {{{name}}} in template {raw!r}")

    return _SLOT.sub(slot, raw)


SYNONYM: dict[str, str] = {}
for _pair in V.SYNONYMS.split():
    _a, _b = _pair.split("/")
    if _a in SYNONYM or _b in SYNONYM:
        raise ValueError(f"synonym listed twice: {_pair}")
    SYNONYM[_a], SYNONYM[_b] = _b, _a
_SYN_RE = re.compile("|".join(map(re.escape, sorted(SYNONYM, key=lambda w: (-len(w), w)))))
_REPHRASE = [(re.compile(pattern), repl) for pattern, repl in V.REPHRASE]


def _retranslate(raw: str, rng: random.Random, *, rate: float) -> str:
    """A second translation of a template: some sentence frames rephrased, most words swapped for synonyms."""
    for pattern, repl in _REPHRASE:
        if rng.random() < 0.7:
            raw = pattern.sub(repl, raw)
    return _SYN_RE.sub(lambda m: SYNONYM[m.group()] if rng.random() < rate else m.group(), raw)


class _Templates:
    """All compiled templates: `fmt[tid]` a format string, `alt(tid, k)` its k-th retranslation (k = 0, 1).

    Templates of one group (a quote in each of its frames, a headline with its lead) are one sentence as far
    as "no sentence twice in an article" goes, and number their figures alike."""

    def __init__(self) -> None:
        self.fmt: list[str] = []
        self.group: list[int] = []
        self._source: list[tuple[str, str | None, int, str]] = []  # primary, hand-written alternative, base, kind
        self._alt: dict[tuple[int, int], str] = {}
        self.quote_alt: dict[int, list[str]] = {}
        self._groups = 0

    def new_group(self) -> int:
        self._groups += 1
        return self._groups - 1

    def add(self, raw: str, *, group: int | None = None, kind: str = "") -> int:
        primary, _, alternative = raw.partition("|")
        group = self.new_group() if group is None else group
        self.fmt.append(_numbered(primary, group))
        self.group.append(group)
        self._source.append((primary, alternative or None, group, kind))
        return len(self.fmt) - 1

    def alt(self, tid: int, k: int) -> str:
        found = self._alt.get((tid, k))
        if found is None:
            primary, alternative, base, kind = self._source[tid]
            rng = random.Random(tid * 7919 + k)
            if kind == "quote":  # another frame around the same words
                text = _retranslate(self.quote_alt[tid][k], rng, rate=0.9)
            elif alternative is not None and k == 0:
                text = alternative
            else:
                text = _retranslate(primary, rng, rate=1.0 if kind == "headline" else 0.9)
                if kind == "headline" and text == primary and "," in primary:
                    head, _, tail = primary.partition(",")
                    text = tail + "," + head
            found = self._alt[(tid, k)] = _numbered(text, base)
        return found


T = _Templates()


def _pool(block: str) -> list[int]:
    return [T.add(line) for line in _lines(block)]


_FRAMES_DIRECT = _lines(V.FRAMES_DIRECT)
_FRAMES_ALL = _FRAMES_DIRECT + _lines(V.FRAMES_REPORTED)
_SPEAKERS = {"exec": ("{exec_full}", "{exec}"), "ana": ("{ana_full}", "{ana}"), "eco": ("{eco_full}", "{eco}"),
             "off": ("{off_full}", "{off}")}


def _quotes(block: str, speaker: str, *, first_person: bool) -> list[tuple[int, ...]]:
    """Per quote, its templates in every frame (first-person quotes only in direct speech) and speaker form
    (role and name, or the name only). A retranslation puts the same words in another frame."""
    frames = _FRAMES_DIRECT if first_person else _FRAMES_ALL
    quotes = []
    for content in _lines(block):
        group = T.new_group()
        tids = []
        for f, frame in enumerate(frames):
            for spk in _SPEAKERS[speaker]:
                tid = T.add(frame.replace("{q}", content).replace("{spk}", spk), group=group, kind="quote")
                T.quote_alt[tid] = [frames[(f + step) % len(frames)].replace("{q}", content).replace("{spk}", spk)
                                    for step in (1, 3)]
                tids.append(tid)
        quotes.append(tuple(tids))
    return quotes


@dataclass
class _Event:
    headlines: list[int]
    leads: list[int]
    follows: list[int]


@dataclass
class _Topic:
    name: str
    orgs: tuple[str, ...]
    nouns: dict[str, tuple[str, ...]]
    bodies: tuple[str, ...]
    exec_roles: tuple[str, ...]
    off_roles: tuple[str, ...]
    events: list[_Event]
    sections: dict[str, list[int]]
    quotes: dict[str, list[tuple[int, ...]]]
    captions: list[int]
    partitions: list[list[tuple[str, tuple[int, ...], frozenset[int]]]]  # see _partition
    exec_groups: frozenset[int] = frozenset()  # the quotes of the story's main person
    body: tuple[int, ...] = ()  # every body sentence (for _fresh_paragraphs)
    all_quotes: tuple[tuple[int, ...], ...] = ()


_GENERIC = {name: _pool(getattr(V, name.upper()))
            for name in ("context", "policy", "analyst", "market", "outlook", "risk", "closing")}
_GENERIC_QUOTES = {
    "exec": _quotes(V.QUOTE_EXEC, "exec", first_person=True),
    "ana": _quotes(V.QUOTE_ANA, "ana", first_person=False),
    "off": _quotes(V.QUOTE_OFF, "off", first_person=True),
    "eco": _quotes(V.QUOTE_ECO, "eco", first_person=False),
}
_GENERIC_CAPTIONS = _pool(V.CAPTIONS)
_UPDATE_FIRST = _pool(V.UPDATE_FIRST)
_UPDATE_MORE = _pool(V.UPDATE_MORE)
PARTITIONS_PER_TOPIC = 48
QUOTE_SHARE = 0.4  # of the quotes, those a partition uses
MIN_BODY, MAX_BODY = 900, 1600  # characters of body: below, more paragraphs (up to 15); above, no more
_FILLERS = ("detail", "context", "background", "policy")


def _topic(name: str, spec: dict) -> _Topic:  # type: ignore[type-arg]
    events = []
    for block in spec["events"].strip().split("\n\n"):
        lines = _lines(block)
        group = T.new_group()  # a headline and its lead share the `_H` figures
        events.append(_Event(
            headlines=[T.add(line[2:], group=group, kind="headline") for line in lines if line.startswith("H:")],
            leads=[T.add(line[2:], group=group) for line in lines if line.startswith("L:")],
            follows=[T.add(line[2:]) for line in lines if line.startswith("F:")],
        ))
    sections = {"detail": _pool(spec["details"]), "background": _pool(spec["background"]),
                "context": _GENERIC["context"], "policy": _GENERIC["policy"], "closing": _GENERIC["closing"]}
    quotes = {"exec": _quotes(spec["quotes_exec"], "exec", first_person=True),
              "off": _quotes(spec["quotes_off"], "off", first_person=True) + _GENERIC_QUOTES["off"],
              "eco": _GENERIC_QUOTES["eco"]}
    if spec["corporate"]:  # company news: analysts, share prices, outlook and risks
        sections.update({name: _GENERIC[name] for name in ("analyst", "market", "outlook", "risk")})
        quotes["exec"] = quotes["exec"] + _GENERIC_QUOTES["exec"]
        quotes["ana"] = _GENERIC_QUOTES["ana"]
    orgs = spec.get("orgs") or tuple(prefix + suffix for prefix in _ORG_PREFIX for suffix in spec["org_suffixes"])
    topic = _Topic(
        name=name, orgs=orgs, nouns={key: spec[key] for key in ("sector", "product", "metric")},
        bodies=spec["body"], exec_roles=spec["exec_roles"], off_roles=spec["off_roles"], events=events,
        sections=sections, quotes=quotes, captions=_pool(spec["captions"]) + _GENERIC_CAPTIONS, partitions=[],
    )
    topic.exec_groups = frozenset(T.group[tids[0]] for tids in quotes["exec"])
    topic.body = tuple(t for name, tids in sections.items() if name != "closing" for t in tids)
    topic.all_quotes = tuple(tids for kind in quotes.values() for tids in kind)
    rng = random.Random("partitions:" + name)
    topic.partitions = [_partition(topic, rng) for _ in range(PARTITIONS_PER_TOPIC)]
    return topic


def _partition(topic: _Topic, rng: random.Random) -> list[tuple[str, tuple[int, ...], frozenset[int]]]:
    """The topic's body sentences grouped into paragraphs, each sentence once: a quote (in a random frame) with
    1-2 sentences after it, or 3-5 sentences of one section. An article takes paragraphs of one partition, so
    no sentence comes twice, with no check at generation time; 48 partitions per topic give the variety."""
    r = rng.random
    pools = {name: list(tids) for name, tids in topic.sections.items() if name != "closing"}
    for tids in pools.values():
        tids.sort(key=lambda _: r())
    fillers = [name for name in _FILLERS if name in pools]
    paragraphs: list[list[int]] = []
    for quotes in topic.quotes.values():
        for tids in quotes:
            if r() > QUOTE_SHARE:
                continue
            paragraph = [_pick(r, tids)]
            for _ in range(1 + (r() < 0.6)):
                pool = pools[_pick(r, fillers)]
                if pool:
                    paragraph.append(pool.pop())
            paragraphs.append(paragraph)
    for pool in pools.values():
        while pool:
            size = 3 + (r() < 0.4) + (r() < 0.15)
            if len(pool) < size + 2:  # no paragraph of one or two sentences at the end
                size = len(pool)
            paragraphs.append([pool.pop() for _ in range(size)])
    return [("".join(T.fmt[t] for t in p), tuple(p), frozenset(T.group[t] for t in p)) for p in paragraphs]


TOPICS = tuple(_topic(name, spec) for name, spec in V.TOPICS.items())

# -- figures: precomputed tables and sets ---------------------------------------------------------------


def _tables() -> dict[str, tuple[str, ...]]:
    rng = random.Random(20250101)
    u = rng.random
    size = 4096
    return {
        "pct": tuple(f"{(int(u() ** 1.7 * 320) + 2) / 10:.1f}%" for _ in range(size)),
        "ipct": tuple(f"{int(3 + u() * u() * 70)}%" for _ in range(size)),
        "bp": ("10", "15", "25", "25", "25", "50", "50", "75"),
        "rate": tuple(f"{q / 4:.2f}%" for q in range(1, 31)),
        "amt": tuple(f"{int(1000 + u() * u() * 98000) // 50 * 50:,}" for _ in range(size)),
        "big": tuple(f"{int(12 + u() * u() * 4000):,}" for _ in range(size)),
        "bn": tuple(str(int(2 + u() * u() * 600)) for _ in range(size)),
        "bnd": tuple(f"{0.5 + u() * 60:.1f}" for _ in range(size)),
        "num": tuple(str(n) for n in range(3, 61)),
        "few": tuple(str(n) for n in range(2, 10)),
        "yr": tuple(str(n) for n in range(2026, 2033)),
        "pyr": tuple(str(n) for n in range(2008, 2025)),
        "price": tuple(f"{1.5 + u() * u() * 480:.2f}" for _ in range(size)),
        "idx": tuple(f"{int(1800 + u() * 40000):,}.{int(u() * 100):02d}" for _ in range(size)),
        "qtr": ("第一季", "第二季", "第三季", "第四季"),
    }


_TABLE = _tables()
_KEY = re.compile(r"\{([a-z]+)_([0-9]+|[A-Z])\}")
_USED_KEYS = sorted({m.groups() for form in T.fmt for m in _KEY.finditer(form)})
_DATE_KEYS = tuple(f"date_{suffix}" for kind, suffix in _USED_KEYS if kind == "date")


def _figure_sets(count: int = 1024) -> tuple[tuple[dict[str, str], ...], ...]:
    """Families of figure assignments (family f: keys _3f to _3f+2; the first also the `_H` and `_A` ones): an
    article takes one set of each, with one dict merge. Dates are not here: they depend on the article's day."""
    rng = random.Random(20250102)
    per = _NUMBERED // _FAMILIES
    families = []
    for family in range(_FAMILIES):
        own = {str(n) for n in range(per * family, per * (family + 1))}
        keys = [(kind, suffix) for kind, suffix in _USED_KEYS if kind in _TABLE
                and (suffix in own or (family == 0 and suffix.isalpha()))]
        families.append(tuple({f"{kind}_{suffix}": _pick(rng.random, _TABLE[kind]) for kind, suffix in keys}
                              for _ in range(count)))
    return tuple(families)


_FIGURE_SETS = _figure_sets()
_WEEKDAYS = ("週一", "週二", "週三", "週四", "週五", "週六", "週日")
_DAY0 = datetime.date(2000, 1, 1).toordinal()
_DATES = tuple(f"{d.month}月{d.day}日" for d in (datetime.date.fromordinal(_DAY0 + k) for k in range(60 * 366)))


def _context(r, cast: dict[str, str], day: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Slot values of one article: its cast, one figure set of each family, dates before `day`."""
    f0, f1, f2, f3 = _FIGURE_SETS
    ctx = {**cast, **f0[int(r() * len(f0))], **f1[int(r() * len(f1))], **f2[int(r() * len(f2))],
           **f3[int(r() * len(f3))]}
    offset = day - _DAY0
    for key in _DATE_KEYS:
        ctx[key] = _DATES[offset - int(r() * 21)]
    ctx["wd_A"] = _WEEKDAYS[(day - int(r() * 3) + 6) % 7]
    ctx["mon_A"] = _DATES[offset - 20 - int(r() * 70)].partition("月")[0] + "月"
    return ctx


# -- the cast of a story: organisations, people, places -------------------------------------------------



def _cast(r, topic: _Topic) -> dict[str, str]:  # type: ignore[no-untyped-def]
    places = V.PLACES
    city, country = places[int(r() * len(places))]
    city2, country2 = places[int(r() * len(places))]
    while country2 == country:
        city2, country2 = places[int(r() * len(places))]
    names = topic.orgs
    latin = 0.12 if len(names) > 100 else 0.0  # not for parties
    orgs: list[str] = []
    while len(orgs) < 3:
        org = _LATIN_ORGS[int(r() * len(_LATIN_ORGS))] if r() < latin else names[int(r() * len(names))]
        if org not in orgs:
            orgs.append(org)
    people: list[str] = []
    while len(people) < 4:
        names = _TRANSLITERATED if r() < 0.6 else _CHINESE
        name = names[int(r() * len(names))]
        if name not in people:
            people.append(name)
    firm = _pick(r, _LATIN_ORGS) if r() < 0.2 else _pick(r, _ORG_PREFIX) + _pick(r, V.FIRMS)
    house = _pick(r, _ORG_PREFIX) + _pick(r, V.ECO_HOUSES)
    exec_r = orgs[0] + _pick(r, topic.exec_roles)
    off_r = _pick(r, topic.off_roles).replace("{country}", country)
    nouns = topic.nouns
    return {
        "co": orgs[0], "co2": orgs[1], "co3": orgs[2],
        "exec": people[0], "exec_r": exec_r, "exec_full": exec_r + people[0],
        "ana": people[1], "ana_f": firm, "ana_full": firm + "分析師" + people[1],
        "eco": people[2], "eco_f": house, "eco_full": house + "首席經濟學家" + people[2],
        "off": people[3], "off_r": off_r, "off_full": off_r + people[3],
        "city": city, "country": country, "city2": city2, "country2": country2,
        "body": _pick(r, topic.bodies).replace("{country}", country),
        "sector": _pick(r, nouns["sector"]), "product": _pick(r, nouns["product"]),
        "metric": _pick(r, nouns["metric"]),
    }


def _byline(r) -> str:  # type: ignore[no-untyped-def]
    """Latin names `A B, C D` (most wire bylines) or Chinese ones `甲、乙`."""
    if r() < 0.75:
        names = [_pick(r, _LATIN) for _ in range(1 + (r() < 0.45) + (r() < 0.1))]
        return ", ".join(dict.fromkeys(names))
    names = [_pick(r, _CHINESE) for _ in range(1 + (r() < 0.4))]
    return "、".join(dict.fromkeys(names))


def _credit(r) -> str:  # type: ignore[no-untyped-def]
    name = _pick(r, _LATIN if r() < 0.45 else _TRANSLITERATED)
    return "攝影師:" + name + "/" + _pick(r, V.PHOTO_AGENCIES)


# -- articles -----------------------------------------------------------------------------------------


class _Article:
    """One rendered article and what its variants need: the plan, the slot values, the photos."""

    __slots__ = ("byline", "ctx", "dateline", "event", "headline", "lead", "paras", "plan", "pre", "pre_tids",
                 "pub", "title")

    def groups(self) -> set[int]:
        """The sentences (template groups) the article uses, for a same-topic article to avoid."""
        group = T.group
        used = {group[t] for tids in self.plan for t in tids}
        used.update(group[t] for t in self.pre_tids.values())
        used.add(group[self.headline])
        return used

    def text(self, title: str | None = None, paras: list[str] | None = None, pre: list[str] | None = None) -> str:
        return _assemble(self.title if title is None else title, self.pub, self.byline, self.lead,
                         self.pre if pre is None else pre, self.paras if paras is None else paras)


def _assemble(title: str, pub: str, byline: str, lead: tuple[str, str] | None, pre: list[str],
              paras: list[str]) -> str:
    """The file: headline - publisher, byline, lead caption, credit glued to the first paragraph, paragraphs
    (an in-body photo's caption and credit glued to the start of its paragraph)."""
    lines = [title + " - " + pub, byline]
    if lead is not None:
        lines.append(lead[0])
        lines.append(lead[1] + pre[0] + paras[0])
    else:
        lines.append(pre[0] + paras[0])
    for i in range(1, len(paras)):
        lines.append(pre[i] + paras[i])
    return "\n".join(lines)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _residue_space(r, text: str) -> str:  # type: ignore[no-untyped-def]
    """A stray space where a hyperlink was removed, between two CJK characters."""
    if len(text) < 8:
        return text
    for _ in range(8):
        j = 2 + int(r() * (len(text) - 4))
        if _is_cjk(text[j - 1]) and _is_cjk(text[j]) and "·" not in text[j - 5:j + 5]:  # not inside a name
            return text[:j] + " " + text[j:]
    return text


def _fresh_paragraphs(r, topic: _Topic, exclude: set[int], count: int  # type: ignore[no-untyped-def]
                      ) -> list[tuple[str, tuple[int, ...], frozenset[int]]]:
    """Up to `count` paragraphs of the sentences not in `exclude` (for a same-topic article): a quote with one or
    two sentences after it, or three to five sentences."""
    group, fmt = T.group, T.fmt
    free = [t for t in topic.body if group[t] not in exclude]
    quotes = [tids for tids in topic.all_quotes if group[tids[0]] not in exclude]
    out = []
    while len(out) < count and len(free) > 1:
        if quotes and r() < 0.25:
            paragraph = [_pick(r, quotes.pop(int(r() * len(quotes))))]
            size = 1 + (r() < 0.6)
        else:
            paragraph = []
            size = 3 + (r() < 0.4) + (r() < 0.15)
        for _ in range(min(size, len(free))):
            paragraph.append(free.pop(int(r() * len(free))))
        out.append(("".join([fmt[t] for t in paragraph]), tuple(paragraph), frozenset(group[t] for t in paragraph)))
    return out


def _write(r, topic: _Topic, cast: dict[str, str], day: int, *,  # type: ignore[no-untyped-def]
           avoid: _Article | None = None) -> _Article:
    """A new article on `topic` about `cast`; with `avoid`, another event and none of its sentences."""
    ctx = _context(r, cast, day)
    fmt = T.fmt
    events = topic.events
    event = int(r() * len(events))
    while avoid is not None and event == avoid.event:
        event = int(r() * len(events))
    ev = events[event]
    k = int(r() * len(ev.headlines))  # the k-th headline goes with the k-th lead
    headline, lead, follow = ev.headlines[k], ev.leads[k % len(ev.leads)], _pick(r, ev.follows)
    if r() < 0.6:
        plan: list[tuple[int, ...]] = [(lead, follow)]
        formats = [fmt[lead] + fmt[follow]]
    else:
        plan = [(lead,), (follow,)]
        formats = [fmt[lead], fmt[follow]]
    n = 8 + int(r() * 8)
    if avoid is None:
        used: set[int] = set()
        paragraphs = topic.partitions[int(r() * len(topic.partitions))]
    else:  # paragraphs of the sentences the other article does not use
        used = avoid.groups()
        paragraphs = _fresh_paragraphs(r, topic, used, 14)
    # paragraphs of the partition in random order (a partial Fisher-Yates shuffle), the first one after a
    # follow-up sentence standing alone; fewer than n past MAX_BODY characters, more below MIN_BODY
    m = len(paragraphs)
    order = list(range(m))
    count = len(plan)
    merge = count == 2
    length = 0
    exec_groups = topic.exec_groups
    has_exec = False
    for j in range(m):
        if not ((count < n and length < MAX_BODY) or (length < MIN_BODY and count < 15)):
            break
        x = j + int(r() * (m - j))
        order[j], order[x] = order[x], order[j]
        form, tids, groups = paragraphs[order[j]]
        if not has_exec and not exec_groups.isdisjoint(groups):
            has_exec = True
        if merge:
            plan[-1] += tids
            formats[-1] += form
            merge = False
        else:
            plan.append(tids)
            formats.append(form)
            count += 1
        length += len(form)  # about the length of the paragraph's text
    # the main person of the story speaks in every article about it (a same-topic one included)
    group = T.group
    quotes = topic.quotes["exec"]
    if not has_exec:
        for _ in range(8):
            tids = quotes[int(r() * len(quotes))]
            if group[tids[0]] not in used:
                tid = tids[int(r() * len(tids))]
                if len(plan) < 15:
                    k = 1 + int(r() * len(plan))
                    plan.insert(k, (tid,))
                    formats.insert(k, fmt[tid])
                else:
                    k = 1 + int(r() * (len(plan) - 1))
                    plan[k] = (tid, *plan[k])
                    formats[k] = fmt[tid] + formats[k]
                break
    closing = topic.sections["closing"]
    tid = closing[int(r() * len(closing))]
    if r() < 0.5 and group[tid] not in used:
        plan[-1] = (*plan[-1], tid)
        formats[-1] += fmt[tid]

    art = _Article()
    art.event, art.ctx, art.plan, art.headline = event, ctx, plan, headline
    art.pub = "彭博社" if r() < 0.6 else "路透社"
    art.byline = _byline(r)
    formats.insert(0, fmt[headline])
    paras = "\n".join(formats).format_map(ctx).split("\n")  # one call for the headline and all paragraphs
    art.title = paras.pop(0)
    art.dateline = ""
    if art.pub == "路透社" and r() < 0.7:
        art.dateline = ctx["city"] + "," + _DATES[day - _DAY0] + "(路透社)——"
        paras[0] = art.dateline + paras[0]
    if r() < 0.25:
        k = int(r() * len(paras))
        paras[k] = _residue_space(r, paras[k])
    art.paras = paras
    art.pre = [""] * len(paras)
    art.pre_tids = {}
    art.lead = None
    captions = topic.captions
    if r() < 0.6 and T.group[tid := captions[int(r() * len(captions))]] not in used:
        art.lead = (fmt[tid].format_map(ctx), _credit(r))
        art.pre_tids[-1] = tid
    if r() < 0.3 and len(paras) > 4:
        tid = captions[int(r() * len(captions))]
        if T.group[tid] not in used and tid not in art.pre_tids.values():
            k = 2 + int(r() * (len(paras) - 3))
            art.pre[k] = fmt[tid].format_map(ctx) + _credit(r)
            art.pre_tids[k] = tid
    return art


# -- variants -----------------------------------------------------------------------------------------

_CONVERTERS: dict[str, object] = {}


class _Deferred:
    """A text still to convert with OpenCC: `simplified` is hk2s of the file, `taiwan` s2tw of that."""

    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str) -> None:
        self.kind, self.text = kind, text


def _convert_block(rows: list[Row]) -> list[Row]:
    """Resolve the block's deferred conversions, each converter over all its texts in a row: OpenCC is about
    twice as fast when its dictionaries stay in the CPU caches as when it runs between other work."""
    jobs = [(i, row[5]) for i, row in enumerate(rows) if isinstance(row[5], _Deferred)]
    if not jobs:
        return rows
    simplified = [_convert("hk2s", job.text) for _, job in jobs]
    taiwan = iter([_convert("s2tw", text) for (_, job), text in zip(jobs, simplified, strict=True)
                   if job.kind == "taiwan"])
    for (i, job), text in zip(jobs, simplified, strict=True):
        rows[i] = (*rows[i][:5], next(taiwan) if job.kind == "taiwan" else text)
    return rows


def _convert(config: str, text: str) -> str:
    """OpenCC, each converter built once per process."""
    converter = _CONVERTERS.get(config)
    if converter is None:
        import opencc

        converter = _CONVERTERS[config] = opencc.OpenCC(config)
    return converter.convert(text)  # type: ignore[attr-defined]


_SENTENCE = re.compile(r"[^。]+。?")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _other_number(r, number: str) -> str:  # type: ignore[no-untyped-def]
    """A different figure written the same way (same decimals, thousands separators kept)."""
    if "." in number:
        head, _, tail = number.rpartition(".")
        return head + "." + tail[:-1] + str((int(tail[-1]) + 1 + int(r() * 8)) % 10)
    value = int(number.replace(",", ""))
    new = value
    while new == value:
        new = max(1, int(value * (0.7 + r() * 0.6)) + (1 if r() < 0.5 else -1))
    return f"{new:,}" if "," in number else str(new)


def _edit_sentence(r, sentence: str, ctx: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    """Swap a figure, a word (for its synonym), or add a clause; the first that applies from a random start."""
    start = int(r() * 3)
    for step in range(3):
        op = (start + step) % 3
        if op == 0:
            numbers = list(_NUMBER.finditer(sentence))
            if numbers:
                m = _pick(r, numbers)
                return sentence[:m.start()] + _other_number(r, m.group()) + sentence[m.end():]
        elif op == 1:
            words = list(_SYN_RE.finditer(sentence))
            if words:
                m = _pick(r, words)
                return sentence[:m.start()] + SYNONYM[m.group()] + sentence[m.end():]
        elif sentence.endswith("。") and "“" not in sentence and "”" not in sentence:
            return sentence[:-1] + _pick(r, V.EDIT_CLAUSES).format_map(ctx) + "。"
    return sentence


def _edit(r, art: _Article) -> list[str]:  # type: ignore[no-untyped-def]
    """About 5-10% of the sentences changed, each in one place."""
    paras = list(art.paras)
    sentences = sum(p.count("。") for p in paras)
    for _ in range(max(1, round(sentences * (0.05 + 0.05 * r())))):
        i = int(r() * len(paras))
        text = paras[i]
        spans = [m.span() for m in _SENTENCE.finditer(text)]
        a, b = spans[int(r() * len(spans))]
        paras[i] = text[:a] + _edit_sentence(r, text[a:b], art.ctx) + text[b:]
    if paras == art.paras:  # nothing applied (rare): add a clause to the last sentence
        last = paras[-1].removesuffix("。")
        paras[-1] = last + _pick(r, V.EDIT_CLAUSES).format_map(art.ctx) + "。"
    return paras


def _full_width_commas(text: str) -> str:
    """ASCII commas to full-width ones, except thousands separators (30,000)."""
    parts = text.split(",")
    out = [parts[0]]
    for i in range(1, len(parts)):
        before, after = parts[i - 1], parts[i]
        out.append("," if before[-1:].isdigit() and after[:1].isdigit() else "，")
        out.append(after)
    return "".join(out)


def _drop_residue_spaces(text: str) -> str:
    """Spaces between two CJK characters removed (those between Latin words stay)."""
    parts = text.split(" ")
    out = [parts[0]]
    for i in range(1, len(parts)):
        if not (_is_cjk(parts[i - 1][-1:] or "a") and _is_cjk(parts[i][:1] or "a")):
            out.append(" ")
        out.append(parts[i])
    return "".join(out)


def _repunct(r, text: str, commas: bool, quotes: bool, colons: bool, spaces: bool) -> str:  # type: ignore[no-untyped-def]
    if commas:
        text = _full_width_commas(text)
    if quotes:
        text = text.replace("“", "「").replace("”", "」")
    if colons:
        text = text.replace(":", "：")
    if spaces:  # link-residue spaces: the original's removed, else some added
        dropped = _drop_residue_spaces(text) if " " in text else text
        if dropped != text:
            text = dropped
        else:
            for _ in range(1 + int(r() * 4)):
                text = _residue_space(r, text)
    return text


def _retranslation(r, art: _Article) -> str:  # type: ignore[no-untyped-def]
    """The same plan rendered with the alternative templates: same names and figures, other words."""
    ctx = art.ctx
    title = T.alt(art.headline, int(r() * 2)).format_map(ctx)
    paras = [_paragraph_alt(tids, int(r() * 2)).format_map(ctx) for tids in art.plan]
    if art.dateline:
        paras[0] = art.dateline + paras[0]
    pre = list(art.pre)
    lead = art.lead
    for index, tid in art.pre_tids.items():
        caption = T.alt(tid, int(r() * 2)).format_map(ctx)
        if index < 0 and lead is not None:
            lead = (caption, lead[1])
        elif index >= 0:
            pre[index] = caption + pre[index][pre[index].index("攝影師:"):]
    return _assemble(title, art.pub, art.byline, lead, pre, paras)


def _paragraph_alt(tids: tuple[int, ...], k: int) -> str:
    """A paragraph's retranslation: its sentences' alternatives, k and 1 - k in turn (no cache of paragraphs:
    their combinations are unbounded over a long stream; the sentences' alternatives are cached in T)."""
    alt = T.alt
    return "".join([alt(t, (k + j) % 2) for j, t in enumerate(tids)])


def _variant(kind: str, r, art: _Article) -> str:  # type: ignore[no-untyped-def]
    n = len(art.paras)
    if kind == "cut":  # 1-3 paragraphs dropped from the end or the middle, never the lead
        k = min(1 + int(r() * 3), n - 5)
        if r() < 0.5:
            keep = list(range(n - k))
        else:
            drop: set[int] = set()
            while len(drop) < k:
                drop.add(1 + int(r() * (n - 1)))
            keep = [i for i in range(n) if i not in drop]
        return art.text(paras=[art.paras[i] for i in keep], pre=[art.pre[i] for i in keep])
    if kind == "reorder":  # the paragraphs after the lead shuffled
        order = list(range(1, n))
        while order == sorted(order):
            order.sort(key=lambda _: r())
        order.insert(0, 0)
        return art.text(paras=[art.paras[i] for i in order], pre=[art.pre[i] for i in order])
    if kind == "edit":
        return art.text(paras=_edit(r, art))
    if kind == "update":  # 1-3 paragraphs appended, the first starting 更新:
        added = [T.fmt[_pick(r, _UPDATE_FIRST)].format_map(art.ctx)]
        more = list(_UPDATE_MORE)
        for _ in range(int(r() * 3)):
            added.append(T.fmt[more.pop(int(r() * len(more)))].format_map(art.ctx))
        return art.text(paras=art.paras + added, pre=art.pre + [""] * len(added))
    if kind in ("simplified", "taiwan"):  # converted later, with others of the block (see _convert_block)
        return _Deferred(kind, art.text())
    if kind == "repunct":  # punctuation and spaces only, in the headline and the paragraphs
        ops = [r() < 0.8, r() < 0.6, r() < 0.4, r() < 0.5]
        if not any(ops):
            ops[0] = True
        commas, quotes, colons, spaces = ops
        body = "\n".join(art.paras)
        new = _repunct(r, body, commas, quotes, colons, spaces)
        if new == body:  # nothing to change with these: commas always are
            new = _repunct(r, body, True, quotes, colons, spaces)
            commas = True
        return art.text(title=_repunct(r, art.title, commas, quotes, colons, False), paras=new.split("\n"))
    if kind == "noise":  # 1-3 boilerplate lines between paragraphs
        paras, pre = list(art.paras), list(art.pre)
        for _ in range(1 + int(r() * 3)):
            k = 1 + int(r() * (len(paras) - 1))
            paras.insert(k, _pick(r, V.NOISE_LINES))
            pre.insert(k, "")
        return art.text(paras=paras, pre=pre)
    if kind == "retranslation":
        return _retranslation(r, art)
    raise ValueError(f"unknown variant kind {kind!r}")


def _poisson(r, mean: float) -> int:  # type: ignore[no-untyped-def]
    """Knuth's method (the means here are small)."""
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-mean), 0, r()
    while p > limit:
        k += 1
        p *= r()
    return k


# -- the stream ---------------------------------------------------------------------------------------

Row = tuple[str, str, str, "str | None", int, str]  # doc_id, story, kind, base, published ordinal, text


def _story_rows(rng: random.Random, seed: int, i: int, day: int, variant_rate: float) -> list[Row]:
    """Original `i` (published on ordinal `day`), its variants and its same-topic articles."""
    rng.seed(((seed & 0xFFFFFFFF) << 40) | i)
    r = rng.random
    sid = f"s{i:06d}"
    topic = _pick(r, TOPICS)
    cast = _cast(r, topic)
    art = _write(r, topic, cast, day)
    orig_id = sid + "-orig"
    rows: list[Row] = [(orig_id, sid, "original", None, day, art.text())]
    counts: dict[str, int] = {}
    for _ in range(_poisson(r, variant_rate)):
        kind = _pick(r, VARIANT_KINDS)
        counts[kind] = counts.get(kind, 0) + 1
        text = _variant(kind, r, art)
        rows.append((f"{sid}-{kind}{counts[kind]}", sid, kind, orig_id, day + int(r() * (MAX_VARIANT_DELAY + 1)), text))
    for k in range(1, _poisson(r, SAME_TOPIC_RATE) + 1):
        other_day = day + int(r() * (MAX_VARIANT_DELAY + 1))
        other = _write(r, topic, cast, other_day, avoid=art)
        doc_id = f"{sid}-same-topic{k}"
        rows.append((doc_id, doc_id, "same-topic", None, other_day, other.text()))
    return rows


def _chunk(lo: int, hi: int, originals: int, seed: int, variant_rate: float, day0: int, days: int
           ) -> tuple[list[tuple[str, str, str, str | None, int]], bytes]:
    """Originals lo..hi-1 for a worker process: the rows without their texts, and the texts as one UTF-16
    block (decoding it is several times cheaper for the parent than unpickling each UTF-8 text)."""
    rows = _block(lo, hi, originals, seed, variant_rate, day0, days)
    return [row[:5] for row in rows], _SEPARATOR.join([row[5] for row in rows]).encode("utf-16-le")


def _block(lo: int, hi: int, originals: int, seed: int, variant_rate: float, day0: int, days: int) -> list[Row]:
    """The rows of originals lo..hi-1, conversions done."""
    rng = random.Random()
    rows: list[Row] = []
    for i in range(lo, hi):
        rows.extend(_story_rows(rng, seed, i, day0 + (i * days) // originals, variant_rate))
    return _convert_block(rows)


_SEPARATOR = "\x1e"  # never in an article


BLOCK = 128  # originals generated together (their OpenCC conversions batched)
CHUNK = 256  # originals per task for worker processes
PARALLEL_FROM = 2000  # originals: below this, worker start-up costs more than it saves


def _workers(originals: int) -> int:
    """Worker processes for a run: NEWSFLOW_SYNTHETIC_WORKERS if set (0 or 1: this process), else one per CPU
    (at most 4) for large runs. The output does not depend on it."""
    env = os.environ.get("NEWSFLOW_SYNTHETIC_WORKERS")
    if env is not None:
        return int(env)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cpus, 4) if originals >= PARALLEL_FROM and cpus > 1 else 1


def _rows(originals: int, seed: int, variant_rate: float, day0: int, days: int) -> Iterator[Row]:
    workers = _workers(originals)
    if workers <= 1:
        for lo in range(0, originals, BLOCK):
            yield from _block(lo, min(lo + BLOCK, originals), originals, seed, variant_rate, day0, days)
        return
    # worker processes, at most 2 chunks each in flight (flat memory), results in order
    # fork is quick (the templates are already compiled) but unsafe once threads run: then spawn
    method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() \
        else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        starts = iter(range(0, originals, CHUNK))
        pending: collections.deque = collections.deque()  # type: ignore[type-arg]

        def submit() -> None:
            lo = next(starts, None)
            if lo is not None:
                args = (lo, min(lo + CHUNK, originals), originals, seed, variant_rate, day0, days)
                pending.append(pool.apply_async(_chunk, args))

        for _ in range(2 * workers):
            submit()
        while pending:
            meta, block = pending.popleft().get()
            submit()
            for row, text in zip(meta, block.decode("utf-16-le").split(_SEPARATOR), strict=True):
                yield (*row, text)


def generate(originals: int, *, seed: int = 1, variant_rate: float = 1.0,
             start: datetime.date = datetime.date(2025, 1, 1), days: int = 30) -> Iterator[SyntheticDoc]:
    """Each original followed by its variants (Poisson, mean `variant_rate`, kinds uniform) and its same-topic
    articles (Poisson, mean 0.3). Originals are spread evenly over `days` days from `start`; variants and
    same-topic articles are published 0-7 days after their original. Deterministic for a seed.

    A stream: no document is kept. Large runs (PARALLEL_FROM originals or more) are generated in worker
    processes, one per CPU (NEWSFLOW_SYNTHETIC_WORKERS overrides; 1 keeps everything in this process), a few
    blocks ahead of the consumer; the documents and their order are the same either way."""
    fromordinal = datetime.date.fromordinal
    for doc_id, story, kind, base, day, text in _rows(originals, seed, variant_rate, start.toordinal(),
                                                      max(1, days)):
        yield SyntheticDoc(doc_id, story, kind, base, fromordinal(day), text)


def write_corpus(folder: Path, docs: Iterable[SyntheticDoc]) -> int:
    """folder/YYYY-MM-DD/<doc_id>.txt and folder/truth.jsonl (one JSON line per document); returns the count."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    made: set[str] = set()
    count = 0
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for doc in docs:
            day = doc.published.isoformat()
            if day not in made:
                (folder / day).mkdir(exist_ok=True)
                made.add(day)
            path = f"{day}/{doc.doc_id}.txt"
            (folder / path).write_bytes(doc.text.encode("utf-8"))
            truth.write(json.dumps({"doc_id": doc.doc_id, "story": doc.story, "kind": doc.kind, "base": doc.base,
                                    "published": day, "path": path}, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic",
                                     description="Write a synthetic corpus with its ground truth.")
    parser.add_argument("--originals", type=int, required=True, help="number of original articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="corpus folder (not with --dry-run)")
    parser.add_argument("--variant-rate", type=float, default=1.0, help="mean variants per original")
    parser.add_argument("--start", type=datetime.date.fromisoformat, default=datetime.date(2025, 1, 1))
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--dry-run", action="store_true", help="generate without writing; print docs/s")
    args = parser.parse_args(argv)
    if args.out is None and not args.dry_run:
        parser.error("--out is required unless --dry-run")
    began = time.perf_counter()
    docs = generate(args.originals, seed=args.seed, variant_rate=args.variant_rate, start=args.start, days=args.days)
    count = sum(1 for _ in docs) if args.dry_run else write_corpus(args.out, docs)
    elapsed = time.perf_counter() - began
    where = "generated" if args.dry_run else f"written to {args.out}"
    print(f"{count} documents {where} in {elapsed:.1f} s ({count / max(elapsed, 1e-9):,.0f} docs/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
